package org.commonground.bot.testing;

import com.google.gson.JsonObject;

/**
 * One call the app made to the fake Bot Connector, with the status it was answered with: unlike the
 * fake Slack's calls, refused ones (401, 429, 4xx) are recorded too, so that a test can see a token
 * renewed or a wait kept.
 *
 * @param kind which of the connector's operations the method and path name
 * @param conversationId the conversation in the path, or null
 * @param activityId the activity in the path, or null
 * @param memberId the member in the path, or null
 * @param body the JSON sent, or null when there was none or it wasn't JSON
 * @param authorization the {@code Authorization} header as sent
 * @param contentType the {@code Content-Type} header as sent
 * @param status the HTTP status the fake answered with (0 while it is being answered)
 * @param receivedAtNanos when it arrived, on {@link System#nanoTime()}
 */
public record ConnectorCall(
    Kind kind,
    String conversationId,
    String activityId,
    String memberId,
    JsonObject body,
    String authorization,
    String contentType,
    int status,
    long receivedAtNanos) {

  /** The same call, answered with {@code status}. */
  ConnectorCall answered(int status) {
    return new ConnectorCall(
        kind,
        conversationId,
        activityId,
        memberId,
        body,
        authorization,
        contentType,
        status,
        receivedAtNanos);
  }

  /** The Bot Connector operations the fake serves. */
  public enum Kind {
    /** {@code POST /v3/conversations} */
    OPEN_CHAT,
    /** {@code POST /v3/conversations/{id}/activities} */
    SEND,
    /** {@code PUT /v3/conversations/{id}/activities/{activityId}} */
    UPDATE,
    /** {@code DELETE /v3/conversations/{id}/activities/{activityId}} */
    DELETE,
    /** {@code GET /v3/conversations/{id}/members/{memberId}} */
    MEMBER,
    /** Any other method and path: answered 404, and a refusal. */
    UNKNOWN
  }
}
