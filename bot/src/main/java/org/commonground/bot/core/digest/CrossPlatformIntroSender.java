package org.commonground.bot.core.digest;

import java.util.List;
import org.commonground.bot.core.digest.CrossPlatformIntro.Occasion;
import org.commonground.bot.core.digest.CrossPlatformIntro.Partner;

/** Tells a member on Slack of a match on another platform, in a DM from the app. */
public interface CrossPlatformIntroSender {

  /**
   * @param youSaidYesFirst whether the reader said yes first, and so is asked to suggest a time
   */
  void tell(
      String userId,
      Partner partner,
      List<String> sharedChallenges,
      boolean youSaidYesFirst,
      Occasion occasion);
}
