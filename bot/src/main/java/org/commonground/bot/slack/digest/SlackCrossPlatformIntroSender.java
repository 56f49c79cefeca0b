package org.commonground.bot.slack.digest;

import java.util.List;
import org.commonground.bot.core.digest.CrossPlatformIntro;
import org.commonground.bot.core.digest.CrossPlatformIntro.Occasion;
import org.commonground.bot.core.digest.CrossPlatformIntro.Partner;
import org.commonground.bot.core.digest.CrossPlatformIntroSender;
import org.commonground.bot.slack.Poster;

/** A cross-platform introduction posted as {@link CrossPlatformIntroMessage} in the member's DM. */
public final class SlackCrossPlatformIntroSender implements CrossPlatformIntroSender {

  private final Poster poster;

  public SlackCrossPlatformIntroSender(Poster poster) {
    this.poster = poster;
  }

  @Override
  public void tell(
      String userId,
      Partner partner,
      List<String> sharedChallenges,
      boolean youSaidYesFirst,
      Occasion occasion) {
    poster.post(
        userId,
        CrossPlatformIntro.fallbackText(partner),
        CrossPlatformIntroMessage.blocks(partner, sharedChallenges, youSaidYesFirst, occasion));
  }
}
