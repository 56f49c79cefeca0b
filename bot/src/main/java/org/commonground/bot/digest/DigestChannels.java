package org.commonground.bot.digest;

import com.slack.api.methods.MethodsClient;
import org.commonground.storage.members.Profile;

/** Which channel each member's digest goes out on: the platform they use Common Ground in. */
@FunctionalInterface
public interface DigestChannels {

  DigestChannel forRecipient(Profile recipient);

  /** Every digest as a Slack DM. */
  static DigestChannels slack(MethodsClient slack) {
    DigestChannel channel = new SlackDigestChannel(slack);
    return recipient -> channel;
  }
}
