package org.commonground.storage.teams;

import java.util.Optional;

/**
 * Where the app reaches one Teams person: the personal chat it was installed into.
 *
 * @param userId the person's Entra object id, what a member's user id holds for them
 * @param botUserId the Bot Framework's id for them in this chat ({@code 29:…}), which messages
 *     address
 * @param serviceUrl the Bot Connector endpoint their tenant's activities came from
 * @param conversationId the personal chat with the app
 * @param email their work email as Teams gives it, when it does
 * @param installed false once they removed the app; kept so that reinstalling finds them again
 */
public record TeamsUser(
    String userId,
    String botUserId,
    String tenantId,
    String serviceUrl,
    String conversationId,
    String name,
    String email,
    boolean installed) {

  public Optional<String> emailIfKnown() {
    return Optional.ofNullable(email).filter(e -> !e.isBlank());
  }
}
