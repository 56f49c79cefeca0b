package org.commonground.bot.config;

import com.github.kagkarlsson.scheduler.task.schedule.CronSchedule;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonground.storage.DatabaseSettings;

/**
 * Everything the app reads from its environment, read once. Slack credentials are checked only by
 * {@link #requireSlackCredentials()}, so that commands that never talk to Slack (such as {@code
 * demo}) run without them.
 *
 * @param slackAppToken the app-level token that makes the app connect to Slack over Socket Mode, or
 *     empty to take Slack's requests over HTTP
 * @param slackApiUrl base URL of Slack's Web API, or empty for Slack's own
 * @param digestCron when the weekly round runs, as a six-field cron expression (seconds first)
 * @param digestMessagesPerMinute the most messages a minute to post on each platform, whatever the
 *     platform would take; empty for no ceiling but the platform's own
 * @param inactiveProfileMonths how long a profile may go unused before its owner is warned and it
 *     is then deleted
 * @param privacy what the privacy notice says about the operator and how long data is kept
 * @param warmIntrosPerWeek most warm introductions one member may suggest in any 7 days
 * @param logFormat how the log is written; see {@link LogFormat}
 * @param teams how to talk to Microsoft Teams, or empty when Teams is off
 * @param console how the convenor's console is reached and signed in to, or empty when it is off
 */
