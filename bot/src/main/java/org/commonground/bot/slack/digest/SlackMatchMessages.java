package org.commonground.bot.slack.digest;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Optional;
import org.commonground.bot.core.digest.ConversationStarter;
import org.commonground.bot.core.digest.DigestRedraw;
import org.commonground.bot.core.digest.MatchMessages;
import org.commonground.bot.core.views.Markup;
import org.commonground.bot.slack.DirectMessages;
import org.commonground.bot.slack.Poster;
import org.commonground.storage.members.Profile;
import org.commonground.storage.rounds.RoundMember;

/** Answers to matches in Slack: a group DM for the two, a DM for the nudge, the digest updated. */
public final class SlackMatchMessages implements MatchMessages {

  static final String BOTH_SAID_YES = "You both said yes: meet each other!";

  private final Poster poster;
  private final DirectMessages messages;
  private final DigestRedraw redraw;

  public SlackMatchMessages(Poster poster, DirectMessages messages, DigestRedraw redraw) {
    this.poster = poster;
    this.messages = messages;
    this.redraw = redraw;
  }

  @Override
  public Optional<String> placeFor(Profile first, Profile second) {
    return messages.openGroup(List.of(first.userId(), second.userId()));
  }

  @Override
  public void introduce(String place, Profile first, Profile second, List<String> shared) {
    poster.post(place, BOTH_SAID_YES, paragraph(ConversationStarter.text(first, second, shared)));
  }

  @Override
  public void nudge(Profile from, Profile partner) {
    String text =
        ":wave: "
            + Markup.mention(from.userId())
            + " would like to meet you, from this week's introductions. If you'd like that too, press"
            + " *Intro me* on their card in your digest and we'll start a conversation for you both."
            + " No pressure: *Not for me* stays private.";
    poster.post(
        partner.userId(),
        "Someone from this week's introductions would like to meet you",
        paragraph(text));
  }

  @Override
  public void redraw(RoundMember delivery) {
    redraw
        .answered(delivery.id())
        .map(SlackDigestRedraw::draw)
        .ifPresent(
            drawn ->
                poster.update(
                    delivery.dmChannel(), delivery.messageTs(), drawn.text(), drawn.blocks()));
  }

  private static List<LayoutBlock> paragraph(String mrkdwn) {
    return List.of(
        section(s -> s.text(markdownText(Markup.truncateMarkup(mrkdwn, Markup.PARAGRAPH_LIMIT)))));
  }
}
