package org.commonground.bot.console.signin;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.commonground.bot.console.Templates;
import org.commonground.bot.console.session.Secrets;
import org.commonground.bot.console.session.Sessions;
import org.commonground.storage.console.ConsoleSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signed-out part of the console: the sign-in page, the trip to Slack and back, and the checks
 * before a session opens. The state sent to Slack is kept in the database (the answer may reach
 * another replica) and in a short-lived cookie, so that only the browser that started a sign-in can
 * finish it: nobody can sign someone else in as themselves with a link.
 */
public final class SignInFlow {

  public static final String PAGE = "/sign-in";
  public static final String SLACK_START = "/sign-in/slack";
  public static final String SLACK_RETURN = "/sign-in/slack/callback";

  /** Long enough to pick a workspace and sign in to Slack; a late answer starts again. */
  static final Duration LONGEST_SIGN_IN = Duration.ofMinutes(10);

  private static final String STATE_COOKIE = "cg_sign_in";
  private static final String SLACK = "SLACK";
  private static final Logger log = LoggerFactory.getLogger(SignInFlow.class);

  private final SlackSignIn slack;
  private final ConsoleSessions stored;
  private final Sessions sessions;
  private final ConsoleAdmins admins;
  private final Supplier<Optional<String>> workspace;
  private final Templates templates;
  private final boolean secure;
  private final Clock clock;

  /**
   * @param workspace the id of the Slack workspace the network runs in, once Slack has said
   */
  public SignInFlow(
      SlackSignIn slack,
      ConsoleSessions stored,
      Sessions sessions,
      ConsoleAdmins admins,
      Supplier<Optional<String>> workspace,
      Templates templates,
      boolean secure,
      Clock clock) {
    this.slack = slack;
    this.stored = stored;
    this.sessions = sessions;
    this.admins = admins;
    this.workspace = workspace;
    this.templates = templates;
    this.secure = secure;
    this.clock = clock;
  }

  /** Whether {@code path} under {@code /admin} is one of the signed-out pages. */
  public boolean serves(String path) {
    return path.equals(PAGE) || path.equals(SLACK_START) || path.equals(SLACK_RETURN);
  }

  public void handle(String path, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
      response.setHeader("Allow", "GET, HEAD");
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    switch (path) {
      case SLACK_START -> start(response);
      case SLACK_RETURN -> finish(request, response);
      default -> page(response, HttpServletResponse.SC_OK, Optional.empty());
    }
  }

  private void start(HttpServletResponse response) {
    String state = Secrets.random();
    String nonce = Secrets.random();
    stored.startSignIn(state, nonce, SLACK, clock.instant());
    response.addCookie(stateCookie(state, (int) LONGEST_SIGN_IN.toSeconds()));
    response.setStatus(HttpServletResponse.SC_FOUND);
    response.setHeader("Location", slack.authorizeUrl(state, nonce, workspace.get()).toString());
  }

  private void finish(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.addCookie(stateCookie("", 0));
    String state = request.getParameter("state");
    if (request.getParameter("error") != null) {
      // The person pressed Cancel on Slack's page, or Slack refused the app.
      refuse(
          response,
          new SignInRefusal(
              "Slack answered " + request.getParameter("error"),
              "Sign-in was cancelled. You can start again from this page."));
      return;
    }
    Optional<String> nonce =
        state == null || !Secrets.same(state, stateCookie(request))
            ? Optional.empty()
            : stored.finishSignIn(state, SLACK, clock.instant().minus(LONGEST_SIGN_IN));
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
      admit(slack.finish(request.getParameter("code"), nonce.get()), response);
    } catch (IdTokenCheck.Refused e) {
      refuse(response, SignInRefusal.failed("Slack's answer was refused: " + e.getMessage()));
    } catch (SignInUnavailable e) {
      log.warn("Could not finish a console sign-in: {}", e.getMessage());
      page(
          response,
          HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          Optional.of("Slack couldn't be reached to finish signing in. Try again in a minute."));
    }
  }

  private void admit(SlackSignIn.Person person, HttpServletResponse response) throws IOException {
    Optional<String> ours = workspace.get();
    if (ours.isPresent() && !ours.get().equals(person.teamId())) {
      refuse(
          response,
          new SignInRefusal(
              "signed in to workspace " + person.teamId() + ", not " + ours.get(),
              "You signed in to a different Slack workspace from this network's. Start again,"
                  + " and pick the network's workspace on Slack's page."));
      return;
    }
    if (!admins.isAdmin(SLACK, person.userId())) {
      refuse(
          response,
          new SignInRefusal(
              person.userId() + " is not an admin",
              "You're signed in to Slack as "
                  + person.name()
                  + ", who isn't one of this network's admins. Ask an admin to add you."));
      return;
    }
    sessions.open(person.userId(), SLACK, person.name(), response);
    log.info("{} signed in to the console with Slack", person.userId());
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", "/admin");
  }

  private void refuse(HttpServletResponse response, SignInRefusal refusal) throws IOException {
    log.warn("Refused a console sign-in: {}", refusal.forLog());
    page(response, HttpServletResponse.SC_FORBIDDEN, Optional.of(refusal.forPerson()));
  }

  private void page(HttpServletResponse response, int status, Optional<String> problem)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=utf-8");
    templates.render(
        "sign-in",
        Map.of("problem", problem.orElse(""), "errors", java.util.List.of()),
        response.getWriter());
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
   * Lax, not Strict: Slack's redirect back is a top-level navigation from another site, which Lax
   * lets the cookie ride along with and Strict would not.
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
