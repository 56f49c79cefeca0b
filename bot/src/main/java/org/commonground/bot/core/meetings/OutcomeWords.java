package org.commonground.bot.core.meetings;

import org.commonground.storage.outcomes.OutcomeAnswer;
import org.commonground.storage.outcomes.OutcomeKind;

/**
 * The words of asking a member who met their introduction what came of it, on every platform, in
 * the app's markup. A member's story is never part of these: each platform escapes it its own way.
 */
public final class OutcomeWords {

  public static final String QUESTION = "What came of it?";

  public static final String WHY =
      "One click, and a sentence if you like: it shows the network what introductions lead to.";

  /** The Slack message's button that opens the form. */
  public static final String OPEN = "Tell us";

  public static final String SEND = "Send";
  public static final String NOT_NOW = "Not now";

  public static final String KIND_LABEL = "Since you met";
  public static final String KIND_MISSING = "Pick what came of it, even if it's nothing yet.";

  public static final String STORY_LABEL = "In a sentence, what happened?";
  public static final String STORY_HINT =
      "Optional, up to " + OutcomeAnswer.STORY_MAX + " characters.";
  public static final String STORY_PLACEHOLDER = "We're sharing a referral form between our teams";

  /** What a recorded sentence is shown under. */
  public static final String YOUR_SENTENCE = "Your sentence";

  public static final String SHARE_LABEL = "Sharing your story";

  /** The opt-in, short enough for a Slack checkbox (75 characters). */
  public static final String SHARE_CONSENT =
      "Admins may share my story, without my name, in reports";

  public static final String SHARE_HINT =
      "The network's admins report to its funders on what introductions lead to. Unticked, your"
          + " sentence stays with your answer and is shown to nobody.";

  public static final String SHARE_WITHOUT_STORY =
      "There's no sentence to share: write one above, or untick this.";

  public static final String ALREADY_ANSWERED =
      "You've told us what came of it already: thank you.";

  public static final String NOT_YOURS = "That question isn't one of yours.";

  private OutcomeWords() {}

  /** How each kind reads, in the form and in the figures. */
  public static String label(OutcomeKind kind) {
    return switch (kind) {
      case NOTHING_YET -> "Nothing yet";
      case SHARED_IDEAS -> "We shared ideas or contacts";
      case WORKING_TOGETHER -> "We're working on something together";
      case CHANGED_PRACTICE -> "It changed how we do something";
    };
  }

  /** The thanks that replaces the question, naming what was recorded. */
  public static String thanks(OutcomeKind kind) {
    return ":seedling: Thanks! We've noted: *" + label(kind) + "*.";
  }

  /** Where a story goes, said under it. */
  public static String sharing(OutcomeAnswer answer) {
    return answer.shareable()
        ? "The network's admins may share it in reports, without your name."
        : "It stays with your answer: nobody is shown it.";
  }

  public static String storyTooLong(int length) {
    return "Please keep your sentence to "
        + OutcomeAnswer.STORY_MAX
        + " characters (it has "
        + length
        + ").";
  }
}
