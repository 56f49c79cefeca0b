package org.commonground.bot.core.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.commonground.bot.config.Settings;
import org.junit.jupiter.api.Test;

/** What makes a new version of the notice, and what does not. */
class PrivacyNoticeTest {

  private static final Map<String, String> OPERATOR =
      Map.of(
          "PRIVACY_CONTROLLER", "Wirral Council",
          "PRIVACY_CONTACT", "dpo@wirral.gov.uk",
          "PRIVACY_NOTICE_URL", "https://www.wirral.gov.uk/common-ground-privacy",
          "RETENTION_MONTHS", "24");

  @Test
  void theSameSettingsMakeTheSameVersionOnEveryReplica() {
    assertThat(version(OPERATOR)).isEqualTo(version(Map.copyOf(OPERATOR))).hasSize(16);
    assertThat(version(OPERATOR)).startsWith(PrivacyNotice.WORDING + ".");
  }

  @Test
  void itSaysTheWorkEmailIsSharedOnlyWithAMatchWhoAlsoSaysIntroMeOnEitherPlatform() {
    PrivacyNotice notice = PrivacyNotice.of(Settings.fromEnvironment(OPERATOR));

    assertThat(notice.shortText())
        .contains("in Slack or Microsoft Teams")
        .contains("work email is shared only with a match who, like you, says Intro me")
        .doesNotContain("only in this Slack workspace");
    assertThat(String.join("\n", notice.paragraphs()))
        .contains("your name and work email from Teams", "send *introduce export*");
  }

  @Test
  void changingAnythingTheNoticeStatesMakesANewVersion() {
    for (var change :
        Map.of(
                "PRIVACY_CONTROLLER", "Wirral Borough Council",
                "PRIVACY_CONTACT", "privacy@wirral.gov.uk",
                "PRIVACY_NOTICE_URL", "https://www.wirral.gov.uk/privacy",
                "RETENTION_MONTHS", "12",
                "INACTIVE_PROFILE_MONTHS", "6")
            .entrySet()) {
      Map<String, String> changed = new java.util.HashMap<>(OPERATOR);
      changed.put(change.getKey(), change.getValue());
      assertThat(version(changed)).as(change.getKey()).isNotEqualTo(version(OPERATOR));
    }
  }

  @Test
  void settingsTheNoticeDoesNotStateLeaveTheVersionAlone() {
    Map<String, String> changed = new java.util.HashMap<>(OPERATOR);
    changed.put("DIGEST_CRON", "0 8 * * TUE");
    changed.put("ADMIN_USER_IDS", "U0NEWADMIN");

    assertThat(version(changed)).isEqualTo(version(OPERATOR));
  }

  @Test
  void theDefaultContactIsTheNetworksAdmins() {
    PrivacyNotice notice = PrivacyNotice.of(Settings.fromEnvironment(Map.of()));

    assertThat(notice.shortText())
        .contains("held by the organisation that runs this network", "Questions: the network's");
    assertThat(notice.fullNoticeUrl()).isEmpty();
  }

  private static String version(Map<String, String> env) {
    return PrivacyNotice.of(Settings.fromEnvironment(env)).version();
  }
}
