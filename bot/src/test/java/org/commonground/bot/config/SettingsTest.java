package org.commonground.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

  @Test
  void defaultsFollowTheDesign() {
    Settings settings = Settings.fromEnvironment(Map.of());

    assertThat(settings.port()).isEqualTo(3000);
    assertThat(settings.database().url()).startsWith("jdbc:h2:file:").contains("data");
    assertThat(settings.digestCron()).isEqualTo("0 0 9 * * MON");
    assertThat(settings.digestZone()).isEqualTo(ZoneId.of("Europe/London"));
    assertThat(settings.introChannel()).isEmpty();
    assertThat(settings.slackApiUrl()).isEmpty();
    assertThat(settings.adminUserIds()).isEmpty();
    assertThat(settings.places()).contains("Liverpool", "Wirral", "Region-wide");
    assertThat(settings.inactiveProfileMonths()).isEqualTo(12);
    assertThat(settings.logFormat()).isEqualTo(LogFormat.TEXT);
    assertThat(settings.slackAppToken()).isEmpty();
    assertThat(settings.socketMode()).isFalse();
  }

  @Test
  void readsEveryVariable() {
    Settings settings =
        Settings.fromEnvironment(
            Map.ofEntries(
                Map.entry("SLACK_API_URL", "http://127.0.0.1:9999/api"),
                Map.entry("PORT", "8080"),
                Map.entry("DATABASE_URL", "jdbc:postgresql://db/commonground"),
                Map.entry("DATABASE_USER", "cg"),
                Map.entry("DATABASE_PASSWORD", "secret"),
                Map.entry("ADMIN_USER_IDS", " U012ABCDEF, W0ADMIN2 "),
                Map.entry("INTRO_CHANNEL", "C0INTROS"),
                Map.entry("DIGEST_CRON", "30 8 * * TUE"),
                Map.entry("DIGEST_ZONE", "Europe/Dublin"),
                Map.entry("PLACES", "Bolton, Bury ,Wigan"),
                Map.entry("INACTIVE_PROFILE_MONTHS", "18"),
                Map.entry("LOG_FORMAT", "json")));

    assertThat(settings.slackApiUrl()).contains("http://127.0.0.1:9999/api/");
    assertThat(settings.port()).isEqualTo(8080);
    assertThat(settings.database().isPostgres()).isTrue();
    assertThat(settings.database().user()).isEqualTo("cg");
    assertThat(settings.adminUserIds()).containsExactlyInAnyOrder("U012ABCDEF", "W0ADMIN2");
    assertThat(settings.introChannel()).contains("C0INTROS");
    assertThat(settings.digestCron()).isEqualTo("0 30 8 * * TUE");
    assertThat(settings.digestZone()).isEqualTo(ZoneId.of("Europe/Dublin"));
    assertThat(settings.places()).containsExactly("Bolton", "Bury", "Wigan");
    assertThat(settings.inactiveProfileMonths()).isEqualTo(18);
    assertThat(settings.logFormat()).isEqualTo(LogFormat.JSON);
  }

  @Test
  void adminsOnTeamsAreNamedByTheirEntraObjectIds() {
    String onTeams = "c91ad091-23f0-3a3d-8475-92037d697548";

    Settings settings =
        Settings.fromEnvironment(Map.of("ADMIN_USER_IDS", "U012ABCDEF, " + onTeams));

    assertThat(settings.isAdmin(onTeams)).isTrue();
    assertThat(settings.isAdmin("U012ABCDEF")).isTrue();
    assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("ADMIN_USER_IDS", "c91ad091-23f0")))
        .hasMessageStartingWith("ADMIN_USER_IDS has 'c91ad091-23f0'");
  }

  @Test
  void namesTheVariableThatIsMalformed() {
    assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("DIGEST_ZONE", "Mars/Olympus")))
        .hasMessageStartingWith("DIGEST_ZONE 'Mars/Olympus'");
    assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("DIGEST_CRON", "every monday")))
        .hasMessageStartingWith("DIGEST_CRON 'every monday'");
    assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("DIGEST_CRON", "-")))
        .hasMessageStartingWith("DIGEST_CRON '-'");
    assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("ADMIN_USER_IDS", "alice")))
        .hasMessageStartingWith("ADMIN_USER_IDS has 'alice'");
    assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("SLACK_API_URL", "slack")))
        .hasMessageStartingWith("SLACK_API_URL 'slack'");
    assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("PORT", "70000")))
        .hasMessageStartingWith("PORT '70000'");
    assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("INACTIVE_PROFILE_MONTHS", "0")))
        .hasMessageStartingWith("INACTIVE_PROFILE_MONTHS '0'");
    assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("LOG_FORMAT", "JSON")))
        .hasMessageStartingWith("LOG_FORMAT 'JSON'");
  }

  @Test
  void thePrivacyNoticeSettingsAreKeptAsTypedWithinWhatSlackCanShow() {
    String url = "https://example.org/privacy.html";
    PrivacySettings privacy =
        Settings.fromEnvironment(
                Map.of(
                    "PRIVACY_CONTROLLER", "c".repeat(PrivacySettings.CONTROLLER_MAX),
                    "PRIVACY_CONTACT", "d".repeat(PrivacySettings.CONTACT_MAX),
                    "PRIVACY_NOTICE_URL", url))
            .privacy();
    assertThat(privacy.noticeUrl()).contains(url);

    assertThatThrownBy(
            () ->
                Settings.fromEnvironment(
                    Map.of("PRIVACY_CONTROLLER", "c".repeat(PrivacySettings.CONTROLLER_MAX + 1))))
        .hasMessage(
            "PRIVACY_CONTROLLER is 201 characters long: it is shown whole in Slack, so keep it to"
                + " 200 at most");
    assertThatThrownBy(
            () ->
                Settings.fromEnvironment(
                    Map.of("PRIVACY_CONTACT", "d".repeat(PrivacySettings.CONTACT_MAX + 1))))
        .hasMessageStartingWith("PRIVACY_CONTACT is 255 characters long");
    String tooLong = "https://example.org/?" + "a".repeat(PrivacySettings.NOTICE_URL_MAX);
    assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("PRIVACY_NOTICE_URL", tooLong)))
        .hasMessageStartingWith("PRIVACY_NOTICE_URL is 2021 characters long");
    assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("PRIVACY_NOTICE_URL", "our intranet")))
        .hasMessageStartingWith("PRIVACY_NOTICE_URL 'our intranet' is not an http(s) URL");
  }

  @Test
  void anAppTokenSwitchesToSocketModeWhereNoSigningSecretIsNeeded() {
    Settings settings =
        Settings.fromEnvironment(
                Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", " xapp-1-A0-1-abc "))
            .requireSlackCredentials();

    assertThat(settings.slackAppToken()).contains("xapp-1-A0-1-abc");
    assertThat(settings.socketMode()).isTrue();
  }

  @Test
  void anAppTokenThatIsNotOneSaysWhereToCreateIt() {
    assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("SLACK_APP_TOKEN", "xoxb-1")))
        .hasMessage(
            "SLACK_APP_TOKEN must be an app-level token starting with xapp-: create one under"
                + " Basic Information → App-Level Tokens with the connections:write scope");
  }

  @Test
  void serveNeedsABotTokenAndASigningSecret() {
    assertThatThrownBy(() -> Settings.fromEnvironment(Map.of()).requireSlackCredentials())
        .hasMessageStartingWith("SLACK_BOT_TOKEN is not set");
    assertThatThrownBy(
            () ->
                Settings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxp-user-token"))
                    .requireSlackCredentials())
        .hasMessageContaining("xoxb-");
    assertThatThrownBy(
            () ->
                Settings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxb-1"))
                    .requireSlackCredentials())
        .hasMessageStartingWith("SLACK_SIGNING_SECRET is not set");
  }
}
