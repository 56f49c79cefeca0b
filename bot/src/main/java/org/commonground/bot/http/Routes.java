package org.commonground.bot.http;

import jakarta.servlet.http.HttpServlet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The server's paths, each with the methods it serves and the servlet that serves them. In front of
 * the servlets it refuses a path it does not have (404) and any other method (405, naming the
 * methods served in {@code Allow}), so that no servlet's defaults answer: {@code HttpServlet}
 * echoes a {@code TRACE} with its headers and answers {@code OPTIONS} by itself.
 */
final class Routes extends Handler.Wrapper {

  /** One path, the methods it serves, and what serves them. */
  record Route(String path, List<String> methods, HttpServlet servlet) {

    static Route post(String path, HttpServlet servlet) {
      return new Route(path, List.of("POST"), servlet);
    }

    /** HEAD too: load balancers and uptime checks probe with it. */
    static Route get(String path, HttpServlet servlet) {
      return new Route(path, List.of("GET", "HEAD"), servlet);
    }
  }

  private final Map<String, Route> byPath = new LinkedHashMap<>();

  Routes(List<Route> routes) {
    routes.forEach(route -> byPath.put(route.path(), route));
  }

  List<Route> all() {
    return List.copyOf(byPath.values());
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    Route route = byPath.get(Request.getPathInContext(request));
    if (route == null) {
      Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
      return true;
    }
    if (!route.methods().contains(request.getMethod())) {
      response.getHeaders().put(HttpHeader.ALLOW, String.join(", ", route.methods()));
      Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
      return true;
    }
    return super.handle(request, response, callback);
  }
}
