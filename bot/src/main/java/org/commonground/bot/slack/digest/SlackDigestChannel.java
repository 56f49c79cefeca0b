package org.commonground.bot.slack.digest;

import com.slack.api.methods.MethodsClient;
import java.time.Instant;
import org.commonground.bot.core.digest.Digest;
import org.commonground.bot.core.digest.DigestChannel;
import org.commonground.bot.core.digest.DigestChannels;

/** Digests as Slack DMs, found again after a crash by the metadata each one carries. */
public final class SlackDigestChannel implements DigestChannel {

  private final DigestSender sender;
  private final PostedDigestFinder finder;

  /** Every digest as a Slack DM: a network on Slack alone. */
  public static DigestChannels forEveryone(MethodsClient slack) {
    DigestChannel channel = new SlackDigestChannel(slack);
    return recipient -> channel;
  }

  SlackDigestChannel(MethodsClient slack) {
    this.sender = new DigestSender(slack);
    this.finder = new PostedDigestFinder(slack);
  }

  @Override
  public String platform() {
    return "Slack";
  }

  @Override
  public Outcome send(Digest digest) {
    return sender.send(digest);
  }

  @Override
  public Finding find(Digest digest, Instant claimedAt) {
    return finder.find(digest.recipient().userId(), digest.roundMemberId(), claimedAt);
  }
}
