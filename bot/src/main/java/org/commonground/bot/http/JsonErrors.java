package org.commonground.bot.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Every error the server answers itself (unknown path, refused method, malformed request, failure)
 * as one short JSON line such as {@code {"error":"not found"}}, whatever the client accepts and
 * whatever its method. Jetty's own pages are HTML that name the server and can repeat parts of the
 * request; this says only the status, in the shape {@code /slack/events} uses for its refusals.
 */
final class JsonErrors extends ErrorHandler {

  private static final HttpField JSON =
      new HttpField(HttpHeader.CONTENT_TYPE, MimeTypes.Type.APPLICATION_JSON_UTF_8.asString());

  /** The body for {@code status}: the status's own words, nothing taken from the request. */
  static String body(int status) {
    String reason = HttpStatus.getMessage(status);
    return "{\"error\":\"" + (reason == null ? "error" : reason.toLowerCase(Locale.ROOT)) + "\"}";
  }

  /** Jetty writes no body for methods other than GET, POST and HEAD; a TRACE gets one too. */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    response.getHeaders().put(JSON);
    response.write(true, utf8(body(code)), callback);
  }

  /** Requests too broken to reach a handler (a bad request line or header). */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(JSON);
    return utf8(body(status));
  }

  private static ByteBuffer utf8(String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
  }
}
