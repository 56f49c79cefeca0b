package org.commonground.bot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.Callable;
import org.commonground.bot.config.Settings;
import org.commonground.bot.config.SettingsException;
import org.commonground.storage.DatabaseSettings;
import org.commonground.storage.EmbeddedBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code backup}: copies the embedded database into a zip file. */
@Command(
    name = "backup",
    description =
        "Copy the embedded H2 database at DATABASE_URL into a zip file. Stop the app first: the"
            + " file is open while it runs. For PostgreSQL use pg_dump.")
final class BackupCommand implements Callable<Integer> {

  private static final int FAILED = 1;

  @Parameters(paramLabel = "FILE.zip", description = "Where to write the backup (a new file).")
  Path target;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  private final Map<String, String> env;

  BackupCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    DatabaseSettings database = Settings.fromEnvironment(env).database();
    if (database.isPostgres()) {
      throw new SettingsException(
          "DATABASE_URL is a PostgreSQL database: back it up with pg_dump, e.g."
              + " pg_dump --format=custom --file=commonground.dump <database>");
    }
    if (Files.exists(target)) {
      return fail(target + " exists already: choose a new file name");
    }
    try {
      EmbeddedBackup.write(database, target);
    } catch (SQLException e) {
      return fail(reason(e));
    }
    spec.commandLine().getOut().println("Backed up the database to " + target.toAbsolutePath());
    return 0;
  }

  private static String reason(SQLException e) {
    return switch (e.getErrorCode()) {
      case EmbeddedBackup.IN_USE ->
          "the database is open in a running app: stop it first (every commit is already on"
              + " disk, so stopping loses nothing), then run backup again";
      case EmbeddedBackup.NOT_FOUND -> "there is no database at DATABASE_URL";
      default -> "the backup failed: " + e.getMessage().lines().findFirst().orElse("");
    };
  }

  private int fail(String message) {
    spec.commandLine().getErr().println("commonground: " + message);
    return FAILED;
  }
}
