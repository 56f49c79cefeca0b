package org.commonground.bot.slack.introduce;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonground.bot.core.introduce.WarmIntroContent;
import org.commonground.bot.core.introduce.WarmIntroMeeting;
import org.commonground.bot.core.introduce.WarmIntroMessages;
import org.commonground.bot.core.introduce.WarmIntroWords;
import org.commonground.bot.core.views.Markup;
import org.commonground.bot.slack.DirectMessages;
import org.commonground.bot.slack.Poster;
import org.commonground.storage.members.Profile;
import org.commonground.storage.messages.SentMessage;
import org.commonground.storage.warmintros.WarmIntro;

/** Warm introductions in Slack: each asked in their DM with the app, the three in a group DM. */
public final class SlackWarmIntroMessages implements WarmIntroMessages {

  private final Poster poster;
  private final DirectMessages messages;

  public SlackWarmIntroMessages(Poster poster, DirectMessages messages) {
    this.poster = poster;
    this.messages = messages;
  }

  @Override
  public Optional<SentMessage> ask(WarmIntroContent card) {
    return poster.postKept(
        card.recipient().userId(), WarmIntroCard.fallbackText(card), WarmIntroCard.blocks(card));
  }

  @Override
  public void redraw(WarmIntro.DmMessage where, WarmIntroContent card) {
    poster.update(
        where.channel(), where.ts(), WarmIntroCard.fallbackText(card), WarmIntroCard.blocks(card));
  }

  @Override
  public void lapsed(String suggesterId, Profile a, Profile b) {
    String text = WarmIntroWords.lapsedNotice(name(a), name(b));
    messages.post(
        suggesterId,
        WarmIntroCard.LAPSED_FALLBACK,
        List.of(section(s -> s.text(markdownText(text)))));
  }

  @Override
  public Optional<String> placeFor(String suggesterId, Profile first, Profile second) {
    List<String> users = new ArrayList<>();
    if (suggesterId != null) {
      users.add(suggesterId);
    }
    users.add(first.userId());
    users.add(second.userId());
    return messages.openGroup(users);
  }

  @Override
  public void introduce(String place, WarmIntroMeeting content) {
    poster.post(place, WarmIntroGroupDm.fallbackText(content), WarmIntroGroupDm.blocks(content));
  }

  private static String name(Profile profile) {
    return profile == null ? WarmIntroWords.SINCE_LEFT : Markup.mention(profile.userId());
  }
}
