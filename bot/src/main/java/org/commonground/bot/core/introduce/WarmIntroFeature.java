package org.commonground.bot.core.introduce;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.commonground.storage.blocks.BlockList;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.warmintros.WarmIntros;

/**
 * Warm introductions put together: suggesting one, the two people's answers, and the task that lets
 * unanswered suggestions lapse. Each platform registers its own buttons, Slack's in
 * WarmIntroSlackHandlers.
 */
public final class WarmIntroFeature {

  static final String LAPSE_TASK = "lapse-warm-introductions";

  private final WarmIntroductions introductions;
  private final WarmIntroAnswers answers;

  private WarmIntroFeature(WarmIntroductions introductions, WarmIntroAnswers answers) {
    this.introductions = introductions;
    this.answers = answers;
  }

  /**
   * @param zone the network's time zone, for dates members read and the week a pair counts in
   * @param perWeek most suggestions one member may make in any 7 days
   * @param noticeVersion the current privacy notice's version, which the suggester and the two must
   *     have agreed to
   */
  public static WarmIntroFeature create(
      WarmIntros store,
      BlockList blocks,
      ProfileStore profiles,
      WarmIntroMessages messages,
      Executor background,
      Clock clock,
      ZoneId zone,
      int perWeek,
      Supplier<String> noticeVersion) {
    WarmIntroCards cards = new WarmIntroCards(profiles, store, messages, zone);
    WarmIntroEligibility eligibility = new WarmIntroEligibility(blocks, noticeVersion);
    return new WarmIntroFeature(
        new WarmIntroductions(
            profiles, store, eligibility, cards, background, clock, zone, perWeek),
        new WarmIntroAnswers(
            profiles, store, cards, eligibility, messages, background, clock, zone));
  }

  public WarmIntroductions introductions() {
    return introductions;
  }

  public WarmIntroAnswers answers() {
    return answers;
  }

  /** Lapses suggestions whose time is up, every quarter of an hour, on one replica. */
  public RecurringTask<Void> lapseTask() {
    return Tasks.recurring(LAPSE_TASK, FixedDelay.ofMinutes(15))
        .execute((instance, context) -> lapseDue());
  }

  /** Lapses what is due now, as the task does. */
  public void lapseDue() {
    answers.lapseDue();
  }
}
