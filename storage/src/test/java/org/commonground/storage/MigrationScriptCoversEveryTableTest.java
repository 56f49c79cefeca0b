package org.commonground.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonground.storage.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code scripts/h2-to-postgres.sh} refuses an H2 file with a table it doesn't know, so a migration
 * that adds a table without adding it to the script would stop every operator's move to PostgreSQL.
 * This keeps the two in step.
 */
class MigrationScriptCoversEveryTableTest {

  private static final Path SCRIPT = Path.of("..", "scripts", "h2-to-postgres.sh");

  @RegisterExtension final TestDatabase db = TestDatabase.h2();

  @Test
  void everyTableIsEitherCopiedOrDeliberatelyLeftBehind() throws IOException {
    String script = Files.readString(SCRIPT);
    List<String> listed =
        Stream.concat(array(script, "tables").stream(), array(script, "not_copied").stream())
            .toList();

    List<String> tables =
        db.database()
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT table_name FROM information_schema.tables"
                                + " WHERE table_schema = 'public'")
                        .mapTo(String.class)
                        .list());

    assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(tables);
  }

  private static List<String> array(String script, String name) {
    Matcher matcher = Pattern.compile("(?m)^" + name + "=\\(([^)]*)\\)").matcher(script);
    assertThat(matcher.find()).as(name + "=(…) in " + SCRIPT).isTrue();
    return Arrays.stream(matcher.group(1).trim().split("\\s+")).toList();
  }
}
