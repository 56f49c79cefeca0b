package org.commonground.bot.core.privacy;

import org.commonground.bot.core.delivery.Removal;

/**
 * Draws a delivered digest again where it was delivered, from what is stored now: after an erasure,
 * so that it no longer offers the member who left.
 */
@FunctionalInterface
public interface DigestRewriter {

  /**
   * @param location where the digest landed: a Slack channel, or a Teams chat
   * @param messageId its Slack timestamp, or its Teams activity id
   */
  Removal rewrite(long roundMemberId, String location, String messageId);
}
