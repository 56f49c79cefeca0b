package org.commonground.bot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.commonground.bot.demo.Demo;
import org.commonground.storage.Database;
import org.commonground.storage.DatabaseSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo}: the whole weekly round offline, on a throw-away embedded database. */
@Command(
    name = "demo",
    description =
        "Generate a network, run one round on an embedded database and print the digests."
            + " Needs no Slack tokens and no network.")
final class DemoCommand implements Callable<Integer> {

  @Option(
      names = "--members",
      description = "How many members to generate (default ${DEFAULT-VALUE}).",
      defaultValue = "300")
  int members;

  @Option(
      names = "--seed",
      description = "Seed of the generated network (default ${DEFAULT-VALUE}).",
      defaultValue = "42")
  long seed;

  @Option(
      names = "--digests",
      description = "How many digests to print (default ${DEFAULT-VALUE}).",
      defaultValue = "3")
  int digests;

  @Override
  public Integer call() throws IOException {
    if (members < 2 || members > 100_000 || digests < 0) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(this), "--members must be 2 to 100000 and --digests 0 or more");
    }
    Path folder = Files.createTempDirectory("commonground-demo");
    try (Database database =
        Database.open(
            new DatabaseSettings(
                DatabaseSettings.h2FileUrl(folder.resolve("demo").toString()), "", "", 4))) {
      Demo.run(
          database,
          Clock.systemDefaultZone(),
          System.out,
          members,
          seed,
          digests,
          System.console() != null);
    } finally {
      deleteRecursively(folder);
    }
    return 0;
  }

  private static void deleteRecursively(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
