package org.commonground.bot.cli;

import java.net.URI;
import java.net.URISyntaxException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** An option that must be an https address, as Teams refuses the package's links otherwise. */
final class HttpsUrl implements ITypeConverter<String> {

  /** Teams' limit on each of the developer's links. */
  private static final int MAX_LENGTH = 2048;

  @Override
  public String convert(String value) {
    if (value.length() <= MAX_LENGTH && isHttps(value)) {
      return value;
    }
    throw new TypeConversionException(
        "'" + value + "' is not an https URL of at most 2048 characters, e.g. https://example.org");
  }

  private static boolean isHttps(String value) {
    try {
      URI uri = new URI(value);
      return "https".equals(uri.getScheme()) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
