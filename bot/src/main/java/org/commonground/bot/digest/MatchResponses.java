package org.commonground.bot.digest;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.commonground.bot.slack.DirectMessages;
import org.commonground.bot.slack.Poster;
import org.commonground.bot.views.SlackText;
import org.commonground.storage.members.Member;
import org.commonground.storage.members.MemberLookup;
import org.commonground.storage.members.Profile;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.rounds.Answer;
import org.commonground.storage.rounds.MatchAnswers;
import org.commonground.storage.rounds.RoundPair;
import org.commonground.storage.rounds.RoundRepository;
import org.commonground.storage.rounds.RoundStore;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagRepository;
import org.jdbi.v3.core.Jdbi;

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

  private final Jdbi jdbi;
  private final MatchAnswers answers;
  private final RoundStore rounds;
  private final DigestRedraw redraw;
  private final ProfileStore profiles;
  private final Poster poster;
  private final DirectMessages messages;
  private final Executor background;
  private final Clock clock;

  public MatchResponses(
      Jdbi jdbi,
      MatchAnswers answers,
      DigestRedraw redraw,
      ProfileStore profiles,
      Poster poster,
      DirectMessages messages,
      Executor background,
      Clock clock) {
    this.jdbi = jdbi;
    this.answers = answers;
    this.rounds = new RoundStore(jdbi);
    this.redraw = redraw;
    this.profiles = profiles;
    this.poster = poster;
    this.messages = messages;
    this.background = background;
    this.clock = clock;
  }

  /** Records the answer after the acknowledgement, so Slack's 3 seconds are never at risk. */
  public void answerLater(String slackUserId, long pairId, Answer answer) {
    background.execute(() -> answer(slackUserId, pairId, answer));
  }

  void answer(String slackUserId, long pairId, Answer answer) {
    Optional<Member> me = jdbi.onDemand(MemberLookup.class).findBySlackUserId(slackUserId);
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

  /** Opens the group DM once, however many clicks race to it. */
  private void introduce(RoundPair pair, long secondId) {
    if (pair.introducedAt() != null) {
      return;
    }
    Profile second = profile(secondId);
    Profile first = profile(pair.partnerOf(secondId));
    Optional<String> channel =
        messages.openGroup(List.of(first.slackUserId(), second.slackUserId()));
    if (channel.isEmpty()
        || jdbi.onDemand(RoundRepository.class)
                .markIntroduced(pair.id(), clock.instant(), channel.get())
            == 0) {
      return;
    }
    List<String> shared = tagNames(pair.sharedChallengeIds());
    poster.post(
        channel.get(),
        "You both said yes: meet each other!",
        paragraph(ConversationStarter.text(first, second, shared)));
  }

  private void nudge(RoundPair pair, long myId) {
    Profile me = profile(myId);
    Profile partner = profile(pair.partnerOf(myId));
    String text =
        ":wave: "
            + SlackText.mention(me.slackUserId())
            + " would like to meet you, from this week's introductions. If you'd like that too, press"
            + " *Intro me* on their card in your digest and we'll start a conversation for you both."
            + " No pressure: *Not for me* stays private.";
    poster.post(
        partner.slackUserId(),
        "Someone from this week's introductions would like to meet you",
        paragraph(text));
  }

  /** Shows the member's own digest with the buttons of the matches they answered replaced. */
  private void showAnswered(long roundId, long myId) {
    rounds
        .member(roundId, myId)
        .filter(d -> d.dmChannel() != null && d.messageTs() != null)
        .ifPresent(
            delivery ->
                redraw
                    .of(delivery.id())
                    .ifPresent(
                        drawn ->
                            poster.update(
                                delivery.dmChannel(),
                                delivery.messageTs(),
                                drawn.text(),
                                drawn.blocks())));
  }

  private static List<LayoutBlock> paragraph(String mrkdwn) {
    return List.of(
        section(
            s ->
                s.text(
                    markdownText(
                        SlackText.truncateMarkdown(mrkdwn, SlackText.SECTION_TEXT_LIMIT)))));
  }

  private Profile profile(long memberId) {
    return profiles.findByIds(List.of(memberId)).get(0);
  }

  private List<String> tagNames(List<Integer> ids) {
    return jdbi.onDemand(TagRepository.class).findByIds(ids).stream().map(Tag::name).toList();
  }
}
