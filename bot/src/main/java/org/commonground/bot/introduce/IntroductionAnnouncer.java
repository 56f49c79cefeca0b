package org.commonground.bot.introduce;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.LayoutBlock;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.commonground.storage.members.Profile;
import org.commonground.storage.members.ProfileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a profile is saved: confirms it to the member by DM, with people who already share their
 * challenges, and posts an introduction card in the introductions channel the first time, if the
 * member agreed to it. Runs after the modal is acknowledged, off Slack's 3-second clock.
 */
public final class IntroductionAnnouncer {

  private static final Logger log = LoggerFactory.getLogger(IntroductionAnnouncer.class);
  private static final int PEOPLE_TO_SUGGEST = 3;

  private final MethodsClient slack;
  private final PeopleLikeYou peopleLikeYou;
  private final Optional<String> introChannel;
  private final Executor background;

  public IntroductionAnnouncer(
      MethodsClient slack,
      org.jdbi.v3.core.Jdbi jdbi,
      ProfileStore profiles,
      Optional<String> introChannel,
      Executor background) {
    this.slack = slack;
    this.peopleLikeYou = new PeopleLikeYou(jdbi, profiles);
    this.introChannel = introChannel;
    this.background = background;
  }

  public void announceLater(ProfileStore.Saved saved) {
    background.execute(() -> announce(saved));
  }

  private void announce(ProfileStore.Saved saved) {
    Profile profile = saved.profile();
    List<PeopleLikeYou.Match> matches = peopleLikeYou.find(profile, PEOPLE_TO_SUGGEST);
    post(
        profile.slackUserId(),
        ConfirmationMessage.fallbackText(saved.firstIntroduction()),
        ConfirmationMessage.blocks(saved.firstIntroduction(), matches));
    if (saved.firstIntroduction() && profile.member().shareInChannel()) {
      introChannel.ifPresent(
          channel ->
              post(
                  channel,
                  IntroductionCard.fallbackText(profile),
                  IntroductionCard.blocks(profile)));
    }
  }

  private void post(String channel, String text, List<LayoutBlock> blocks) {
    try {
      ChatPostMessageResponse response =
          slack.chatPostMessage(r -> r.channel(channel).text(text).blocks(blocks));
      if (!response.isOk()) {
        log.warn("Slack refused a message to {}: {}", channel, response.getError());
      }
    } catch (IOException | SlackApiException e) {
      log.warn("Could not post a message to {}: {}", channel, e.getMessage());
    }
  }
}
