package org.commonground.storage.outcomes;

/**
 * A member's answer to "What came of it?".
 *
 * @param story a sentence in their own words, at most {@link #STORY_MAX} characters; null when they
 *     wrote none
 * @param shareable whether they let the network's admins quote the story, without their name, in
 *     reports; never without a story
 */
public record OutcomeAnswer(OutcomeKind kind, String story, boolean shareable) {

  /** The longest story kept. */
  public static final int STORY_MAX = 300;

  public OutcomeAnswer {
    if (kind == null) {
      throw new IllegalArgumentException("an outcome has a kind");
    }
    if (story != null && (story.isBlank() || story.length() > STORY_MAX)) {
      throw new IllegalArgumentException("a story has 1 to " + STORY_MAX + " characters");
    }
    if (shareable && story == null) {
      throw new IllegalArgumentException("only a story can be shared");
    }
  }
}
