package org.commonground.bot.http;

import java.util.function.BooleanSupplier;

/**
 * What {@code GET /healthz} checks.
 *
 * @param slackTokenAccepted whether Slack has accepted the bot token: until then the app cannot act
 *     on anything Slack sends it
 * @param databaseReachable whether the database answers
 */
public record HealthChecks(BooleanSupplier slackTokenAccepted, BooleanSupplier databaseReachable) {}
