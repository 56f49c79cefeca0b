package org.commonground.bot.core.privacy;

import com.google.gson.GsonBuilder;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonground.bot.core.consent.PrivacyNotice;

/** The JSON file a member downloads: everything held about them, section by section. */
public final class ExportFile {

  public static final String FILENAME = "common-ground-my-data.json";

  private ExportFile() {}

  static String json(
      String userId,
      Map<String, List<Map<String, Object>>> sections,
      PrivacyNotice notice,
      Instant exportedAt) {
    Map<String, Object> file = new LinkedHashMap<>();
    file.put(
        "about",
        "Everything Common Ground holds about this Slack user, as of the time below. Each section"
            + " lists the records of one kind; an empty list means none are held.");
    file.put("user_id", userId);
    file.put("exported_at", exportedAt.toString());
    file.put(
        "current_privacy_notice", Map.of("version", notice.version(), "text", notice.plainText()));
    file.putAll(sections);
    return new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(file);
  }
}
