package org.commonground.bot.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.commonground.storage.settings.NetworkAdmin;
import org.commonground.storage.settings.NetworkAdmins;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AdminSettingsTest {

  private static final String BOOTSTRAP = "U0OPERATOR";
  private static final String ENTRA = "5f2b9c1e-8d3a-4f6b-9e2d-1a7c3b5d8e9f";

  @RegisterExtension final TestDatabase db = TestDatabase.h2();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
  private AdminSettings admins;

  @BeforeEach
  void setUp() {
    admins = new AdminSettings(Set.of(BOOTSTRAP), new NetworkAdmins(db.database().jdbi(), clock));
  }

  @Test
  void anAddedAdminIsListedAtOnceAndTheIdIsKeptAsItsPlatformSendsIt() throws SettingRejected {
    assertThat(admins.add(BOOTSTRAP, " u012abcdef ")).isEqualTo("U012ABCDEF");
    clock.advance(Duration.ofMinutes(1));
    assertThat(admins.add(BOOTSTRAP, ENTRA.toUpperCase())).isEqualTo(ENTRA);

    assertThat(admins.isListed("U012ABCDEF")).isTrue();
    assertThat(admins.isListed(ENTRA)).isTrue();
    assertThat(admins.isListed(BOOTSTRAP)).isTrue();
    assertThat(admins.listed()).containsExactlyInAnyOrder(BOOTSTRAP, "U012ABCDEF", ENTRA);
    assertThat(admins.current().fixed()).containsExactly(BOOTSTRAP);
    assertThat(admins.current().added())
        .extracting(NetworkAdmin::userId)
        .containsExactly("U012ABCDEF", ENTRA);
  }

  @Test
  void aRemovedAdminIsNoLongerOne() throws SettingRejected {
    admins.add(BOOTSTRAP, "U012ABCDEF");

    admins.remove(BOOTSTRAP, "U012ABCDEF");

    assertThat(admins.isListed("U012ABCDEF")).isFalse();
    assertThatThrownBy(() -> admins.remove(BOOTSTRAP, "U012ABCDEF"))
        .hasMessage("U012ABCDEF isn't an admin added here, so there is nothing to remove.");
  }

  @Test
  void theOperatorsAdminsCantBeRemovedOrAddedAgain() {
    assertThatThrownBy(() -> admins.remove("U012ABCDEF", BOOTSTRAP))
        .isInstanceOf(SettingRejected.class)
        .hasMessage(
            "U0OPERATOR is named in ADMIN_USER_IDS, which only the operator can change: ask them"
                + " to take it out and restart the app.");
    assertThatThrownBy(() -> admins.add("U012ABCDEF", BOOTSTRAP))
        .hasMessage("U0OPERATOR is an admin already, named in ADMIN_USER_IDS.");

    assertThat(admins.current().added()).isEmpty();
  }

  @Test
  void somethingThatIsNotAUserIdIsRefused() throws SettingRejected {
    admins.add(BOOTSTRAP, "U012ABCDEF");

    assertThatThrownBy(() -> admins.add(BOOTSTRAP, "@alice"))
        .isInstanceOf(SettingRejected.class)
        .hasMessage(
            "'@alice' is not a Slack user id or an Entra object id: use ids like U012ABCDEF (in"
                + " Slack: a person's profile, ⋮, Copy member ID) or, for Teams, like"
                + " 00000000-0000-0000-0000-000000000000 (in Entra: the user's Object ID).");
    assertThatThrownBy(() -> admins.add(BOOTSTRAP, "U012ABCDEF"))
        .hasMessage("U012ABCDEF is an admin already.");
    assertThat(admins.current().added()).hasSize(1);
  }
}
