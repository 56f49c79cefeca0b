package org.commonground.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Completes an H2 JDBC URL with the settings the app relies on, so that any {@code jdbc:h2:} URL an
 * operator gives works: the SQL is written for PostgreSQL, identifiers are lower case, nulls sort
 * last, and every commit is written at once. Settings the operator gave are kept; one that
 * contradicts a needed setting is refused rather than silently overridden.
 */
public final class H2Url {

  private static final String PREFIX = "jdbc:h2:";

  /**
   * The settings, each with how H2 reads its value. Keys are in any case. MODE,
   * DEFAULT_NULL_ORDERING and WRITE_DELAY are run as SQL {@code SET} statements, so their case and
   * surrounding spaces do not matter; the two booleans are parsed as H2 parses them. WRITE_DELAY=0:
   * with H2's default half-second delay a killed process loses its last commits, and a digest
   * recorded as claimed or sent could be sent again after a restart. DATABASE_TO_LOWER only takes
   * effect while DATABASE_TO_UPPER is off.
   */
  private static final List<Needed> NEEDED =
      List.of(
          new Needed("MODE", "PostgreSQL", v -> v.trim().equalsIgnoreCase("PostgreSQL")),
          new Needed("DATABASE_TO_LOWER", "TRUE", H2Url::isTrue),
          new Needed("DATABASE_TO_UPPER", "FALSE", H2Url::isFalse),
          new Needed("DEFAULT_NULL_ORDERING", "HIGH", v -> v.trim().equalsIgnoreCase("HIGH")),
          new Needed("WRITE_DELAY", "0", H2Url::isZero));

  private H2Url() {}

  public static boolean isH2(String url) {
    return url.startsWith(PREFIX);
  }

  /**
   * {@code url} with each needed setting it lacks appended.
   *
   * @throws IllegalArgumentException when {@code url} gives a needed setting a value that
   *     contradicts it, with a message that names both and reads after the URL's name ("sets
   *     MODE=MySQL, but …")
   */
  public static String withNeededSettings(String url) {
    if (!isH2(url)) {
      throw new IllegalArgumentException("not an H2 URL: " + url);
    }
    List<String> given = settings(url);
    StringBuilder completed = new StringBuilder(url);
    for (Needed needed : NEEDED) {
      String value = valueOf(given, needed.key());
      if (value == null) {
        completed.append(';').append(needed.key()).append('=').append(needed.value());
      } else if (!needed.agrees().test(value)) {
        throw new IllegalArgumentException(
            "sets "
                + needed.key()
                + "="
                + value
                + ", but Common Ground needs "
                + needed.key()
                + "="
                + needed.value()
                + " on H2: leave the setting out (it is then added) or give it that value");
      }
    }
    return completed.toString();
  }

  /**
   * The {@code KEY=value} settings after the database name, split as H2 splits them: at each
   * semicolon not escaped by a backslash.
   */
  private static List<String> settings(String url) {
    int start = url.indexOf(';');
    List<String> settings = new ArrayList<>();
    if (start < 0) {
      return settings;
    }
    StringBuilder setting = new StringBuilder();
    for (int i = start + 1; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == ';') {
        settings.add(setting.toString());
        setting.setLength(0);
      } else if (c == '\\' && i < url.length() - 1) {
        setting.append(url.charAt(++i));
      } else {
        setting.append(c);
      }
    }
    settings.add(setting.toString());
    return settings;
  }

  /** The value given for {@code key}, whose case H2 ignores, or null when it is not given. */
  private static String valueOf(List<String> settings, String key) {
    for (String setting : settings) {
      int equals = setting.indexOf('=');
      if (equals > 0 && setting.substring(0, equals).toUpperCase(Locale.ROOT).equals(key)) {
        return setting.substring(equals + 1);
      }
    }
    return null;
  }

  private static boolean isTrue(String value) {
    return List.of("1", "t", "y", "yes", "true").contains(value.toLowerCase(Locale.ROOT));
  }

  private static boolean isFalse(String value) {
    return List.of("0", "f", "n", "no", "false").contains(value.toLowerCase(Locale.ROOT));
  }

  private static boolean isZero(String value) {
    return value.trim().matches("0+");
  }

  private record Needed(String key, String value, Predicate<String> agrees) {}
}
