package org.commonground.bot.core.curation;

/** A form input that cannot be used as given; Slack shows the message under that input. */
public final class FieldError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String blockId;

  public FieldError(String blockId, String message) {
    super(message);
    this.blockId = blockId;
  }

  public String blockId() {
    return blockId;
  }

  /** Runs a check of one input, moving any complaint under that input. */
  public static <T> T check(String blockId, java.util.function.Supplier<T> check) {
    try {
      return check.get();
    } catch (CommandException e) {
      throw new FieldError(blockId, e.getMessage());
    }
  }
}
