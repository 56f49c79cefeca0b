package org.commonground.bot.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.commonground.bot.testing.blockkit.SlackRefusal;

/** The fake Slack's memory of files, for files.delete: each upload gets an id of its own. */
final class UploadedFiles {

  private enum State {
    THE_APPS,
    SOMEONE_ELSES,
    DELETED
  }

  private final Map<String, State> files = new HashMap<>();
  private int counter;

  /** The id files.getUploadURLExternal hands out; the file exists once its upload completes. */
  String newId() {
    return "F0EXPORT" + ++counter;
  }

  void completed(String fileId) {
    files.put(fileId, State.THE_APPS);
  }

  void fromSomeoneElse(String fileId) {
    files.put(fileId, State.SOMEONE_ELSES);
  }

  /** Deletes the app's file as files.delete does, or the error Slack would answer. */
  Optional<SlackRefusal> delete(String fileId) {
    State state = files.get(fileId);
    if (state == null) {
      return Optional.of(SlackRefusal.of("file_not_found"));
    }
    return switch (state) {
      case DELETED -> Optional.of(SlackRefusal.of("file_deleted"));
      case SOMEONE_ELSES -> Optional.of(SlackRefusal.of("cant_delete_file"));
      case THE_APPS -> {
        files.put(fileId, State.DELETED);
        yield Optional.empty();
      }
    };
  }
}
