package org.commonground.bot.core.impact;

/** The lines under tables that say what their marks mean. */
final class Notes {

  static final String FEWER_THAN_THREE =
      Count.FEWER_THAN_THREE + ": 1 or 2, not shown so that nobody can be picked out.";
  static final String WITHHELD =
      Count.WITHHELD
          + ": withheld, since a count shown as "
          + Count.FEWER_THAN_THREE
          + " could be worked out from it.";
  static final String NOT_RECORDED = Count.NOT_RECORDED + ": not recorded at the time.";

  private Notes() {}
}
