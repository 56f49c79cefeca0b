package org.commonground.storage.settings;

import java.time.Instant;

/**
 * Someone an admin made an admin in the console.
 *
 * @param userId their Slack user id, or their Entra object id on Teams
 * @param addedBy the admin who added them; null once that admin erased their data
 */
public record NetworkAdmin(String userId, String addedBy, Instant addedAt) {}