public record Settings(
    String slackBotToken,
    String slackSigningSecret,
    Optional<String> slackAppToken,
    Optional<String> slackApiUrl,
    int port,
    DatabaseSettings database,
    Set<String> adminUserIds,
    Optional<String> introChannel,
    String digestCron,
    ZoneId digestZone,
    OptionalInt digestMessagesPerMinute,
    List<String> places,
    int inactiveProfileMonths,
    PrivacySettings privacy,
    int warmIntrosPerWeek,
    LogFormat logFormat,
    Optional<TeamsSettings> teams,
    Optional<ConsoleSettings> console) {

  public static final List<String> DEFAULT_PLACES =
      List.of(
          "Liverpool",
          "Knowsley",
          "Sefton",
          "St Helens",
          "Wirral",
          "Halton",
          "Cheshire East",
          "Cheshire West and Chester",
          "Warrington",
          "Region-wide");

  static final String DEFAULT_DATABASE_URL =
      DatabaseSettings.h2FileUrl(Path.of("data", "commonground").toAbsolutePath().toString());
  static final String DEFAULT_CRON = "0 0 9 * * MON";

  /** Reads the settings from environment variables; see {@link EnvironmentVariable}. */
  public static Settings fromEnvironment(Map<String, String> env) {
    EnvironmentReader read = new EnvironmentReader(env);
    ZoneId zone = read.zone(EnvironmentVariable.DIGEST_ZONE, ZoneId.of("Europe/London"));
    Optional<TeamsSettings> teams = TeamsSettings.read(read);
    return new Settings(
        read.text(EnvironmentVariable.SLACK_BOT_TOKEN, ""),
        read.text(EnvironmentVariable.SLACK_SIGNING_SECRET, ""),
        read.optionalText(EnvironmentVariable.SLACK_APP_TOKEN).map(Settings::appToken),
        read.optionalUrl(EnvironmentVariable.SLACK_API_URL),
        read.port(EnvironmentVariable.PORT, 3000),
        database(read),
        read.userIds(EnvironmentVariable.ADMIN_USER_IDS),
        read.optionalText(EnvironmentVariable.INTRO_CHANNEL),
        cron(read.text(EnvironmentVariable.DIGEST_CRON, DEFAULT_CRON), zone),
        zone,
        read.optionalPositiveInt(EnvironmentVariable.DIGEST_MESSAGES_PER_MINUTE),
        places(read.list(EnvironmentVariable.PLACES, DEFAULT_PLACES)),
        read.positiveInt(EnvironmentVariable.INACTIVE_PROFILE_MONTHS, 12),
        PrivacySettings.read(read),
        read.positiveInt(EnvironmentVariable.WARM_INTROS_PER_WEEK, 5),
        read.logFormat(EnvironmentVariable.LOG_FORMAT),
        teams,
        ConsoleSettings.read(read, teams.isPresent()));
  }

  /** An H2 URL that contradicts a setting the app needs is refused here, before anything opens. */
  private static DatabaseSettings database(EnvironmentReader read) {
    String url = read.text(EnvironmentVariable.DATABASE_URL, DEFAULT_DATABASE_URL);
    String user = read.text(EnvironmentVariable.DATABASE_USER, "");
    String password = read.text(EnvironmentVariable.DATABASE_PASSWORD, "");
    int poolSize = read.positiveInt(EnvironmentVariable.DATABASE_POOL_SIZE, 10);
    try {
      return DatabaseUrl.settings(url, user, password, poolSize);
    } catch (IllegalArgumentException e) {
      throw new SettingsException(EnvironmentVariable.DATABASE_URL.name() + " " + e.getMessage());
    }
  }

  private static String appToken(String token) {
    if (!token.startsWith("xapp-")) {
      throw new SettingsException(
          "SLACK_APP_TOKEN must be an app-level token starting with xapp-: create one under Basic"
              + " Information → App-Level Tokens with the connections:write scope");
    }
    return token;
  }

  /** Places are offered in one picker, which Slack caps at 100 options of 75 characters. */
  private static List<String> places(List<String> places) {
    if (places.size() > 100 || places.stream().anyMatch(place -> place.length() > 60)) {
      throw new SettingsException(
          "PLACES must list at most 100 places of at most 60 characters each, comma-separated");
    }
    return List.copyOf(places);
  }

  /**
   * Accepts the common five-field form ({@code 0 9 * * MON}) as well as db-scheduler's six-field
   * form with seconds, and rejects anything db-scheduler cannot schedule, as well as its {@code -}
   * for never: the round's next run is shown to members, and breaks set in the console are the way
   * to pause it.
   */
  private static String cron(String expression, ZoneId zone) {
    String trimmed = expression.trim();
    String sixFields = trimmed.split("\\s+").length == 5 ? "0 " + trimmed : trimmed;
    CronSchedule schedule;
    try {
      schedule = new CronSchedule(sixFields, zone);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new SettingsException(
          "DIGEST_CRON '"
              + expression
              + "' is not a cron expression: use e.g. '0 9 * * MON' (minute hour day month"
              + " weekday) for Mondays at 09:00");
    }
    if (schedule.isDisabled()) {
      throw new SettingsException(
          "DIGEST_CRON '"
              + expression
              + "' never runs the weekly round: give a time, such as '0 9 * * MON', and pause"
              + " the round for a while with a break in the console");
    }
    return sixFields;
  }

  /** Checks what {@code serve} needs to talk to Slack. */
  /**
   * What {@code serve} needs: Slack's credentials, unless Teams is on and nothing of Slack is set,
   * when the app runs for Teams alone.
   */
  public Settings requirePlatform() {
    if (teams.isPresent()
        && slackBotToken.isEmpty()
        && slackSigningSecret.isEmpty()
        && slackAppToken.isEmpty()) {
      return this;
    }
    return requireSlackCredentials();
  }

  /** Whether the app talks to Slack: false when it runs for Teams alone. */
  public boolean slackOn() {
    return !slackBotToken.isEmpty();
  }

  public Settings requireSlackCredentials() {
    if (slackBotToken.isEmpty()) {
      throw new SettingsException(
          "SLACK_BOT_TOKEN is not set: copy the Bot User OAuth Token (xoxb-…) from your app's"
              + " OAuth & Permissions page at api.slack.com/apps (or set only the TEAMS_"
              + " variables to run for Microsoft Teams alone)");
    }
    if (!slackBotToken.startsWith("xoxb-")) {
      throw new SettingsException(
          "SLACK_BOT_TOKEN must be a bot token starting with xoxb-: copy the Bot User OAuth Token"
              + " from your app's OAuth & Permissions page");
    }
    if (slackSigningSecret.isEmpty() && !socketMode()) {
      throw new SettingsException(
          "SLACK_SIGNING_SECRET is not set: copy the Signing Secret from your app's Basic"
              + " Information page (App Credentials) at api.slack.com/apps");
    }
    return this;
  }

  /** Slack's requests arrive over a Socket Mode connection rather than at {@code /slack/events}. */
  public boolean socketMode() {
    return slackAppToken.isPresent();
  }

  public boolean isAdmin(String userId) {
    return adminUserIds.contains(userId);
  }

  static Set<String> splitIds(String value) {
    return Arrays.stream(value.split(","))
        .map(String::trim)
        .filter(id -> !id.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
