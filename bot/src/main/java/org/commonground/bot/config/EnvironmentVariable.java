package org.commonground.bot.config;

/** The environment variables the app reads, with what each means, for {@code --help}. */
public enum EnvironmentVariable {
  SLACK_BOT_TOKEN("bot token (xoxb-…); required for serve"),
  SLACK_SIGNING_SECRET("request signing secret; required for serve over HTTP"),
  SLACK_APP_TOKEN(
      "app-level token (xapp-…): connect over Socket Mode instead of taking HTTP requests"
          + " (default: HTTP)"),
  SLACK_API_URL("base URL of Slack's Web API (default: Slack's own)"),
  TEAMS_APP_ID("the Teams bot's Microsoft App ID; setting it turns Teams on (default: off)"),
  TEAMS_APP_PASSWORD("the Teams bot's client secret; required with TEAMS_APP_ID"),
  TEAMS_TENANT_ID("the Teams bot's home tenant id; required with TEAMS_APP_ID"),
  TEAMS_OPENID_METADATA_URL(
      "where the Bot Framework publishes its signing keys (default: the Bot Framework's own)"),
  TEAMS_TOKEN_URL(
      "where the bot gets its own tokens (default: the home tenant's Entra token endpoint)"),
  TEAMS_ALLOWED_TENANTS(
      "comma-separated tenant ids allowed besides the home tenant (default: none)"),
  CONSOLE_BASE_URL(
      "public https address the console is reached at, e.g. https://commonground.example.org;"
          + " with SLACK_CLIENT_ID and SLACK_CLIENT_SECRET it turns the console on (default: off)"),
  SLACK_CLIENT_ID("the Slack app's Client ID, for signing in to the console"),
  SLACK_CLIENT_SECRET("the Slack app's Client Secret, for signing in to the console"),
  PORT("HTTP port (default 3000)"),
  DATABASE_URL(
      "JDBC URL, H2 file or jdbc:postgresql://…, or postgres://user:password@host/database"
          + " (default: H2 file under ./data/)"),
  DATABASE_USER("database user (default empty)"),
  DATABASE_PASSWORD("database password (default empty)"),
  DATABASE_POOL_SIZE("most database connections (default 10)"),
  ADMIN_USER_IDS(
      "comma-separated user ids of admins: Slack user ids, and Entra object ids for Teams"
          + " (default none)"),
  INTRO_CHANNEL("channel id where new introductions are posted (default: not posted)"),
  DIGEST_CRON("when the weekly round runs, cron (default Mondays 09:00: 0 9 * * MON)"),
  DIGEST_ZONE("time zone of that schedule (default Europe/London)"),
  DIGEST_MESSAGES_PER_MINUTE(
      "a ceiling on messages posted per minute on each platform (digests and everything else);"
          + " the pace adapts to what Slack and Teams accept up to it (default: no ceiling)"),
  INACTIVE_PROFILE_MONTHS(
      "months without any use after which a profile is warned about, then deleted (default 12)"),
  PRIVACY_CONTROLLER(
      "who decides how members' data is used, named in the privacy notice, at most 200"
          + " characters (default: the organisation that runs this network)"),
  PRIVACY_CONTACT(
      "whom members ask about their data, e.g. the data-protection officer's email, at most 254"
          + " characters (default: the network's admins)"),
  PRIVACY_NOTICE_URL(
      "link to the operator's full privacy notice, at most 2,000 characters (default: none)"),
  RETENTION_MONTHS(
      "months after which past pairs, deliveries and answers are anonymised (default 24)"),
  WARM_INTROS_PER_WEEK("most warm introductions one member may suggest in any 7 days (default 5)"),
  LOG_FORMAT("text for people or json for log collectors, one object per line (default text)"),
  PLACES(
      "comma-separated places members pick from (default: the Liverpool City Region"
          + " and Cheshire)");

  private final String meaning;

  EnvironmentVariable(String meaning) {
    this.meaning = meaning;
  }

  public String meaning() {
    return meaning;
  }
}
