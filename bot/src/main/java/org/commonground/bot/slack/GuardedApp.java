package org.commonground.bot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import java.util.ArrayList;
import java.util.List;

/**
 * Bolt's app with its request checks tightened: the signature verifier replaced by {@link
 * SignatureVerifier}, then a {@link ReplayGuard} and an {@link PayloadCheck}, all before anything
 * acts on a request.
 */
final class GuardedApp extends App {

  private final Middleware observer;
  private final ReplayGuard replays;

  /**
   * @param observer runs first, around everything else, e.g. to time and count each request
   */
  GuardedApp(AppConfig config, Middleware observer, ReplayGuard replays) {
    super(config);
    this.observer = observer;
    this.replays = replays;
  }

  @Override
  protected List<Middleware> buildDefaultMiddlewareList(AppConfig config) {
    List<Middleware> middleware = new ArrayList<>();
    middleware.add(observer);
    for (Middleware builtIn : super.buildDefaultMiddlewareList(config)) {
      if (builtIn instanceof RequestVerification) {
        middleware.add(new RequestVerification(new SignatureVerifier(signingSecret(config))));
        middleware.add(replays);
        middleware.add(new PayloadCheck());
      } else {
        middleware.add(builtIn);
      }
    }
    return middleware;
  }

  /** Socket Mode needs no signing secret; Bolt then checks against a placeholder, as here. */
  private static String signingSecret(AppConfig config) {
    String secret = config.getSigningSecret();
    return secret == null || secret.isBlank() ? "---" : secret;
  }
}
