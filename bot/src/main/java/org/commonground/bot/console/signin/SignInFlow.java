package org.commonground.bot.console.signin;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.bot.console.Templates;
import org.commonground.bot.console.session.Secrets;
import org.commonground.bot.console.session.Sessions;
import org.commonground.storage.console.ConsoleSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signed-out part of the console: the sign-in page, the trip to the platform and back, and the
 * checks before a session opens. The state sent to the platform is kept in the database (the answer
 * may reach another replica) and in a short-lived cookie, so that only the browser that started a
 * sign-in can finish it: nobody can sign someone else in as themselves with a link.
 */
public final class SignInFlow {

  public static final String PAGE = "/sign-in";

  /** Long enough to pick a workspace and sign in; a late answer starts again. */
  static final Duration LONGEST_SIGN_IN = Duration.ofMinutes(10);

  private static final String STATE_COOKIE = "cg_sign_in";
  private static final Logger log = LoggerFactory.getLogger(SignInFlow.class);

  /** A provider as the sign-in page offers it. */
  public record Choice(String label, String path) {}

  private final List<SignInProvider> providers;
  private final ConsoleSessions stored;
  private final Sessions sessions;
  private final ConsoleAdmins admins;
  private final Templates templates;
  private final boolean secure;
  private final Clock clock;

  public SignInFlow(
      List<SignInProvider> providers,
      ConsoleSessions stored,
      Sessions sessions,
      ConsoleAdmins admins,
      Templates templates,
      boolean secure,
      Clock clock) {
    this.providers = List.copyOf(providers);
    this.stored = stored;
    this.sessions = sessions;
    this.admins = admins;
    this.templates = templates;
    this.secure = secure;
    this.clock = clock;
  }

  /** Where {@code provider} sends the browser back, under {@code /admin}. */
  public static String returnPath(String slug) {
    return PAGE + "/" + slug + "/callback";
  }

  private static String startPath(String slug) {
    return PAGE + "/" + slug;
  }

  /** Whether {@code path} under {@code /admin} is one of the signed-out pages. */
  public boolean serves(String path) {
    return path.equals(PAGE) || provider(path).isPresent();
  }

  private Optional<SignInProvider> provider(String path) {
    return providers.stream()
        .filter(
            provider ->
                path.equals(startPath(provider.slug())) || path.equals(returnPath(provider.slug())))
        .findFirst();
  }

  public void handle(String path, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
      response.setHeader("Allow", "GET, HEAD");
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    Optional<SignInProvider> provider = provider(path);
    if (provider.isEmpty()) {
      page(response, HttpServletResponse.SC_OK, "");
    } else if (path.equals(startPath(provider.get().slug()))) {
      start(provider.get(), response);
    } else {
      finish(provider.get(), request, response);
    }
  }

  /** The sign-in page, saying what went wrong if anything did. */
  public void page(HttpServletResponse response, int status, String problem) throws IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=utf-8");
    List<Choice> choices =
        providers.stream()
            .map(provider -> new Choice(provider.label(), "/admin" + startPath(provider.slug())))
            .toList();
    templates.render(
        "sign-in",
        Map.of("problem", problem, "choices", choices, "errors", List.of()),
        response.getWriter());
  }

  private void start(SignInProvider provider, HttpServletResponse response) {
    String state = Secrets.random();
    String nonce = Secrets.random();
    stored.startSignIn(state, nonce, provider.platform(), clock.instant());
    response.addCookie(stateCookie(state, (int) LONGEST_SIGN_IN.toSeconds()));
    response.setStatus(HttpServletResponse.SC_FOUND);
    response.setHeader("Location", provider.authorizeUrl(state, nonce).toString());
  }

  private void finish(
      SignInProvider provider, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.addCookie(stateCookie("", 0));
    String state = request.getParameter("state");
    if (request.getParameter("error") != null) {
      // The person pressed Cancel on the platform's page, or the platform refused the app.
      refuse(
          response,
          new SignInRefusal(
              provider.platform() + " answered " + request.getParameter("error"),
              "Sign-in was cancelled. You can start again from this page."));
      return;
    }
    Optional<String> nonce =
        state == null || !Secrets.same(state, stateCookie(request))
            ? Optional.empty()
            : stored.finishSignIn(
                state, provider.platform(), clock.instant().minus(LONGEST_SIGN_IN));
    if (nonce.isEmpty() || request.getParameter("code") == null) {
      refuse(
          response,
          new SignInRefusal(
              "no sign-in started in this browser in the last 10 minutes matches the answer",
              "Sign-in took too long, or was started in another browser. Start again from this"
                  + " page."));
      return;
    }
    try {
      admit(provider, provider.finish(request.getParameter("code"), nonce.get()), response);
    } catch (SignInRefusal refusal) {
      refuse(response, refusal);
    } catch (SignInUnavailable e) {
      log.warn("Could not finish a console sign-in: {}", e.getMessage());
      page(
          response,
          HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          "Sign-in couldn't be finished just now. Try again in a minute.");
    }
  }

  private void admit(
      SignInProvider provider, SignInProvider.Person person, HttpServletResponse response)
      throws IOException {
    if (!admins.isAdmin(provider.platform(), person.userId())) {
      refuse(
          response,
          new SignInRefusal(
              person.userId() + " is not an admin",
              "You're signed in as "
                  + person.name()
                  + ", who isn't one of this network's admins. Ask an admin to add you."));
      return;
    }
    sessions.open(person.userId(), provider.platform(), person.name(), response);
    log.info("{} signed in to the console with {}", person.userId(), provider.label());
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", "/admin");
  }

  private void refuse(HttpServletResponse response, SignInRefusal refusal) throws IOException {
    log.warn("Refused a console sign-in: {}", refusal.forLog());
    page(response, HttpServletResponse.SC_FORBIDDEN, refusal.forPerson());
  }

  private static String stateCookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    return cookies == null
        ? ""
        : Arrays.stream(cookies)
            .filter(cookie -> STATE_COOKIE.equals(cookie.getName()))
            .map(Cookie::getValue)
            .findFirst()
            .orElse("");
  }

  /**
   * Lax, not Strict: the platform's redirect back is a top-level navigation from another site,
   * which Lax lets the cookie ride along with and Strict would not.
   */
  private Cookie stateCookie(String value, int maxAgeSeconds) {
    Cookie cookie = new Cookie(STATE_COOKIE, value);
    cookie.setPath("/admin/sign-in");
    cookie.setHttpOnly(true);
    cookie.setSecure(secure);
    cookie.setMaxAge(maxAgeSeconds);
    cookie.setAttribute("SameSite", "Lax");
    return cookie;
  }
}
