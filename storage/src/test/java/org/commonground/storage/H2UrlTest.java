package org.commonground.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.commonground.storage.requests.SeenRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class H2UrlTest {

  private static final String NEEDED =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DATABASE_TO_UPPER=FALSE"
          + ";DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jdbc:h2:file:/srv/commonground/db",
        "jdbc:h2:mem:commonground",
        "jdbc:h2:./data/commonground",
        "jdbc:h2:tcp://127.0.0.1:9092/~/commonground"
      })
  void addsEveryNeededSettingToAUrlWithoutSettings(String url) {
    assertThat(H2Url.withNeededSettings(url)).isEqualTo(url + NEEDED);
  }

  @Test
  void keepsTheOperatorsSettingsAndAddsOnlyWhatIsMissing() {
    String url = "jdbc:h2:file:/srv/db;AUTO_SERVER=TRUE;mode=postgresql;write_delay=0";

    assertThat(H2Url.withNeededSettings(url))
        .isEqualTo(
            url + ";DATABASE_TO_LOWER=TRUE;DATABASE_TO_UPPER=FALSE;DEFAULT_NULL_ORDERING=HIGH");
  }

  @Test
  void leavesACompleteUrlAsItIs() {
    String url = "jdbc:h2:file:/srv/db" + NEEDED;

    assertThat(H2Url.withNeededSettings(url)).isEqualTo(url);
  }

  @Test
  void readsSettingValuesAsH2Does() {
    String url =
        "jdbc:h2:mem:x;Mode=POSTGRESQL;database_to_lower=yes;DATABASE_TO_UPPER=0"
            + ";default_null_ordering=high;WRITE_DELAY= 0";

    assertThat(H2Url.withNeededSettings(url)).isEqualTo(url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "MODE=MySQL",
        "mode=Regular",
        "WRITE_DELAY=500",
        "database_to_lower=false",
        "DATABASE_TO_UPPER=TRUE",
        "DEFAULT_NULL_ORDERING=LOW"
      })
  void refusesASettingThatContradictsANeededOne(String setting) {
    String key = setting.substring(0, setting.indexOf('=')).toUpperCase(java.util.Locale.ROOT);

    assertThatThrownBy(() -> H2Url.withNeededSettings("jdbc:h2:file:/srv/db;" + setting))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("sets " + key + "=" + setting.substring(setting.indexOf('=') + 1))
        .hasMessageContaining("Common Ground needs " + key + "=");
  }

  @Test
  void anEscapedSemicolonDoesNotStartASetting() {
    String url = "jdbc:h2:mem:x;INIT=CREATE SCHEMA IF NOT EXISTS a\\;SET WRITE_DELAY=500";

    assertThat(H2Url.withNeededSettings(url)).isEqualTo(url + NEEDED);
  }

  @Test
  void aPlainFileUrlOpensWithTheNeededSettingsInForce(@TempDir Path folder) {
    DatabaseSettings plain =
        new DatabaseSettings("jdbc:h2:file:" + folder.resolve("db"), "", "", 2);

    try (Database database = Database.open(plain)) {
      assertThat(new SeenRequests(database.jdbi()).firstSighting("v0=abc", Instant.EPOCH)).isTrue();
      assertThat(new SeenRequests(database.jdbi()).firstSighting("v0=abc", Instant.EPOCH))
          .isFalse();
      assertThat(h2Settings(database))
          .containsEntry("MODE", "PostgreSQL")
          .containsEntry("DATABASE_TO_LOWER", "true")
          .containsEntry("DEFAULT_NULL_ORDERING", "HIGH")
          .containsEntry("WRITE_DELAY", "0");
    }
  }

  private static Map<String, String> h2Settings(Database database) {
    return database
        .jdbi()
        .withHandle(
            handle ->
                handle
                    .createQuery(
                        "SELECT setting_name, setting_value FROM information_schema.settings"
                            + " WHERE setting_value IS NOT NULL")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .list())
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
