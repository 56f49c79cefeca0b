package org.commonground.bot.console.session;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.commonground.storage.console.ConsoleSession;
import org.commonground.storage.console.ConsoleSessions;

/**
 * Signed-in admins' sessions: a random value in an {@code HttpOnly}, {@code SameSite=Lax} cookie
 * (and {@code Secure} behind TLS), found again through its hash in the database, so any replica
 * knows it. A session lasts a working day at most, and ends sooner after half an hour idle, as an
 * unattended screen in a shared office should.
 */
public final class Sessions {

  public static final Duration LONGEST = Duration.ofHours(8);
  public static final Duration IDLE_LIMIT = Duration.ofMinutes(30);

  static final String COOKIE = "cg_console";
  private static final String PATH = "/admin";

  private final ConsoleSessions stored;
  private final boolean secure;
  private final Clock clock;

  /**
   * @param secure whether cookies may travel over TLS only
   */
  public Sessions(ConsoleSessions stored, boolean secure, Clock clock) {
    this.stored = stored;
    this.secure = secure;
    this.clock = clock;
  }

  /** Signs {@code person} in on this browser: a new session, and a new form token with it. */
  public SignedIn open(String userId, String platform, String name, HttpServletResponse response) {
    String token = Secrets.random();
    Instant now = clock.instant();
    SignedIn person = new SignedIn(userId, platform, name, Secrets.random());
    stored.open(
        Secrets.hash(token),
        new ConsoleSession(
            userId, platform, name, person.csrfToken(), now, now, now.plus(LONGEST)));
    response.addCookie(cookie(token, (int) LONGEST.toSeconds()));
    return person;
  }

  /** Who this browser is signed in as, if its session is live. */
  public Optional<SignedIn> current(HttpServletRequest request) {
    return token(request)
        .flatMap(token -> stored.find(Secrets.hash(token), clock.instant(), IDLE_LIMIT))
        .map(
            session ->
                new SignedIn(
                    session.userId(),
                    session.platform(),
                    session.displayName(),
                    session.csrfToken()));
  }

  /** Signs this browser out: the session ends here and on every replica. */
  public void close(HttpServletRequest request, HttpServletResponse response) {
    token(request).ifPresent(token -> stored.close(Secrets.hash(token)));
    response.addCookie(cookie("", 0));
  }

  /** Ends every session of someone who is no longer an admin. */
  public void closeAllOf(String userId) {
    stored.closeAllOf(userId);
  }

  private static Optional<String> token(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    return cookies == null
        ? Optional.empty()
        : Arrays.stream(cookies)
            .filter(cookie -> COOKIE.equals(cookie.getName()))
            .map(Cookie::getValue)
            .filter(value -> !value.isEmpty())
            .findFirst();
  }

  private Cookie cookie(String value, int maxAgeSeconds) {
    Cookie cookie = new Cookie(COOKIE, value);
    cookie.setPath(PATH);
    cookie.setHttpOnly(true);
    cookie.setSecure(secure);
    cookie.setMaxAge(maxAgeSeconds);
    cookie.setAttribute("SameSite", "Lax");
    return cookie;
  }
}
