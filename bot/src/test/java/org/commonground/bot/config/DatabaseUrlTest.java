package org.commonground.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.commonground.storage.DatabaseSettings;
import org.junit.jupiter.api.Test;

/** {@code DATABASE_URL} as operators and hosting platforms write it. */
class DatabaseUrlTest {

  @Test
  void aJdbcUrlIsTakenAsItIs() {
    DatabaseSettings settings =
        DatabaseUrl.settings("jdbc:postgresql://db:5432/cg?sslmode=require", "app", "pw", 10);

    assertThat(settings.url()).isEqualTo("jdbc:postgresql://db:5432/cg?sslmode=require");
    assertThat(settings.user()).isEqualTo("app");
  }

  @Test
  void aPlatformsPostgresUrlBecomesJdbcWithItsUserAndPasswordTakenOut() {
    DatabaseSettings settings =
        DatabaseUrl.settings(
            "postgres://cg_user:p%40ss%3Aword@db.internal:6543/commonground?sslmode=require",
            "", "", 10);

    assertThat(settings.url())
        .isEqualTo("jdbc:postgresql://db.internal:6543/commonground?sslmode=require");
    assertThat(settings.user()).isEqualTo("cg_user");
    assertThat(settings.password()).isEqualTo("p@ss:word");
    assertThat(settings.isPostgres()).isTrue();
  }

  @Test
  void databaseUserAndPasswordWinOverTheUrls() {
    DatabaseSettings settings =
        DatabaseUrl.settings("postgresql://someone@db/commonground", "app", "secret", 10);

    assertThat(settings.url()).isEqualTo("jdbc:postgresql://db/commonground");
    assertThat(settings.user()).isEqualTo("app");
    assertThat(settings.password()).isEqualTo("secret");
  }

  @Test
  void anythingElseIsRefusedWithExamplesAndNeverRepeatsThePassword() {
    assertThatThrownBy(() -> DatabaseUrl.settings("mysql://root:hunter2@db/cg", "", "", 10))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("jdbc:postgresql://HOST:5432/DATABASE")
        .hasMessageContaining("mysql://root:***@db/cg")
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> DatabaseUrl.settings("postgres://u:hunter2@db", "", "", 10))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("names no host or no database")
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> DatabaseUrl.settings("data/commonground", "", "", 10))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("is not a database URL");
  }
}
