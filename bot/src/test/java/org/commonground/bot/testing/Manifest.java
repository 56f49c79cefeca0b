package org.commonground.bot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The app's {@code manifest.yml}, which Slack reads when the app is created from it. */
public final class Manifest {

  /** Tests run in the {@code bot} module's folder; the manifest is at the project's root. */
  private static final Path FILE = Path.of("..", "manifest.yml");

  private static final List<String> BOT_SCOPES = readBotScopes();

  private Manifest() {}

  /** The scopes listed under {@code oauth_config: scopes: bot:}, in order. */
  public static List<String> botScopes() {
    return BOT_SCOPES;
  }

  /**
   * Reads the one list it needs line by line, as the tests have no YAML parser: the list items
   * after the {@code bot:} key of {@code oauth_config.scopes}, skipping comments.
   */
  private static List<String> readBotScopes() {
    List<String> path = List.of("oauth_config:", "scopes:", "bot:");
    List<String> scopes = new ArrayList<>();
    int found = 0;
    for (String line : lines()) {
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      if (found < path.size()) {
        found += text.equals(path.get(found)) ? 1 : 0;
      } else if (text.startsWith("- ")) {
        scopes.add(text.substring(2).strip());
      } else {
        break;
      }
    }
    if (scopes.isEmpty()) {
      throw new IllegalStateException("no bot scopes found in " + FILE.toAbsolutePath());
    }
    return List.copyOf(scopes);
  }

  private static List<String> lines() {
    try {
      return Files.readAllLines(FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
