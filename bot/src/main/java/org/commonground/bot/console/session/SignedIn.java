package org.commonground.bot.console.session;

/**
 * The admin a console request comes from.
 *
 * @param userId their id on their platform: a Slack user id, or an Entra object id
 * @param platform where they signed in: {@code SLACK} or {@code TEAMS}
 * @param name how they are shown, as their platform named them
 * @param csrfToken what every form they send must carry
 */
public record SignedIn(String userId, String platform, String name, String csrfToken) {}
