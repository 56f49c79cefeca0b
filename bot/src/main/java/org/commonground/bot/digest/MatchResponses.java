package org.commonground.bot.digest;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.commonground.bot.slack.ClickedMessage;
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
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagRepository;
import org.jdbi.v3.core.Jdbi;

/**
 * What happens when a member answers a match. <b>Intro me</b> is a double opt-in: the first yes
 * gently tells the other person; the second opens a group DM for the two with a conversation
 * starter. <b>Not for me</b> is private and stands until the member undoes it in App Home. Each
 * member's first answer stands.
 */
public final class MatchResponses {

  private final Jdbi jdbi;
  private final MatchAnswers answers;
  private final ProfileStore profiles;
  private final Poster poster;
  private final DirectMessages messages;
  private final Executor background;
  private final Clock clock;

  public MatchResponses(
      Jdbi jdbi,
      MatchAnswers answers,
      ProfileStore profiles,
      Poster poster,
      DirectMessages messages,
      Executor background,
      Clock clock) {
    this.jdbi = jdbi;
    this.answers = answers;
    this.profiles = profiles;
    this.poster = poster;
    this.messages = messages;
    this.background = background;
    this.clock = clock;
  }

  /** Records the answer after the acknowledgement, so Slack's 3 seconds are never at risk. */
  public void answerLater(String slackUserId, long pairId, Answer answer, ClickedMessage clicked) {
    background.execute(() -> answer(slackUserId, pairId, answer, clicked));
  }

  void answer(String slackUserId, long pairId, Answer answer, ClickedMessage clicked) {
    Optional<Member> me = jdbi.onDemand(MemberLookup.class).findBySlackUserId(slackUserId);
    Optional<MatchAnswers.Answered> answered =
        me.flatMap(member -> answers.answer(pairId, member.id(), answer));
    if (answered.isEmpty()) {
      return;
    }
    long myId = me.get().id();
    RoundPair pair = answered.get().pair();
    Answer mine = pair.answerOf(myId);
    if (mine == Answer.NOT_FOR_ME) {
      update(clicked, pairId, DigestUpdate.NOT_FOR_ME_NOTE);
    } else if (pair.answerOf(pair.partnerOf(myId)) == Answer.INTRO_ME) {
      introduce(pair, myId);
      update(clicked, pairId, DigestUpdate.INTRODUCED_NOTE);
    } else {
      update(clicked, pairId, DigestUpdate.INTRO_ME_NOTE);
      if (answered.get().recorded() && pair.answerOf(pair.partnerOf(myId)) == null) {
        nudge(pair, myId);
      }
    }
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

  /** Shows the clicked digest with this match's buttons replaced by a note. */
  private void update(ClickedMessage clicked, long pairId, String note) {
    if (clicked != null && clicked.channel() != null && clicked.ts() != null) {
      poster.update(
          clicked.channel(),
          clicked.ts(),
          "Your introductions this week",
          DigestUpdate.replacingButtons(clicked.blocks(), pairId, note));
    }
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
