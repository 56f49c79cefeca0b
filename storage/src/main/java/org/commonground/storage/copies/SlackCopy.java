package org.commonground.storage.copies;

/**
 * One copy of a member's data that the app put in Slack, or in Teams, and is due to remove or
 * redraw.
 *
 * @param channel and {@code ts} locate the message: the introductions channel for a card, the other
 *     member's DM for a digest ({@code null} once that member has left too), the Teams chat and
 *     activity id for an export message
 * @param serviceUrl the Bot Connector endpoint an export message in Teams is deleted at; {@code
 *     null} for copies in Slack
 * @param fileId the uploaded file, for an export ({@code null} while it is being uploaded)
 * @param roundMemberId the delivery whose digest is to be redrawn, for a digest
 * @param attempts how many times removing it has failed for a reason that may pass
 * @param deliveryUnderWay for a digest with no location yet: it is being posted right now, so it
 *     will have one once the platform answers
 */
public record SlackCopy(
    long id,
    Kind kind,
    String channel,
    String ts,
    String serviceUrl,
    String fileId,
    Long roundMemberId,
    int attempts,
    boolean deliveryUnderWay) {

  /** What the copy is, and so how it is removed. */
  public enum Kind {
    /** The card posted in the introductions channel: deleted when the member leaves. */
    INTRO_CARD,
    /** The file of their data sent to a member: deleted a day later, or when they leave. */
    EXPORT_FILE,
    /** Another member's digest that still shows someone who left: redrawn without them. */
    DIGEST,
    /**
     * A message of their data sent to a member in Teams: deleted a day later, or when they leave.
     */
    EXPORT_MESSAGE
  }
}
