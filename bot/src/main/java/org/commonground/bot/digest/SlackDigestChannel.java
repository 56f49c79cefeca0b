package org.commonground.bot.digest;

import com.slack.api.methods.MethodsClient;
import java.time.Instant;

/** Digests as Slack DMs, found again after a crash by the metadata each one carries. */
final class SlackDigestChannel implements DigestChannel {

  private final DigestSender sender;
  private final PostedDigestFinder finder;

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
    return finder.find(digest.recipient().slackUserId(), digest.roundMemberId(), claimedAt);
  }
}
