package org.commonground.bot.console;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.bot.console.session.Secrets;
import org.commonground.bot.console.session.Sessions;
import org.commonground.bot.console.session.SignedIn;
import org.commonground.bot.console.signin.ConsoleAdmins;
import org.commonground.bot.console.signin.SignInFlow;

/**
 * {@code /admin}: the convenor's console. In front of every page it checks that the browser is
 * signed in, that the person is still an admin (an admin removed in chat loses the console at once)
 * and that every form carries the session's CSRF token; it sends the headers that keep the pages
 * out of caches and frames and stop them running any script.
 */
public final class ConsoleServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The path every console URL starts with. */
  public static final String ROOT = ConsoleNav.ROOT;

  /**
   * No scripts at all, styles and images only from the console itself, forms only to itself, and
   * never inside another site's frame.
   */
  private static final String CONTENT_POLICY =
      "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
          + " frame-ancestors 'none'; base-uri 'none'";

  private final transient Map<String, ConsolePage> pages = new LinkedHashMap<>();
  private final transient SignInFlow signIn;
  private final transient Sessions sessions;
  private final transient ConsoleAdmins admins;
  private final transient Templates templates;
  private final transient Assets assets;

  public ConsoleServlet(
      List<ConsolePage> pages,
      SignInFlow signIn,
      Sessions sessions,
      ConsoleAdmins admins,
      Templates templates) {
    pages.forEach(page -> this.pages.put(page.path(), page));
    this.signIn = signIn;
    this.sessions = sessions;
    this.admins = admins;
    this.templates = templates;
    this.assets = new Assets();
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    if (path.equals("/")) {
      path = "";
    }
    headers(response);
    if (assets.serves(path)) {
      assets.serve(path, request, response);
      return;
    }
    if (signIn.serves(path)) {
      signIn.handle(path, request, response);
      return;
    }
    Optional<SignedIn> who = sessions.current(request);
    if (who.isEmpty()) {
      signedOut(request, response);
      return;
    }
    if (!admins.isAdmin(who.get().platform(), who.get().userId())) {
      sessions.closeAllOf(who.get().userId());
      sessions.close(request, response);
      signedOut(request, response);
      return;
    }
    ConsoleRequest console = new ConsoleRequest(request, response, who.get(), templates, sessions);
    ConsolePage page = pages.get(path);
    if (page == null) {
      console.render(HttpServletResponse.SC_NOT_FOUND, "not-found", Map.of());
      return;
    }
    switch (request.getMethod()) {
      case "GET", "HEAD" -> page.get(console);
      case "POST" -> post(page, console);
      default -> console.refuseMethod("GET, HEAD, POST");
    }
  }

  private static void post(ConsolePage page, ConsoleRequest console) throws IOException {
    if (!console.formReadable()) {
      console.render(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "too-large", Map.of());
      return;
    }
    if (!Secrets.same(console.who().csrfToken(), console.param("csrf"))) {
      // A form from another site, or one left open past its session: nothing is changed.
      console.render(HttpServletResponse.SC_FORBIDDEN, "form-expired", Map.of());
      return;
    }
    page.post(console);
  }

  /** A signed-out browser is sent to sign in; a form it sends changes nothing. */
  private void signedOut(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getMethod().equals("GET") || request.getMethod().equals("HEAD")) {
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", ROOT + SignInFlow.PAGE);
      return;
    }
    signIn.page(response, HttpServletResponse.SC_FORBIDDEN, SIGNED_OUT);
  }

  private static final String SIGNED_OUT =
      "You were signed out, so nothing was changed. Sign in again and make the change again.";

  private static void headers(HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", CONTENT_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    // A sign-in code or a page's address must not travel to another site.
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-store");
  }
}
