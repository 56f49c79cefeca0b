package org.commonground.bot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The version of this build, as Maven wrote it into {@code version.properties}. */
final class ReleaseVersion {

  private static final Pattern NUMBERS = Pattern.compile("(\\d+\\.\\d+\\.\\d+)(-.*)?");

  private ReleaseVersion() {}

  /**
   * The version's three numbers, {@code 1.0.0} for {@code 1.0.0-SNAPSHOT}: Teams takes only
   * MAJOR.MINOR.PATCH and refuses a qualifier.
   */
  static String numbers() {
    String version = read();
    Matcher matcher = NUMBERS.matcher(version);
    if (!matcher.matches()) {
      throw new IllegalStateException("the build's version '" + version + "' is not x.y.z");
    }
    return matcher.group(1);
  }

  private static String read() {
    try (InputStream in = ReleaseVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the build");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
