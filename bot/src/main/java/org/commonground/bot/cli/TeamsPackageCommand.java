package org.commonground.bot.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.commonground.bot.config.TeamsSettings;
import org.commonground.bot.teams.manifest.AppListing;
import org.commonground.bot.teams.manifest.AppPackage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code teams-package}: writes the app package a tenant admin uploads to Teams. */
@Command(
    name = "teams-package",
    description =
        "Write the Teams app package (manifest.json and two icons) for the bot whose App ID is"
            + " TEAMS_APP_ID. Needs no client secret and no network.")
final class TeamsPackageCommand implements Callable<Integer> {

  private static final int FAILED = 1;
  private static final String DEFAULT_LINK = "https://github.com/commonground";

  @Option(
      names = "--out",
      paramLabel = "FILE.zip",
      description = "Where to write the package (default ${DEFAULT-VALUE}).",
      defaultValue = "commonground-teams.zip")
  Path target;

  @Option(names = "--force", description = "Replace the file if it exists.")
  boolean force;

  @Option(
      names = "--domain",
      paramLabel = "HOST",
      converter = HostName.class,
      description = "A host the app may open links to in Teams, e.g. example.org; repeatable.")
  List<String> domains = List.of();

  @Option(
      names = "--website",
      converter = HttpsUrl.class,
      defaultValue = DEFAULT_LINK,
      description = "The network's website, shown on the app's page (default ${DEFAULT-VALUE}).")
  String website;

  @Option(
      names = "--privacy-url",
      converter = HttpsUrl.class,
      defaultValue = DEFAULT_LINK,
      description =
          "Your privacy notice; set your own, as Teams shows it to every member"
              + " (default ${DEFAULT-VALUE}).")
  String privacyUrl;

  @Option(
      names = "--terms-url",
      converter = HttpsUrl.class,
      defaultValue = DEFAULT_LINK,
      description = "Your terms of use; set your own (default ${DEFAULT-VALUE}).")
  String termsUrl;

  @Spec CommandSpec spec;

  private final Map<String, String> env;

  TeamsPackageCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    AppListing listing =
        new AppListing(
            TeamsSettings.appId(env),
            ReleaseVersion.numbers(),
            new AppListing.Developer("Common Ground", website, privacyUrl, termsUrl),
            domains);
    byte[] zip = AppPackage.zip(listing);
    try {
      Files.write(target, zip, openOptions());
    } catch (FileAlreadyExistsException e) {
      spec.commandLine()
          .getErr()
          .println(
              "commonground: " + target + " exists already: choose another --out or add --force");
      return FAILED;
    }
    spec.commandLine()
        .getOut()
        .println(
            "Wrote "
                + target
                + ": upload it in Teams admin center > Manage apps > Upload, or in Teams > Apps >"
                + " Manage your apps > Upload an app.");
    return 0;
  }

  /** Without {@code --force}, creating the file fails if it exists, so nothing is overwritten. */
  private StandardOpenOption[] openOptions() {
    return force
        ? new StandardOpenOption[] {
          StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE
        }
        : new StandardOpenOption[] {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE};
  }
}
