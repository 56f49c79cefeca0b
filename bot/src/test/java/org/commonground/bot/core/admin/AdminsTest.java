package org.commonground.bot.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.commonground.bot.slack.admin.SlackWorkspaceAdmins;
import org.commonground.bot.testing.FakeSlack;
import org.commonground.bot.testing.Samples;
import org.commonground.storage.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdminsTest {

  private final FakeSlack fakeSlack = new FakeSlack();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  private final Admins admins =
      new Admins(Set.of("U0CONVENOR")::contains, new SlackWorkspaceAdmins(client()), clock);

  @AfterEach
  void stop() {
    fakeSlack.close();
  }

  @Test
  void configuredAdminsNeedNoLookUp() {
    assertThat(admins.isAdmin("U0CONVENOR")).isTrue();
    assertThat(fakeSlack.calls("users.info")).isEmpty();
  }

  @Test
  void workspaceAdminsAreAdminsAndTheAnswerIsRememberedForAFewMinutes() {
    fakeSlack.answerNext("users.info", workspaceAdmin());
    fakeSlack.answerNext("users.info", workspaceAdmin());
    assertThat(admins.isAdmin("U0123ADMIN")).isTrue();
    assertThat(admins.isAdmin("U0123ADMIN")).isTrue();
    assertThat(fakeSlack.calls("users.info")).hasSize(1);

    clock.advance(Admins.REMEMBER_FOR.plus(Duration.ofSeconds(1)));
    admins.isAdmin("U0123ADMIN");

    assertThat(fakeSlack.calls("users.info")).hasSize(2);
  }

  @Test
  void ordinaryMembersAreNotAdmins() {
    assertThat(admins.isAdmin("U0MEMBER")).isFalse();
  }

  @Test
  void aFailedLookUpRefusesAndIsAskedAgainNextTime() {
    fakeSlack.answerNext("users.info", FakeSlack.Answer.error("user_not_found"));
    fakeSlack.answerNext("users.info", workspaceAdmin());

    assertThat(admins.isAdmin("U0123ADMIN")).isFalse();
    assertThat(admins.isAdmin("U0123ADMIN")).isTrue();
  }

  private static FakeSlack.Answer workspaceAdmin() {
    return FakeSlack.Answer.ok(Samples.text("users.info.admin_example.json"));
  }

  private com.slack.api.methods.MethodsClient client() {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(fakeSlack.apiUrl());
    return Slack.getInstance(config).methods("xoxb-test");
  }
}
