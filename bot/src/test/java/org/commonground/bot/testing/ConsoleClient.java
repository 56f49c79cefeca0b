package org.commonground.bot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A browser's view of the console over HTTP: it keeps cookies, follows redirects (to the fake
 * Slack's sign-in and back), and sends forms with the CSRF token of the last page it read, as a
 * browser submitting that page's form would.
 */
public final class ConsoleClient {

  /** A page as the browser got it. */
  public record Page(int status, URI uri, String body, Map<String, List<String>> headers) {

    public Optional<String> header(String name) {
      return headers.entrySet().stream()
          .filter(header -> header.getKey().equalsIgnoreCase(name))
          .flatMap(header -> header.getValue().stream())
          .findFirst();
    }

    /** The page as a browser parses it. */
    public Document document() {
      return Jsoup.parse(body, uri.toString());
    }

    /** The page's text as a reader sees it: tags dropped, entities decoded, spaces collapsed. */
    public String text() {
      return document().body().text();
    }
  }

  private static final Pattern CSRF =
      Pattern.compile("name=\"csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"csrf\"");

  private final URI app;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private String csrf = "";

  ConsoleClient(URI app) {
    this.app = app;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** Signs in with Slack as {@code userId}, through the fake Slack's authorize page. */
  public Page signInAs(FakeSlack slack, String userId, String name) {
    slack.signIn().signInAs(userId, name);
    return get("/admin/sign-in/slack");
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(app.resolve(path)).GET().build());
  }

  /** Sends a form to {@code path} with the last page's CSRF token. */
  public Page post(String path, Map<String, String> form) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("csrf", csrf);
    fields.putAll(form);
    return postExactly(path, fields);
  }

  /** Sends exactly {@code form}: a forged form, or one without its token. */
  public Page postExactly(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(
                field ->
                    URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(app.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /**
   * Sends a multipart form with {@code fields}, the last page's CSRF token, and {@code content} as
   * the file field {@code field}.
   */
  public Page upload(
      String path, Map<String, String> fields, String field, String filename, String content) {
    String boundary = "----commonground" + System.nanoTime();
    Map<String, String> all = new LinkedHashMap<>();
    all.put("csrf", csrf);
    all.putAll(fields);
    StringBuilder parts = new StringBuilder();
    all.forEach(
        (name, value) ->
            parts
                .append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
    String body =
        parts
            + "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + field
            + "\"; filename=\""
            + filename
            + "\"\r\nContent-Type: text/csv\r\n\r\n"
            + content
            + "\r\n--"
            + boundary
            + "--\r\n";
    return send(
        HttpRequest.newBuilder(app.resolve(path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** The cookie {@code name} as the browser holds it, if it holds one. */
  public Optional<HttpCookie> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals(name))
        .findFirst();
  }

  public String csrf() {
    return csrf;
  }

  private Page send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      Matcher token = CSRF.matcher(response.body());
      if (token.find()) {
        csrf = token.group(1) != null ? token.group(1) : token.group(2);
      }
      return new Page(
          response.statusCode(), response.uri(), response.body(), response.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
