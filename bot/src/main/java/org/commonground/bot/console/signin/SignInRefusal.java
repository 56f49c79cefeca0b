package org.commonground.bot.console.signin;

/**
 * Why a sign-in ended without a session.
 *
 * @param forLog what went wrong, for the operator
 * @param forPerson what the person trying to sign in is told, which gives nothing away to someone
 *     forging an answer
 */
record SignInRefusal(String forLog, String forPerson) {

  static final String TRY_AGAIN =
      "Sign-in didn't finish. Start again from this page; if it keeps failing, ask whoever runs"
          + " Common Ground for your network.";

  static SignInRefusal failed(String forLog) {
    return new SignInRefusal(forLog, TRY_AGAIN);
  }
}
