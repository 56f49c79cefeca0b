package org.commonground.bot.core.introduce;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.commonground.bot.core.rounds.Week;
import org.commonground.storage.members.Profile;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.warmintros.WarmIntro;
import org.commonground.storage.warmintros.WarmIntroAnswer;
import org.commonground.storage.warmintros.WarmIntros;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two people's answers to a warm introduction. A yes waits for the other's; the second yes
 * brings them together (in Slack, the group DM of the three). A "No thanks" shows only on the
 * clicker's own card: the others go on waiting, and when the suggestion lapses everyone still
 * waiting is told the same, so a decline looks just like no answer.
 */
public final class WarmIntroAnswers {

  private static final Logger log = LoggerFactory.getLogger(WarmIntroAnswers.class);

  private final ProfileStore profiles;
  private final WarmIntros store;
  private final WarmIntroCards cards;
  private final WarmIntroEligibility eligibility;
  private final WarmIntroMessages messages;
  private final Executor background;
  private final Clock clock;
  private final ZoneId zone;

  WarmIntroAnswers(
      ProfileStore profiles,
      WarmIntros store,
      WarmIntroCards cards,
      WarmIntroEligibility eligibility,
      WarmIntroMessages messages,
      Executor background,
      Clock clock,
      ZoneId zone) {
    this.profiles = profiles;
    this.store = store;
    this.cards = cards;
    this.eligibility = eligibility;
    this.messages = messages;
    this.background = background;
    this.clock = clock;
    this.zone = zone;
  }

  /**
   * Records the answer after the acknowledgement, so the platform's few seconds are never at risk.
   */
  public void answerLater(String userId, long introId, WarmIntroAnswer answer) {
    background.execute(() -> answer(userId, introId, answer));
  }

  /** Acts only on the clicker's own answer and own stored card; any other click changes nothing. */
  void answer(String userId, long introId, WarmIntroAnswer answer) {
    Optional<Profile> me = profiles.findByUserId(userId);
    if (me.isEmpty()) {
      return;
    }
    long myId = me.get().member().id();
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    if (answer == WarmIntroAnswer.YES) {
      Optional<WarmIntro> asked = store.find(introId).filter(intro -> intro.addresses(myId));
      if (asked.isPresent() && !stillAllowed(asked.get(), myId, today)) {
        // Someone paused, left, blocked or stopped agreeing since they were asked: this yes must
        // not complete the introduction, and the clicker must not learn why, so their card shows
        // the same "waiting" as any yes, and the suggestion lapses like any unanswered one.
        cards.show(asked.get(), myId, WarmIntroState.SAID_YES);
        return;
      }
    }
    long week = Week.containing(today).number();
    WarmIntros.Answered answered = store.answer(introId, myId, answer, week);
    if (!answered.recorded()) {
      return;
    }
    WarmIntro intro = answered.intro();
    if (answered.agreed()) {
      introduce(intro, myId);
    } else {
      cards.show(
          intro,
          myId,
          answer == WarmIntroAnswer.YES ? WarmIntroState.SAID_YES : WarmIntroState.SAID_NO);
    }
  }

  /** Whether the three may still be brought together, checked as when it was suggested. */
  private boolean stillAllowed(WarmIntro intro, long myId, LocalDate today) {
    Optional<Profile> suggester =
        Optional.ofNullable(intro.suggesterUserId()).flatMap(profiles::findByUserId);
    Map<Long, Profile> people = cards.people(intro);
    return suggester.isPresent()
        && eligibility.allows(
            suggester.get(),
            Optional.ofNullable(people.get(myId)),
            Optional.ofNullable(people.get(intro.partnerOf(myId))),
            today);
  }

  /** Brings the two together, the one time two yeses are recorded. */
  private void introduce(WarmIntro intro, long secondId) {
    Map<Long, Profile> people = cards.people(intro);
    Profile second = people.get(secondId);
    Profile first = people.get(intro.partnerOf(secondId));
    if (first == null || second == null) {
      return;
    }
    Optional<String> place = messages.placeFor(intro.suggesterUserId(), first, second);
    if (place.isEmpty()) {
      log.warn("Warm introduction {} agreed, but the two couldn't be brought together", intro.id());
      return;
    }
    store.introduced(intro.pairId(), place.get());
    messages.introduce(
        place.get(),
        new WarmIntroMeeting(
            intro.suggesterUserId(),
            first,
            second,
            WarmIntroContent.common(first.challenges(), second.challenges()),
            intro.note()));
    WarmIntroState introduced =
        WarmIntroMessages.EACH_TOLD.equals(place.get())
            ? WarmIntroState.TOLD_EACH_OTHER
            : WarmIntroState.INTRODUCED;
    cards.show(intro, first.member().id(), introduced);
    cards.show(intro, secondId, introduced);
  }

  /**
   * Closes every suggestion whose time is up: both cards still waiting for an answer or for the
   * other's, and the suggester, are told it lapsed, in the same words whatever anyone said.
   */
  void lapseDue() {
    for (WarmIntro intro : store.lapseDue()) {
      for (Long memberId : new Long[] {intro.memberA(), intro.memberB()}) {
        if (memberId != null && intro.answerOf(memberId) != WarmIntroAnswer.NO) {
          cards.show(intro, memberId, WarmIntroState.LAPSED);
        }
      }
      tellSuggester(intro);
    }
  }

  private void tellSuggester(WarmIntro intro) {
    if (intro.suggesterUserId() == null) {
      return;
    }
    Map<Long, Profile> people = cards.people(intro);
    messages.lapsed(
        intro.suggesterUserId(), people.get(intro.memberA()), people.get(intro.memberB()));
  }
}
