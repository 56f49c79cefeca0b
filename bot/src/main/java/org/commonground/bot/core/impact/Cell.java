package org.commonground.bot.core.impact;

/** One cell of an {@link ImpactTable}: a count of people or pairs, or a label such as a name. */
public sealed interface Cell permits Count, Label {

  /** The cell as a reader sees it. */
  String text();
}
