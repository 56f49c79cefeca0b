package org.commonground.storage.tags;

/**
 * A member suggested a tag while {@link TagSuggestions#PENDING_PER_MEMBER} of theirs are waiting
 * for an admin; nothing of the transaction it was thrown in is kept.
 */
public final class TooManySuggestionsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TooManySuggestionsException() {
    super("A member may have " + TagSuggestions.PENDING_PER_MEMBER + " suggestions waiting");
  }
}
