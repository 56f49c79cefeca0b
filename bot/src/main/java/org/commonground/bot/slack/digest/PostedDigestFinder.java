package org.commonground.bot.slack.digest;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.model.Message;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.commonground.bot.core.digest.DigestChannel.Finding;

/**
 * Looks in a member's DM for a digest a crashed sender may have posted before it could record it,
 * by the message metadata every digest carries.
 */
final class PostedDigestFinder {

  /** Posts before the claim cannot be ours; a little earlier allows for clock skew. */
  private static final Duration SKEW = Duration.ofMinutes(5);

  private final MethodsClient slack;

  PostedDigestFinder(MethodsClient slack) {
    this.slack = slack;
  }

  Finding find(String userId, long deliveryId, Instant claimedAt) {
    try {
      ConversationsOpenResponse opened = slack.conversationsOpen(r -> r.users(List.of(userId)));
      if (!opened.isOk()) {
        return new Finding.Unknown(opened.getError());
      }
      String channel = opened.getChannel().getId();
      String oldest = Long.toString(claimedAt.minus(SKEW).getEpochSecond());
      ConversationsHistoryResponse history =
          slack.conversationsHistory(
              r -> r.channel(channel).oldest(oldest).includeAllMetadata(true).limit(100));
      if (!history.isOk()) {
        return new Finding.Unknown(history.getError());
      }
      return ours(history.getMessages(), deliveryId)
          .<Finding>map(m -> new Finding.Posted(channel, m.getTs()))
          .orElse(new Finding.NotPosted());
    } catch (IOException | SlackApiException e) {
      return new Finding.Unknown(e.getMessage());
    }
  }

  private static Optional<Message> ours(List<Message> messages, long deliveryId) {
    String wanted = Long.toString(deliveryId);
    return messages.stream()
        .filter(m -> m.getMetadata() != null)
        .filter(m -> DigestSender.METADATA_EVENT.equals(m.getMetadata().getEventType()))
        .filter(m -> m.getMetadata().getEventPayload() != null)
        .filter(
            m ->
                wanted.equals(
                    String.valueOf(
                        m.getMetadata().getEventPayload().get(DigestSender.DELIVERY_KEY))))
        .findFirst();
  }
}
