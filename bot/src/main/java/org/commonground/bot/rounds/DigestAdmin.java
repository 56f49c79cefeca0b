package org.commonground.bot.rounds;

import com.slack.api.model.block.LayoutBlock;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.commonground.bot.config.Settings;
import org.commonground.bot.slack.Poster;
import org.commonground.storage.rounds.DeliveryRepository;
import org.commonground.storage.rounds.MeetingCounts;
import org.commonground.storage.rounds.MeetingFeedbackRepository;
import org.commonground.storage.rounds.Round;
import org.commonground.storage.rounds.RoundStore;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admins' {@code /digest}: preview and run take longer than Slack waits for an answer, so they
 * run in the background and report to the admin by DM; status answers at once.
 */
public final class DigestAdmin {

  private static final Logger log = LoggerFactory.getLogger(DigestAdmin.class);

  private final Jdbi jdbi;
  private final WeeklyRound round;
  private final RoundPreviewer previewer;
  private final Poster poster;
  private final Executor background;
  private final Settings settings;
  private final Clock clock;

  public DigestAdmin(
      Jdbi jdbi,
      WeeklyRound round,
      RoundPreviewer previewer,
      Poster poster,
      Executor background,
      Settings settings,
      Clock clock) {
    this.jdbi = jdbi;
    this.round = round;
    this.previewer = previewer;
    this.poster = poster;
    this.background = background;
    this.settings = settings;
    this.clock = clock;
  }

  public void previewFor(String adminId) {
    background.execute(
        () ->
            dm(
                adminId,
                "Round preview",
                RoundReportView.preview(previewer.preview(round.currentWeek()))));
  }

  public void runFor(String adminId) {
    background.execute(
        () -> {
          try {
            dm(adminId, RoundReportView.outcome(round.run()), List.of());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (RuntimeException e) {
            log.error("The round started by {} failed", adminId, e);
            dm(
                adminId,
                ":warning: The round could not finish: "
                    + e.getClass().getSimpleName()
                    + ". It will be retried automatically within a few minutes.",
                List.of());
          }
        });
  }

  public List<LayoutBlock> status() {
    Optional<Round> latest = new RoundStore(jdbi).latest();
    var counts = latest.map(r -> jdbi.onDemand(DeliveryRepository.class).counts(r.id()));
    MeetingCounts meetings = jdbi.onDemand(MeetingFeedbackRepository.class).counts();
    return RoundReportView.status(
        latest, counts, meetings, settings.nextRoundAfter(clock.instant()), settings.digestZone());
  }

  private void dm(String userId, String text, List<LayoutBlock> blocks) {
    poster.post(userId, text, blocks.isEmpty() ? null : blocks);
  }
}
