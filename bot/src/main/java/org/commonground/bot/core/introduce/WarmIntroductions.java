package org.commonground.bot.core.introduce;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.commonground.bot.core.rounds.Week;
import org.commonground.bot.core.views.Markup;
import org.commonground.matching.MatchHistory;
import org.commonground.storage.members.Profile;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.warmintros.WarmIntros;

/**
 * A warm introduction suggested with {@code /introduce @alice @bob why}: checked and answered at
 * once; if it may go ahead, each of the two is asked privately after the acknowledgement, and only
 * two yeses bring the three together ({@link WarmIntroAnswers}).
 */
public final class WarmIntroductions {

  static final String USAGE = "`/introduce @alice @bob why they should meet`";

  /** How long the two have to answer before the suggestion lapses for everyone. */
  public static final Duration ANSWER_WITHIN = Duration.ofDays(7);

  public static final String NOT_A_MEMBER =
      ":wave: Warm introductions are for members of Common Ground. Run `/introduce` on its own to"
          + " introduce yourself first; then you can suggest who should meet.";

  /** The same words whatever the reason, so that nobody's private decline or block shows. */
  public static final String NOT_RIGHT_NOW =
      ":seedling: Thanks for thinking of them. That introduction can't happen right now. I can't"
          + " say why: the reasons could be about either of them, and some are theirs to keep"
          + " private.";

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.UK);

  private final ProfileStore profiles;
  private final WarmIntros store;
  private final WarmIntroEligibility eligibility;
  private final WarmIntroCards cards;
  private final Executor background;
  private final Clock clock;
  private final ZoneId zone;
  private final int perWeek;

  WarmIntroductions(
      ProfileStore profiles,
      WarmIntros store,
      WarmIntroEligibility eligibility,
      WarmIntroCards cards,
      Executor background,
      Clock clock,
      ZoneId zone,
      int perWeek) {
    this.profiles = profiles;
    this.store = store;
    this.eligibility = eligibility;
    this.cards = cards;
    this.background = background;
    this.clock = clock;
    this.zone = zone;
    this.perWeek = perWeek;
  }

  /** Checks the request, asks the two if it may go ahead, and says what happened. */
  public String introduce(String callerId, WarmIntroRequest request) {
    return introduce(callerId, request, Wording.SLACK);
  }

  /**
   * How the answer names people and what it says two yeses bring, for a platform whose words differ
   * from Slack's.
   *
   * @param mention what the answer calls a member, by user id, in Slack mrkdwn
   * @param bothSayYes what happens when both say yes, e.g. "I'll start a group DM for the three of
   *     you"
   */
  public record Wording(Function<String, String> mention, String bothSayYes) {
    static final Wording SLACK =
        new Wording(Markup::mention, "I'll start a group DM for the three of you");
  }

  /** The same, in a platform's own words. */
  public String introduce(String callerId, WarmIntroRequest request, Wording wording) {
    Function<String, String> mention = wording.mention();
    List<String> named = request.named();
    Optional<String> refusal = refusal(callerId, named, mention);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    Optional<Profile> suggester = profiles.findByUserId(callerId);
    if (!eligibility.maySuggest(suggester)) {
      return NOT_A_MEMBER;
    }
    WarmIntros.Attempt attempt = store.attempt(suggester.get().member().id(), perWeek);
    if (attempt instanceof WarmIntros.Attempt.OverLimit over) {
      return overLimit(over.nextAllowedAt());
    }
    long id = ((WarmIntros.Attempt.Counted) attempt).id();
    Optional<Profile> a = profiles.findByUserId(named.get(0));
    Optional<Profile> b = profiles.findByUserId(named.get(1));
    if (!eligibility.allows(suggester.get(), a, b, today())
        || !propose(id, a.get(), b.get(), request)) {
      return NOT_RIGHT_NOW;
    }
    background.execute(() -> store.find(id).ifPresent(cards::sendBoth));
    return ":handshake: Thanks! I've asked "
        + mention.apply(named.get(0))
        + " and "
        + mention.apply(named.get(1))
        + ", each privately, whether they'd like to be introduced. If both say yes within "
        + ANSWER_WITHIN.toDays()
        + " days, "
        + wording.bothSayYes()
        + "; if not, the suggestion lapses and"
        + " I'll let you know.";
  }

  private boolean propose(long id, Profile a, Profile b, WarmIntroRequest request) {
    Instant now = clock.instant();
    Week week = Week.containing(today());
    WarmIntros.Recent recent =
        new WarmIntros.Recent(
            week.number() - MatchHistory.DEFAULT_WINDOW_WEEKS,
            now.minus(Duration.ofDays(7L * MatchHistory.DEFAULT_WINDOW_WEEKS)));
    return store.propose(
        id,
        a.member().id(),
        b.member().id(),
        // No more is kept than the cards and the group DM show.
        Markup.truncate(request.note(), WarmIntroWords.NOTE_LIMIT),
        now.plus(ANSWER_WITHIN),
        recent);
  }

  private String overLimit(Instant nextAllowedAt) {
    return ":hourglass_flowing_sand: You've suggested "
        + perWeek
        + (perWeek == 1 ? " introduction" : " introductions")
        + " in the last 7 days, as many as one member can. You can suggest another from "
        + WHEN.format(nextAllowedAt.atZone(zone))
        + ".";
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), zone);
  }

  private static Optional<String> refusal(
      String callerId, List<String> named, Function<String, String> mention) {
    if (named.size() < 2) {
      return Optional.of("Name the two people you'd like to introduce: " + USAGE + ".");
    }
    if (named.size() > 2) {
      return Optional.of("I can introduce two people at a time: " + USAGE + ".");
    }
    if (named.get(0).equals(named.get(1))) {
      return Optional.of(
          "You named " + mention.apply(named.get(0)) + " twice: name two different people.");
    }
    if (named.contains(callerId)) {
      return Optional.of(
          "You can't introduce yourself this way: name two other people. Your own introductions"
              + " come in your weekly digest.");
    }
    return Optional.empty();
  }
}
