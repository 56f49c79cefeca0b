package org.commonground.storage;

/**
 * Where the database is and how many connections to keep to it.
 *
 * @param url JDBC URL: H2 ({@code jdbc:h2:file:…}, {@code jdbc:h2:mem:…}, …) or PostgreSQL ({@code
 *     jdbc:postgresql://…}); an H2 URL is completed with the settings the app needs, see {@link
 *     H2Url}
 * @param user user name, may be empty
 * @param password password, may be empty
 * @param maximumPoolSize the most connections the pool opens
 * @throws IllegalArgumentException when an H2 URL contradicts a setting the app needs
 */
public record DatabaseSettings(String url, String user, String password, int maximumPoolSize) {

  public DatabaseSettings {
    if (H2Url.isH2(url)) {
      url = H2Url.withNeededSettings(url);
    }
  }

  /** The embedded default: a durable H2 file. */
  public static String h2FileUrl(String pathWithoutExtension) {
    return H2Url.withNeededSettings("jdbc:h2:file:" + pathWithoutExtension);
  }

  /** An in-memory H2 database that lives as long as the pool holds a connection to it. */
  public static String h2MemoryUrl(String name) {
    return H2Url.withNeededSettings("jdbc:h2:mem:" + name);
  }

  public boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }
}
