package org.commonground.bot.testing.blockkit;

/**
 * One thing Slack would refuse, where it is and why, in the words Slack uses.
 *
 * @param problem e.g. {@code must be less than 76 characters}
 * @param pointer JSON pointer into the request, e.g. {@code /view/blocks/11/element}
 */
public record Violation(String problem, String pointer) {

  /** As listed in an {@code errors} array: {@code must be … [json-pointer:/…]}. */
  public String error() {
    return problem + " [json-pointer:" + pointer + "]";
  }

  /**
   * As listed in {@code response_metadata.messages}: {@code [ERROR] must be … [json-pointer:…]}.
   */
  public String message() {
    return "[ERROR] " + error();
  }

  @Override
  public String toString() {
    return message();
  }
}
