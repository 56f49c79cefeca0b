package org.commonground.bot.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The console's stylesheet, served from the jar: nothing is fetched from another site, so the
 * console works on a closed network and shares nothing with a CDN.
 */
final class Assets {

  private static final String PREFIX = "/assets/";
  private static final Map<String, String> TYPES = Map.of("console.css", "text/css;charset=utf-8");

  private final Map<String, byte[]> files;

  Assets() {
    this.files = Map.of("console.css", read("console/assets/console.css"));
  }

  boolean serves(String path) {
    return path.startsWith(PREFIX);
  }

  void serve(String path, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String name = path.substring(PREFIX.length());
    byte[] file = files.get(name);
    if (file == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
      response.setHeader("Allow", "GET, HEAD");
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    response.setContentType(TYPES.get(name));
    // The stylesheet changes only with a new version of the app.
    response.setHeader("Cache-Control", "public, max-age=3600");
    response.setContentLength(file.length);
    response.getOutputStream().write(file);
  }

  private static byte[] read(String resource) {
    try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
