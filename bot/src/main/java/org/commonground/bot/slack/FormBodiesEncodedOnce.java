package org.commonground.bot.slack;

import java.io.IOException;
import okhttp3.FormBody;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * Turns each form the Web API client sends into bytes once. OkHttp measures a form body twice (for
 * its {@code Content-Length} and again as it sends it) and then writes it, encoding the whole form
 * each time; a modal's form runs to several kilobytes and {@code /introduce} opens one per request,
 * so that was most of the time its {@code views.open} call took.
 */
final class FormBodiesEncodedOnce implements Interceptor {

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!(request.body() instanceof FormBody form)) {
      return chain.proceed(request);
    }
    Buffer encoded = new Buffer();
    form.writeTo(encoded);
    RequestBody once = RequestBody.create(encoded.readByteString(), form.contentType());
    return chain.proceed(request.newBuilder().method(request.method(), once).build());
  }
}
