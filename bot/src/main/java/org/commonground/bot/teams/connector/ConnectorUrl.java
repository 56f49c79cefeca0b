package org.commonground.bot.teams.connector;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A Bot Connector address: the {@code serviceUrl} an activity came with, then path segments, each
 * percent-encoded. Teams ids carry {@code :}, {@code @} and {@code ;} ({@code a:1...}, {@code
 * 19:...@thread.v2;messageid=...}); encoded, as the Bot Framework SDKs encode them, none of them
 * can end a segment or start a query.
 */
final class ConnectorUrl {

  private ConnectorUrl() {}

  static URI of(String serviceUrl, String... segments) {
    StringBuilder url = new StringBuilder(withoutTrailingSlashes(serviceUrl));
    for (String segment : segments) {
      url.append('/').append(encoded(segment));
    }
    return URI.create(url.toString());
  }

  /**
   * Service URLs come with a trailing slash ({@code .../uk/}) or without; the path adds its own.
   */
  private static String withoutTrailingSlashes(String serviceUrl) {
    int end = serviceUrl.length();
    while (end > 0 && serviceUrl.charAt(end - 1) == '/') {
      end--;
    }
    return serviceUrl.substring(0, end);
  }

  /** URLEncoder writes a space as {@code +}, which in a path is a plus sign. */
  private static String encoded(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
