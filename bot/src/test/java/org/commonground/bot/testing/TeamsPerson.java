package org.commonground.bot.testing;

/**
 * Someone in Teams with the app installed, as a test plays them.
 *
 * @param botUserId the Bot Framework's id for them ({@code 29:…})
 * @param userId their Entra object id: their user id in Common Ground
 */
public record TeamsPerson(
    String botUserId,
    String userId,
    String name,
    String email,
    String tenantId,
    String conversationId) {}
