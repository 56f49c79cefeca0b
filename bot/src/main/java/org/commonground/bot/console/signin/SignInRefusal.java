package org.commonground.bot.console.signin;

/** Why a sign-in ended without a session: for the operator, and for the person trying. */
final class SignInRefusal extends Exception {

  private static final long serialVersionUID = 1L;

  static final String TRY_AGAIN =
      "Sign-in didn't finish. Start again from this page; if it keeps failing, ask whoever runs"
          + " Common Ground for your network.";

  private final String forPerson;

  /**
   * @param forLog what went wrong, for the operator
   * @param forPerson what the person is told, which gives nothing away to someone forging an answer
   */
  SignInRefusal(String forLog, String forPerson) {
    super(forLog);
    this.forPerson = forPerson;
  }

  /** A refusal the person is told only that sign-in failed about. */
  static SignInRefusal failed(String forLog) {
    return new SignInRefusal(forLog, TRY_AGAIN);
  }

  String forLog() {
    return getMessage();
  }

  String forPerson() {
    return forPerson;
  }
}
