package org.commonground.bot.console.signin;

import java.net.URI;

/** A platform admins sign in with over OpenID Connect: Slack, or Microsoft Entra ID for Teams. */
public interface SignInProvider {

  /** Who the platform vouched for. */
  record Person(String userId, String name) {}

  /** {@code SLACK} or {@code TEAMS}, as sessions and admin rules name platforms. */
  String platform();

  /** The provider's part of the console's sign-in paths: {@code slack}, {@code microsoft}. */
  String slug();

  /** What the sign-in page's button says. */
  String label();

  /** The platform's page that asks the person to sign in. */
  URI authorizeUrl(String state, String nonce);

  /**
   * Exchanges the code the platform sent back for an ID token, and checks it.
   *
   * @throws SignInRefusal when the answer isn't one to sign anybody in with
   * @throws SignInUnavailable when the platform couldn't be reached
   */
  Person finish(String code, String nonce) throws SignInRefusal, SignInUnavailable;
}
