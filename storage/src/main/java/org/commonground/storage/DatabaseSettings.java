package org.commonground.storage;

/**
 * Where the database is and how many connections to keep to it.
 *
 * @param url JDBC URL: an H2 file ({@code jdbc:h2:file:…}) or PostgreSQL ({@code
 *     jdbc:postgresql://…})
 * @param user user name, may be empty
 * @param password password, may be empty
 * @param maximumPoolSize the most connections the pool opens
 */
public record DatabaseSettings(String url, String user, String password, int maximumPoolSize) {

  /**
   * The embedded default: durable H2 file, in PostgreSQL mode so one set of migrations fits both.
   */
  public static String h2FileUrl(String pathWithoutExtension) {
    return "jdbc:h2:file:" + pathWithoutExtension + H2_OPTIONS;
  }

  /** An in-memory H2 database that lives as long as the pool holds a connection to it. */
  public static String h2MemoryUrl(String name) {
    return "jdbc:h2:mem:" + name + H2_OPTIONS;
  }

  /**
   * PostgreSQL mode, so one set of migrations serves both. WRITE_DELAY=0 writes every commit at
   * once: with H2's default half-second delay a killed process loses its last commits, and a digest
   * recorded as claimed or sent could be sent again after a restart.
   */
  private static final String H2_OPTIONS =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

  public boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }
}
