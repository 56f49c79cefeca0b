package org.commonground.storage;

/**
 * A rename or addition was refused because the name, read as a {@link NameKey}, already belongs to
 * something else: a current name or a former one kept as an alias.
 */
public final class NameInUseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String holder;

  public NameInUseException(String holder) {
    super("name already used by " + holder);
    this.holder = holder;
  }

  /** The name of the tag or organisation that holds the name now. */
  public String holder() {
    return holder;
  }
}
