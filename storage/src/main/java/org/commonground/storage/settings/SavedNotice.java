package org.commonground.storage.settings;

import java.util.Optional;
import org.commonground.storage.audit.AuditJson;

/**
 * The privacy notice's fields as an admin saved them: who the data controller is, whom members ask,
 * and where the full notice is. Stored as three lines, an absent field as an empty one; the app
 * checks that no field holds a line break before saving.
 */
public record SavedNotice(String controller, Optional<String> contact, Optional<String> url) {

  String stored() {
    return String.join("\n", controller, contact.orElse(""), url.orElse(""));
  }

  static SavedNotice parse(String stored) {
    String[] lines = stored.split("\n", -1);
    return new SavedNotice(lines[0], present(lines[1]), present(lines[2]));
  }

  String audited() {
    return AuditJson.object(
        "controller", controller, "contact", contact.orElse(null), "url", url.orElse(null));
  }

  private static Optional<String> present(String line) {
    return line.isEmpty() ? Optional.empty() : Optional.of(line);
  }
}
