package org.commonground.bot.core.digest;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.commonground.storage.members.Member;
import org.commonground.storage.members.Profile;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.rounds.Answer;
import org.commonground.storage.rounds.MatchAnswers;
import org.commonground.storage.rounds.RoundPair;
import org.commonground.storage.rounds.RoundStore;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagCatalogue;

/**
 * What happens when a member answers a match. <b>Intro me</b> is a double opt-in: the first yes
 * gently tells the other person; the second opens a group DM for the two with a conversation
 * starter. <b>Not for me</b> is private and stands until the member undoes it in App Home. Each
 * member's first answer stands.
 *
 * <p>The digest shown after an answer is the clicker's own, found from its delivery record, and is
 * rebuilt from the round as stored: nothing of the message the click names is used.
 */
public final class MatchResponses {

  private final MatchAnswers answers;
  private final RoundStore rounds;
  private final TagCatalogue tags;
  private final ProfileStore profiles;
  private final MatchMessages messages;
  private final Executor background;
  private final Clock clock;

  public MatchResponses(
      MatchAnswers answers,
      RoundStore rounds,
      TagCatalogue tags,
      ProfileStore profiles,
      MatchMessages messages,
      Executor background,
      Clock clock) {
    this.answers = answers;
    this.rounds = rounds;
    this.tags = tags;
    this.profiles = profiles;
    this.messages = messages;
    this.background = background;
    this.clock = clock;
  }

  /** Records the answer after the acknowledgement, so Slack's 3 seconds are never at risk. */
  public void answerLater(String userId, long pairId, Answer answer) {
    background.execute(() -> answer(userId, pairId, answer));
  }

  void answer(String userId, long pairId, Answer answer) {
    Optional<Member> me = profiles.findMember(userId);
    Optional<MatchAnswers.Answered> answered =
        me.flatMap(member -> answers.answer(pairId, member.id(), answer));
    if (answered.isEmpty()) {
      return;
    }
    long myId = me.get().id();
    RoundPair pair = answered.get().pair();
    Answer mine = pair.answerOf(myId);
    Answer theirs = pair.answerOf(pair.partnerOf(myId));
    if (mine == Answer.INTRO_ME && theirs == Answer.INTRO_ME) {
      introduce(pair, myId);
    } else if (mine == Answer.INTRO_ME && answered.get().recorded() && theirs == null) {
      nudge(pair, myId);
    }
    showAnswered(pair.roundId(), myId);
  }

  /** Introduces the two once, however many clicks race to it. */
  private void introduce(RoundPair pair, long secondId) {
    if (pair.introducedAt() != null) {
      return;
    }
    Profile second = profile(secondId);
    Profile first = profile(pair.partnerOf(secondId));
    List<String> shared = tagNames(pair.sharedChallengeIds());
    Optional<String> place = messages.placeFor(first, second);
    // Only the click that records the introduction makes it: racing clicks introduce once.
    if (place.isPresent() && rounds.markIntroduced(pair.id(), clock.instant(), place.get())) {
      messages.introduce(place.get(), first, second, shared);
    }
  }

  private void nudge(RoundPair pair, long myId) {
    messages.nudge(profile(myId), profile(pair.partnerOf(myId)));
  }

  /** Shows the member's own digest with the buttons of the matches they answered replaced. */
  private void showAnswered(long roundId, long myId) {
    rounds
        .member(roundId, myId)
        .filter(d -> d.dmChannel() != null && d.messageTs() != null)
        .ifPresent(messages::redraw);
  }

  private Profile profile(long memberId) {
    return profiles.findByIds(List.of(memberId)).get(0);
  }

  private List<String> tagNames(List<Integer> ids) {
    return tags.findByIds(ids).stream().map(Tag::name).toList();
  }
}
