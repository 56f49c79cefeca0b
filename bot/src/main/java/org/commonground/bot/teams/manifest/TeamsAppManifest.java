package org.commonground.bot.teams.manifest;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/** The {@code manifest.json} of the app package, in Teams' manifest schema 1.17. */
final class TeamsAppManifest {

  static final String SCHEMA =
      "https://developer.microsoft.com/en-us/json-schemas/teams/v1.17/MicrosoftTeams.schema.json";
  static final String NAME = "Common Ground";
  static final String FULL_NAME = "Common Ground: meet people who work on the same challenges";
  static final String SHORT_DESCRIPTION =
      "Meet people in other public-service organisations who work on your challenges.";
  static final String FULL_DESCRIPTION =
      "Common Ground introduces people who work in different public-service organisations, such"
          + " as councils, health, housing and charities, on the same challenges. Tell the bot"
          + " your organisation, role, place and the challenges you work on. Every week it sends"
          + " you a few people from other organisations worth meeting, and says why you were"
          + " matched. Say Intro me and, if they say yes too, you are introduced. Say introduce"
          + " export for a file of everything held about you, or introduce delete to delete your"
          + " profile.";

  private TeamsAppManifest() {}

  static JsonObject json(AppListing listing) {
    JsonObject manifest = new JsonObject();
    manifest.addProperty("$schema", SCHEMA);
    manifest.addProperty("manifestVersion", "1.17");
    manifest.addProperty("version", listing.version());
    manifest.addProperty("id", listing.appId());
    manifest.add("developer", developer(listing.developer()));
    manifest.add("name", texts(NAME, FULL_NAME));
    manifest.add("description", texts(SHORT_DESCRIPTION, FULL_DESCRIPTION));
    JsonObject icons = new JsonObject();
    icons.addProperty("color", AppIcons.COLOR_FILE);
    icons.addProperty("outline", AppIcons.OUTLINE_FILE);
    manifest.add("icons", icons);
    manifest.addProperty("accentColor", AppIcons.ACCENT_HEX);
    manifest.add("bots", array(List.of(bot(listing.appId()))));
    // identity: the bot knows who is writing; messageTeamMembers: it sends the weekly digest.
    manifest.add("permissions", strings(List.of("identity", "messageTeamMembers")));
    manifest.add("validDomains", strings(listing.validDomains()));
    return manifest;
  }

  private static JsonObject developer(AppListing.Developer developer) {
    JsonObject json = new JsonObject();
    json.addProperty("name", developer.name());
    json.addProperty("websiteUrl", developer.websiteUrl());
    json.addProperty("privacyUrl", developer.privacyUrl());
    json.addProperty("termsOfUseUrl", developer.termsOfUseUrl());
    return json;
  }

  private static JsonObject texts(String shortText, String fullText) {
    JsonObject json = new JsonObject();
    json.addProperty("short", shortText);
    json.addProperty("full", fullText);
    return json;
  }

  private static JsonObject bot(String appId) {
    JsonObject bot = new JsonObject();
    bot.addProperty("botId", appId);
    bot.add("scopes", strings(List.of("personal", "team")));
    bot.addProperty("supportsFiles", false);
    bot.addProperty("isNotificationOnly", false);
    JsonObject personal = new JsonObject();
    personal.add("scopes", strings(List.of("personal")));
    personal.add(
        "commands", array(BotCommands.PERSONAL.stream().map(TeamsAppManifest::command).toList()));
    bot.add("commandLists", array(List.of(personal)));
    return bot;
  }

  private static JsonObject command(BotCommands.BotCommand command) {
    JsonObject json = new JsonObject();
    json.addProperty("title", command.title());
    json.addProperty("description", command.description());
    return json;
  }

  private static JsonArray strings(List<String> values) {
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    return array;
  }

  private static JsonArray array(List<JsonObject> objects) {
    JsonArray array = new JsonArray();
    objects.forEach(array::add);
    return array;
  }
}
