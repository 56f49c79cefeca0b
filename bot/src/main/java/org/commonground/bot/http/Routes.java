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
  record Route(String path, List<String> methods, HttpServlet servlet, boolean withSubpaths) {

    static Route post(String path, HttpServlet servlet) {
      return new Route(path, List.of("POST"), servlet, false);
    }

    /** HEAD too: load balancers and uptime checks probe with it. */
    static Route get(String path, HttpServlet servlet) {
      return new Route(path, List.of("GET", "HEAD"), servlet, false);
    }

    /** {@code path} and every path under it, whose servlet answers unknown ones itself. */
    static Route site(String path, HttpServlet servlet) {
      return new Route(path, List.of("GET", "HEAD", "POST"), servlet, true);
    }

    /** The servlet mapping: {@code /admin/*} also maps {@code /admin} itself. */
    String mapping() {
      return withSubpaths ? path + "/*" : path;
    }
  }

  private final Map<String, Route> byPath = new LinkedHashMap<>();

  Routes(List<Route> routes) {
    routes.forEach(route -> byPath.put(route.path(), route));
  }

  List<Route> all() {
    return List.copyOf(byPath.values());
  }

  private Route route(String path) {
    Route exact = byPath.get(path);
    if (exact != null) {
      return exact;
    }
    return byPath.values().stream()
        .filter(Route::withSubpaths)
        .filter(route -> path.startsWith(route.path() + "/"))
        .findFirst()
        .orElse(null);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    Route route = route(Request.getPathInContext(request));
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
