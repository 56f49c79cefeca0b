package org.commonground.bot.console.signin;

/** The platform could not be reached to finish a sign-in: worth trying again later. */
final class SignInUnavailable extends Exception {
  private static final long serialVersionUID = 1L;

  SignInUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
