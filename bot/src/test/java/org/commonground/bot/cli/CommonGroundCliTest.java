package org.commonground.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.commonground.bot.testing.CapturedOutput;
import org.commonground.storage.Database;
import org.commonground.storage.DatabaseSettings;
import org.commonground.storage.tags.TagCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CommonGroundCliTest {

  @RegisterExtension final CapturedOutput output = new CapturedOutput();

  @Test
  void helpListsSubcommandsAndEveryVariable() {
    int exit = CommonGroundCli.run(new String[] {"--help"}, Map.of());

    assertThat(exit).isZero();
    assertThat(output.out())
        .contains(
            "serve",
            "SLACK_BOT_TOKEN",
            "SLACK_SIGNING_SECRET",
            "DATABASE_URL",
            "DIGEST_CRON",
            "INTRO_CHANNEL");
  }

  @Test
  void serveWithoutASigningSecretExitsWithOneLineSayingWhereToFindIt() {
    int exit = CommonGroundCli.run(new String[] {"serve"}, Map.of("SLACK_BOT_TOKEN", "xoxb-1-2"));

    assertThat(exit).isEqualTo(2);
    String message = output.err();
    assertThat(message.lines()).hasSize(1);
    assertThat(message).contains("SLACK_SIGNING_SECRET", "Basic Information");
  }

  @Test
  void serveWithAMalformedPortNamesTheVariable() {
    int exit =
        CommonGroundCli.run(
            new String[] {"serve"},
            Map.of("SLACK_BOT_TOKEN", "xoxb-1-2", "SLACK_SIGNING_SECRET", "s", "PORT", "eighty"));

    assertThat(exit).isEqualTo(2);
    assertThat(output.err()).startsWith("commonground: PORT 'eighty'");
  }

  @Test
  void backupWritesAZipThatRestoresTheDatabase(@TempDir Path folder) throws Exception {
    String url = DatabaseSettings.h2FileUrl(folder.resolve("live/commonground").toString());
    try (Database database = Database.open(new DatabaseSettings(url, "", "", 2))) {
      new TagCatalogue(database.jdbi(), Clock.systemUTC())
          .add("U0ADMIN", "Fuel poverty", "Communities & places", "");
    }
    Path zip = folder.resolve("backup.zip");

    int exit =
        CommonGroundCli.run(new String[] {"backup", zip.toString()}, Map.of("DATABASE_URL", url));

    assertThat(exit).isZero();
    assertThat(output.out()).contains("Backed up", "backup.zip");
    String restored = unzip(zip, folder.resolve("restored"));
    try (Database database = Database.open(new DatabaseSettings(restored, "", "", 2))) {
      assertThat(new TagCatalogue(database.jdbi(), Clock.systemUTC()).findByName("Fuel poverty"))
          .isPresent();
    }
  }

  @Test
  void backupRefusesPostgresAndMissingDatabasesWithOneLine(@TempDir Path folder) {
    int postgres =
        CommonGroundCli.run(
            new String[] {"backup", folder.resolve("a.zip").toString()},
            Map.of("DATABASE_URL", "jdbc:postgresql://db/commonground"));
    int missing =
        CommonGroundCli.run(
            new String[] {"backup", folder.resolve("b.zip").toString()},
            Map.of("DATABASE_URL", DatabaseSettings.h2FileUrl(folder.resolve("none").toString())));

    assertThat(postgres).isEqualTo(2);
    assertThat(missing).isEqualTo(1);
    assertThat(output.err().lines())
        .containsExactly(
            "commonground: DATABASE_URL is a PostgreSQL database: back it up with pg_dump, e.g."
                + " pg_dump --format=custom --file=commonground.dump <database>",
            "commonground: there is no database at DATABASE_URL");
    assertThat(folder.resolve("b.zip")).doesNotExist();
  }

  /** Unzips the backup into {@code folder} and returns the URL of the database in it. */
  private static String unzip(Path zip, Path folder) throws IOException {
    Files.createDirectories(folder);
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        Files.copy(in, folder.resolve(Path.of(entry.getName()).getFileName()));
      }
    }
    return DatabaseSettings.h2FileUrl(folder.resolve("commonground").toString());
  }

  @Test
  void anUnknownSubcommandFailsWithUsage() {
    int exit = CommonGroundCli.run(new String[] {"launch"}, Map.of());

    assertThat(exit).isNotZero();
    assertThat(output.err()).contains("launch");
  }
}
