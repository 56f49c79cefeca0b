package org.commonground.bot.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.storage.testing.ProfileDrafts.draft;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.commonground.bot.config.Settings;
import org.commonground.bot.core.consent.PrivacyNotice;
import org.commonground.bot.core.digest.DigestComposer;
import org.commonground.bot.core.digest.DigestRedraw;
import org.commonground.bot.core.notices.OffSlackNotices;
import org.commonground.bot.slack.DirectMessages;
import org.commonground.bot.slack.SlackRemovals;
import org.commonground.bot.slack.privacy.SlackCopyRemover;
import org.commonground.bot.slack.privacy.SlackDigestRewriter;
import org.commonground.bot.slack.privacy.SlackInactivityNotices;
import org.commonground.bot.slack.privacy.SlackPrivacyMessages;
import org.commonground.bot.testing.FakeSlack;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.VisibleText;
import org.commonground.storage.copies.SlackCopies;
import org.commonground.storage.events.ProcessedEvents;
import org.commonground.storage.members.MemberStatus;
import org.commonground.storage.members.OrganisationChoice;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.messages.SentMessages;
import org.commonground.storage.privacy.MemberDataEraser;
import org.commonground.storage.privacy.MemberDataExport;
import org.commonground.storage.rounds.Deliveries;
import org.commonground.storage.rounds.RoundStore;
import org.commonground.storage.tags.TagCatalogue;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The daily sweep of unused profiles, run by hand with a clock moved by hand. */
class InactivitySweepTest {

  @RegisterExtension final TestDatabase db = TestDatabase.h2();

  private final FakeSlack fakeSlack = new FakeSlack();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  private Jdbi jdbi;
  private PrivacyService privacy;
  private InactivitySweep sweep;
  private Slack slack;

  @BeforeEach
  void setUp() {
    jdbi = db.database().jdbi();
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(fakeSlack.apiUrl());
    slack = Slack.getInstance(config);
    DirectMessages messages = new DirectMessages(slack.methods("xoxb-test"));
    MethodsClient client = slack.methods("xoxb-test");
    SlackCopyRemover copies =
        new SlackCopyRemover(
            new SlackCopies(jdbi, clock),
            new SlackRemovals(client),
            new SlackDigestRewriter(
                new SlackRemovals(client),
                new DigestRedraw(
                    new Deliveries(jdbi),
                    new RoundStore(jdbi),
                    new DigestComposer(
                        new RoundStore(jdbi),
                        new TagCatalogue(jdbi, clock),
                        new ProfileStore(jdbi, clock)))),
            OtherPlatformMessages.NONE);
    privacy =
        new PrivacyService(
            new PrivacyService.Stores(
                new MemberDataExport(jdbi),
                new MemberDataEraser(jdbi, clock),
                new SlackCopies(jdbi, clock),
                new MemberStatus(jdbi)),
            new SlackPrivacyMessages(messages),
            new SentMessages(jdbi, clock),
            copies,
            clock,
            Runnable::run,
            PrivacyNotice.of(Settings.fromEnvironment(Map.of())));
    sweep =
        new InactivitySweep(
            new MemberStatus(jdbi),
            new ProcessedEvents(jdbi, clock),
            privacy,
            new SlackInactivityNotices(messages, OffSlackNotices.NONE),
            12,
            ZoneId.of("Europe/London"),
            clock);
    int tag = new TagCatalogue(jdbi, clock).active().get(0).id();
    ProfileStore store = new ProfileStore(jdbi, clock);
    store.save(draft("U0QUIET", new OrganisationChoice.New("Halton Council"), List.of(tag)));
    store.save(draft("U0BUSY", new OrganisationChoice.New("Open Door"), List.of(tag)));
  }

  @AfterEach
  void tearDown() throws Exception {
    slack.close();
    fakeSlack.close();
  }

  @Test
  void warnsOnceAfterTwelveUnusedMonthsThenDeletes() {
    clock.advance(Duration.ofDays(300));
    privacy.keep("U0BUSY");
    clock.advance(Duration.ofDays(70));

    sweep.run();
    sweep.run();

    List<SlackCall> warnings = fakeSlack.calls("chat.postMessage");
    assertThat(warnings).extracting(c -> c.param("channel")).containsExactly("U0BUSY", "U0QUIET");
    assertThat(VisibleText.of(warnings.get(1).param("blocks")))
        .contains("12 months", "Tuesday 28 December 2027", "Keep my profile");

    clock.advance(InactivitySweep.GRACE.plusDays(1));
    sweep.run();

    assertThat(members()).containsExactly("U0BUSY");
    SlackCall told = fakeSlack.calls("chat.postMessage").get(2);
    assertThat(told.param("channel")).isEqualTo("U0QUIET");
    assertThat(VisibleText.of(told.param("blocks"))).contains("hadn't used it for 12 months");
  }

  @Test
  void keepingTheProfileWithdrawsTheWarning() {
    clock.advance(Duration.ofDays(400));
    sweep.run();

    privacy.keep("U0QUIET");
    clock.advance(InactivitySweep.GRACE.plusDays(1));
    sweep.run();

    assertThat(members()).containsExactly("U0QUIET");
  }

  @Test
  void keepingAgainAndAgainThanksOnceUntilTheQuietPeriodIsOver() {
    for (int i = 0; i < 5; i++) {
      privacy.keep("U0QUIET");
    }
    clock.advance(PrivacyService.REPEAT_QUIET);
    privacy.keep("U0QUIET");

    assertThat(fakeSlack.calls("chat.postMessage"))
        .extracting(c -> c.param("text"))
        .containsExactly(
            ":white_check_mark: Thanks, your Common Ground profile stays.",
            ":white_check_mark: Thanks, your Common Ground profile stays.");
  }

  private List<String> members() {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT user_id FROM member").mapTo(String.class).list());
  }
}
