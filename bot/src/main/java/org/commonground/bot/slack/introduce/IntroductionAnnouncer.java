package org.commonground.bot.slack.introduce;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.commonground.bot.core.introduce.ConfirmationWords;
import org.commonground.bot.core.introduce.PeopleLikeYou;
import org.commonground.bot.slack.Poster;
import org.commonground.storage.copies.SlackCopies;
import org.commonground.storage.members.PeopleToMeet;
import org.commonground.storage.members.Profile;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.messages.SentMessages;

/**
 * After a profile is saved: confirms it to the member by DM, with people who already share their
 * challenges, and posts an introduction card in the introductions channel the first time, if the
 * member agreed to it. Runs after the modal is acknowledged, off Slack's 3-second clock. Where the
 * card landed is kept, so that it can be deleted when the member deletes their profile.
 *
 * <p>The confirmation goes only when the profile says something new, and not again within {@link
 * #CONFIRMATION_QUIET}: the closed form already says it was saved, and the DM draws on the same
 * message budget as the digests, so saving over and over must not turn into a stream of DMs.
 */
public final class IntroductionAnnouncer {

  /**
   * Long enough to cover a member correcting a detail or two straight after saving, short enough
   * that an edit later in the day is confirmed; the people it lists change little within it.
   */
  static final Duration CONFIRMATION_QUIET = Duration.ofMinutes(10);

  private static final String CONFIRMATION_KIND = "profile_saved";

  private static final int PEOPLE_TO_SUGGEST = 3;

  private final Poster poster;
  private final SentMessages sent;
  private final PeopleLikeYou peopleLikeYou;
  private final Optional<String> introChannel;
  private final SlackCopies copies;
  private final Executor background;

  public IntroductionAnnouncer(
      Poster poster,
      SentMessages sent,
      PeopleToMeet people,
      ProfileStore profiles,
      Optional<String> introChannel,
      SlackCopies copies,
      Executor background,
      Clock clock,
      ZoneId zone) {
    this.poster = poster;
    this.sent = sent;
    this.peopleLikeYou = new PeopleLikeYou(people, profiles, clock, zone);
    this.introChannel = introChannel;
    this.copies = copies;
    this.background = background;
  }

  /**
   * Claims the confirmation at once, so the quiet period counts from the save the member made, then
   * posts after the acknowledgement.
   */
  public void announceLater(ProfileStore.Saved saved) {
    Profile profile = saved.profile();
    boolean confirm =
        saved.changed()
            && sent.claim(
                CONFIRMATION_KIND, SentMessages.PER_PERSON, profile.userId(), CONFIRMATION_QUIET);
    background.execute(() -> announce(saved, confirm));
  }

  private void announce(ProfileStore.Saved saved, boolean confirm) {
    Profile profile = saved.profile();
    if (confirm) {
      List<PeopleLikeYou.Match> matches = peopleLikeYou.find(profile, PEOPLE_TO_SUGGEST);
      poster.post(
          profile.userId(),
          ConfirmationWords.fallbackText(saved.firstIntroduction()),
          ConfirmationMessage.blocks(saved.firstIntroduction(), matches));
    }
    if (saved.firstIntroduction() && profile.member().shareInChannel()) {
      introChannel
          .flatMap(
              channel ->
                  poster.postKept(
                      channel,
                      IntroductionCard.fallbackText(profile),
                      IntroductionCard.blocks(profile)))
          .ifPresent(card -> copies.recordIntroCard(profile.userId(), card.channel(), card.ts()));
    }
  }
}
