package org.commonground.storage.console;

import java.time.Instant;

/**
 * A signed-in admin's session as stored.
 *
 * @param userId the admin's id on their platform: a Slack user id, or an Entra object id
 * @param platform {@code SLACK} or {@code TEAMS}
 * @param csrfToken the token every form of this session must send back
 */
public record ConsoleSession(
    String userId,
    String platform,
    String displayName,
    String csrfToken,
    Instant createdAt,
    Instant lastSeenAt,
    Instant expiresAt) {}
