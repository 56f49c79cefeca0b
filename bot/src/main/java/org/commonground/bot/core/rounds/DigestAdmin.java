package org.commonground.bot.core.rounds;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.commonground.bot.core.curation.AdminMessages;
import org.commonground.bot.core.curation.Reply;
import org.commonground.bot.core.curation.ReplyPart;
import org.commonground.bot.core.programme.Programme;
import org.commonground.bot.core.programme.ProgrammeSource;
import org.commonground.storage.rounds.Deliveries;
import org.commonground.storage.rounds.MeetingCounts;
import org.commonground.storage.rounds.MeetingQuestions;
import org.commonground.storage.rounds.Round;
import org.commonground.storage.rounds.RoundStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admins' {@code /digest}: preview and run take longer than a chat waits for an answer, so they
 * run in the background and hand their report to the caller (on Slack, a DM to the admin); status
 * answers at once.
 */
public final class DigestAdmin {

  private static final Logger log = LoggerFactory.getLogger(DigestAdmin.class);

  private final RoundStore rounds;
  private final Deliveries deliveries;
  private final MeetingQuestions meetings;
  private final WeeklyRound round;
  private final RoundPreviewer previewer;
  private final AdminMessages admins;
  private final Executor background;
  private final ProgrammeSource programme;
  private final Clock clock;

  public DigestAdmin(
      RoundStore rounds,
      Deliveries deliveries,
      MeetingQuestions meetings,
      WeeklyRound round,
      RoundPreviewer previewer,
      AdminMessages admins,
      Executor background,
      ProgrammeSource programme,
      Clock clock) {
    this.rounds = rounds;
    this.deliveries = deliveries;
    this.meetings = meetings;
    this.round = round;
    this.previewer = previewer;
    this.admins = admins;
    this.background = background;
    this.programme = programme;
    this.clock = clock;
  }

  public void previewFor(String adminId) {
    preview(reply -> admins.send(adminId, reply));
  }

  /** Works out this week's round without storing it, then hands {@code answer} the preview. */
  public void preview(Consumer<Reply> answer) {
    background.execute(
        () ->
            answer.accept(
                Reply.of(
                    "Round preview",
                    RoundReportView.preview(previewer.preview(round.currentWeek())))));
  }

  public void runFor(String adminId) {
    run(adminId, reply -> admins.send(adminId, reply));
  }

  /**
   * Runs this week's round, then hands {@code answer} how it went.
   *
   * @param adminId who started it, for the log
   */
  public void run(String adminId, Consumer<Reply> answer) {
    background.execute(
        () -> {
          try {
            answer.accept(Reply.text(RoundReportView.outcome(round.run())));
          } catch (RuntimeException e) {
            log.error("The round started by {} failed", adminId, e);
            answer.accept(
                Reply.text(
                    ":warning: The round could not finish: "
                        + e.getClass().getSimpleName()
                        + ". It will be retried automatically within a few minutes."));
          }
        });
  }

  public List<ReplyPart> status() {
    Optional<Round> latest = rounds.latest();
    var counts = latest.map(r -> deliveries.counts(r.id()));
    MeetingCounts introductions = meetings.counts();
    // The stored programme, read now: a schedule or break saved on any replica shows at once.
    Programme now = programme.current();
    return RoundReportView.status(
        latest, counts, introductions, now.nextRound(clock.instant()), now.zone());
  }
}
