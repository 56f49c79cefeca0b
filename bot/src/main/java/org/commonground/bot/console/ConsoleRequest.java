package org.commonground.bot.console;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.bot.console.session.Sessions;
import org.commonground.bot.console.session.SignedIn;
import org.commonground.bot.console.signin.SignInFlow;

/**
 * One request to a console page from a signed-in admin, and the ways a page answers it: a page
 * drawn from a template, a redirect after a change, or a download.
 */
public final class ConsoleRequest {

  private final HttpServletRequest request;
  private final HttpServletResponse response;
  private final SignedIn who;
  private final Templates templates;
  private final Sessions sessions;

  ConsoleRequest(
      HttpServletRequest request,
      HttpServletResponse response,
      SignedIn who,
      Templates templates,
      Sessions sessions) {
    this.request = request;
    this.response = response;
    this.who = who;
    this.templates = templates;
    this.sessions = sessions;
  }

  public SignedIn who() {
    return who;
  }

  /** A form field or query parameter, trimmed; empty when absent. */
  public String param(String name) {
    String value = request.getParameter(name);
    return value == null ? "" : value.trim();
  }

  public List<String> params(String name) {
    String[] values = request.getParameterValues(name);
    return values == null ? List.of() : List.of(values);
  }

  /**
   * Whether the form could be read: a multipart form over the server's limit can't be, and its
   * fields (its CSRF token too) are then missing.
   */
  boolean formReadable() throws IOException {
    String type = request.getContentType();
    if (type == null
        || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
      return true;
    }
    try {
      request.getParts();
      return true;
    } catch (ServletException | IllegalStateException e) {
      return false;
    }
  }

  /** An uploaded file of a {@code multipart/form-data} form, if one was chosen. */
  public Optional<Part> file(String name) throws IOException {
    try {
      Part part = request.getPart(name);
      return part == null || part.getSize() == 0 ? Optional.empty() : Optional.of(part);
    } catch (ServletException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  /** Draws {@code template} with {@code model} and what every page shows. */
  public void render(int status, String template, Map<String, Object> model) throws IOException {
    Map<String, Object> all = new HashMap<>(model);
    all.put("who", who);
    all.put("csrf", who.csrfToken());
    all.put("here", request.getPathInfo() == null ? "" : request.getPathInfo());
    all.put("nav", ConsoleNav.SECTIONS);
    all.putIfAbsent("errors", List.of());
    all.put("fieldErrors", firstPerField(all.get("errors")));
    response.setStatus(status);
    response.setContentType("text/html;charset=utf-8");
    templates.render(template, all, response.getWriter());
  }

  /** Beside each field, the first of its errors: the summary lists them all. */
  private static Map<String, String> firstPerField(Object errors) {
    Map<String, String> first = new HashMap<>();
    if (errors instanceof List<?> list) {
      for (Object error : list) {
        if (error instanceof FieldError field) {
          first.putIfAbsent(field.field(), field.message());
        }
      }
    }
    return first;
  }

  public void render(String template, Map<String, Object> model) throws IOException {
    render(HttpServletResponse.SC_OK, template, model);
  }

  /**
   * After a change, sends the browser to {@code path} under {@code /admin} (see other), so that
   * reloading the page doesn't send the form again; {@code done} names what the page confirms.
   */
  public void redirect(String path, String done) {
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader(
        "Location", ConsoleNav.ROOT + path + (done.isEmpty() ? "" : "?done=" + done));
  }

  /** Which change the page was sent back after, as {@link #redirect} named it. */
  public String done() {
    return param("done");
  }

  /** A CSV file to download, named {@code filename}. */
  public void csv(String filename, String body) throws IOException {
    response.setContentType("text/csv;charset=utf-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  /** Ends this browser's session and sends it to the sign-in page. */
  public void signOut() {
    sessions.close(request, response);
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", ConsoleNav.ROOT + SignInFlow.PAGE + "?signed-out");
  }

  /** Answers 405, naming the method the page does take. */
  public void refuseMethod(String allowed) throws IOException {
    response.setHeader("Allow", allowed);
    response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
  }
}
