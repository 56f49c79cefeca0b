package org.commonground.bot.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.bot.testing.Members.ADMIN;

import java.time.LocalDate;
import java.util.Random;
import org.commonground.bot.core.rounds.RoundPlanner;
import org.commonground.bot.core.rounds.Week;
import org.commonground.bot.testing.LongestData;
import org.commonground.bot.testing.Members;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.VisibleText;
import org.commonground.matching.MatchingEngine;
import org.commonground.storage.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /digest preview} and {@code status} for a round of 10,000 members at their longest. */
class LargeRoundReportTest {

  private static final int MEMBERS = 10_000;

  @RegisterExtension final RunningApp app = new RunningApp().with("ADMIN_USER_IDS", ADMIN);

  @BeforeEach
  void introduceTenThousand() {
    LongestData data = new LongestData(app.database(), app.clock(), app.noticeVersion());
    data.introduceMany(MEMBERS, data.tags(300, 30), new Random(7));
  }

  @Test
  void thePreviewFitsOneMessage() {
    Members.command(app, "/digest", "preview", ADMIN);

    SlackCall preview = app.slack().awaitCall("chat.postMessage");
    assertThat(VisibleText.of(preview.param("blocks")))
        .contains(MEMBERS + "* eligible", "Some of this week's introductions");
  }

  @Test
  void theStatusOfAStoredRoundFitsTheReply() {
    new RoundPlanner(
            new Stores(app.database(), app.clock()),
            new MatchingEngine(),
            app.clock(),
            app::noticeVersion)
        .roundFor(Week.containing(LocalDate.now(app.clock())));

    String status = Members.command(app, "/digest", "status", ADMIN);

    assertThat(status).contains(MEMBERS + " eligible", "waiting");
  }
}
