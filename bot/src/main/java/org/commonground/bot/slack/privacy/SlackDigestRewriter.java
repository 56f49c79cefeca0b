package org.commonground.bot.slack.privacy;

import org.commonground.bot.core.delivery.Removal;
import org.commonground.bot.core.digest.DigestRedraw;
import org.commonground.bot.core.privacy.DigestRewriter;
import org.commonground.bot.slack.SlackRemovals;
import org.commonground.bot.slack.digest.SlackDigestRedraw;

/** A digest drawn again in the Slack DM it was posted in. */
public final class SlackDigestRewriter implements DigestRewriter {

  private final SlackRemovals slack;
  private final DigestRedraw digests;

  public SlackDigestRewriter(SlackRemovals slack, DigestRedraw digests) {
    this.slack = slack;
    this.digests = digests;
  }

  @Override
  public Removal rewrite(long roundMemberId, String channel, String ts) {
    return digests
        .answered(roundMemberId)
        .map(SlackDigestRedraw::draw)
        .map(d -> slack.rewrite(channel, ts, d.text(), d.blocks()))
        .orElse(new Removal(Removal.Outcome.ALREADY_GONE, null));
  }
}
