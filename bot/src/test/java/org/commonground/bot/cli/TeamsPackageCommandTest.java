package org.commonground.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.commonground.bot.testing.CapturedOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a tenant admin gets from {@code teams-package}: a zip Teams accepts on upload. The limits
 * are those of Teams' manifest schema 1.17 (MicrosoftTeams.schema.json), which the admin center
 * checks the package against.
 */
class TeamsPackageCommandTest {

  private static final String APP_ID = "8f0e4d2a-1b3c-4d5e-9f60-718293a4b5c6";
  private static final Map<String, String> ENV = Map.of("TEAMS_APP_ID", APP_ID);

  private static final int NAME_SHORT_MAX = 30;
  private static final int NAME_FULL_MAX = 100;
  private static final int DESCRIPTION_SHORT_MAX = 80;
  private static final int DESCRIPTION_FULL_MAX = 4000;
  private static final int COMMAND_TITLE_MAX = 32;
  private static final int COMMAND_DESCRIPTION_MAX = 128;
  private static final int COMMANDS_PER_LIST_MAX = 10;

  @RegisterExtension final CapturedOutput output = new CapturedOutput();

  @TempDir Path folder;

  @Test
  void writesAManifestForTheBotWithItsCommandsAndSaysWhereToUploadIt() throws IOException {
    Path zip = folder.resolve("commonground-teams.zip");

    int exit = run(ENV, "--out", zip.toString(), "--domain", "example.org");

    assertThat(exit).isZero();
    assertThat(output.out().lines())
        .containsExactly(
            "Wrote "
                + zip
                + ": upload it in Teams admin center > Manage apps > Upload, or in Teams > Apps >"
                + " Manage your apps > Upload an app.");
    Map<String, byte[]> files = unzip(zip);
    assertThat(files).containsOnlyKeys("manifest.json", "color.png", "outline.png");
    JsonObject manifest = manifest(files);
    assertThat(manifest.get("$schema").getAsString())
        .isEqualTo(
            "https://developer.microsoft.com/en-us/json-schemas/teams/v1.17/MicrosoftTeams.schema.json");
    assertThat(manifest.get("manifestVersion").getAsString()).isEqualTo("1.17");
    assertThat(manifest.get("id").getAsString()).isEqualTo(APP_ID);
    assertThat(manifest.get("version").getAsString()).matches("\\d+\\.\\d+\\.\\d+");
    JsonObject bot = manifest.getAsJsonArray("bots").get(0).getAsJsonObject();
    assertThat(bot.get("botId").getAsString()).isEqualTo(APP_ID);
    assertThat(strings(bot.getAsJsonArray("scopes"))).containsExactly("personal", "team");
    assertThat(commandTitles(bot))
        .containsExactly("introduce", "introduce help", "introduce export", "introduce delete");
    assertThat(strings(manifest.getAsJsonArray("permissions")))
        .containsExactly("identity", "messageTeamMembers");
    assertThat(strings(manifest.getAsJsonArray("validDomains"))).containsExactly("example.org");
    assertThat(manifest.get("accentColor").getAsString()).matches("#[0-9A-Fa-f]{6}");
  }

  @Test
  void everyTextIsWithinTeamsLimitsAndEveryLinkIsHttps() throws IOException {
    JsonObject manifest = manifest(unzip(written()));

    JsonObject name = manifest.getAsJsonObject("name");
    assertThat(name.get("short").getAsString())
        .isNotBlank()
        .hasSizeLessThanOrEqualTo(NAME_SHORT_MAX);
    assertThat(name.get("full").getAsString()).hasSizeLessThanOrEqualTo(NAME_FULL_MAX);
    JsonObject description = manifest.getAsJsonObject("description");
    assertThat(description.get("short").getAsString())
        .isNotBlank()
        .hasSizeLessThanOrEqualTo(DESCRIPTION_SHORT_MAX);
    assertThat(description.get("full").getAsString())
        .contains("organisations", "challenges", "Every week")
        .hasSizeLessThanOrEqualTo(DESCRIPTION_FULL_MAX);
    JsonObject developer = manifest.getAsJsonObject("developer");
    assertThat(developer.get("name").getAsString()).isEqualTo("Common Ground");
    for (String link : List.of("websiteUrl", "privacyUrl", "termsOfUseUrl")) {
      assertThat(developer.get(link).getAsString()).startsWith("https://");
    }
    for (JsonElement list : bot(manifest).getAsJsonArray("commandLists")) {
      JsonArray commands = list.getAsJsonObject().getAsJsonArray("commands");
      assertThat(commands).hasSizeLessThanOrEqualTo(COMMANDS_PER_LIST_MAX);
      for (JsonElement command : commands) {
        assertThat(command.getAsJsonObject().get("title").getAsString())
            .hasSizeLessThanOrEqualTo(COMMAND_TITLE_MAX);
        assertThat(command.getAsJsonObject().get("description").getAsString())
            .isNotBlank()
            .hasSizeLessThanOrEqualTo(COMMAND_DESCRIPTION_MAX);
      }
    }
    assertThat(manifest.getAsJsonArray("validDomains")).isEmpty();
  }

  @Test
  void theIconsHaveTheSizesTeamsWantsAndTheOutlineIsWhiteOnTransparent() throws IOException {
    Map<String, byte[]> files = unzip(written());
    JsonObject icons = manifest(files).getAsJsonObject("icons");

    BufferedImage color = image(files.get(icons.get("color").getAsString()));
    BufferedImage outline = image(files.get(icons.get("outline").getAsString()));

    assertThat(color.getWidth()).isEqualTo(192);
    assertThat(color.getHeight()).isEqualTo(192);
    assertThat(outline.getWidth()).isEqualTo(32);
    assertThat(outline.getHeight()).isEqualTo(32);
    int drawn = 0;
    for (int y = 0; y < 32; y++) {
      for (int x = 0; x < 32; x++) {
        int argb = outline.getRGB(x, y);
        boolean transparent = argb >>> 24 == 0;
        assertThat(transparent || (argb & 0xFFFFFF) == 0xFFFFFF)
            .as("pixel %d,%d is %08x", x, y, argb)
            .isTrue();
        drawn += transparent ? 0 : 1;
      }
    }
    assertThat(drawn).as("the outline draws something").isGreaterThan(50);
  }

  @Test
  void withoutTeamsAppIdItSaysWhichVariableToSetAndWritesNothing() {
    Path zip = folder.resolve("commonground-teams.zip");

    int exit = run(Map.of("TEAMS_APP_PASSWORD", "secret"), "--out", zip.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(output.err().lines()).hasSize(1);
    assertThat(output.err()).startsWith("commonground: TEAMS_APP_ID is not set");
    assertThat(zip).doesNotExist();
  }

  @Test
  void anAppIdThatIsNotAGuidIsRefusedByName() {
    int exit = run(Map.of("TEAMS_APP_ID", "commonground-bot"), "--out", zip().toString());

    assertThat(exit).isEqualTo(2);
    assertThat(output.err().lines()).hasSize(1);
    assertThat(output.err()).contains("TEAMS_APP_ID 'commonground-bot'", "GUID");
  }

  @Test
  void anExistingFileIsLeftAloneUnlessForced() throws IOException {
    Path zip = zip();
    Files.writeString(zip, "last year's package");

    int refused = run(ENV, "--out", zip.toString());

    assertThat(refused).isNotZero();
    assertThat(output.err().lines()).hasSize(1);
    assertThat(output.err()).contains(zip.toString(), "exists already", "--force");
    assertThat(zip).hasContent("last year's package");

    output.reset();
    int forced = run(ENV, "--out", zip.toString(), "--force");

    assertThat(forced).isZero();
    assertThat(unzip(zip)).containsKey("manifest.json");
  }

  @Test
  void aLinkThatIsNotHttpsIsRefusedBeforeAnythingIsWritten() {
    int exit = run(ENV, "--out", zip().toString(), "--privacy-url", "http://example.org/privacy");

    assertThat(exit).isEqualTo(2);
    assertThat(output.err()).contains("--privacy-url", "https");
    assertThat(zip()).doesNotExist();
  }

  private static int run(Map<String, String> env, String... options) {
    String[] args = new String[options.length + 1];
    args[0] = "teams-package";
    System.arraycopy(options, 0, args, 1, options.length);
    return CommonGroundCli.run(args, new HashMap<>(env));
  }

  private Path zip() {
    return folder.resolve("commonground-teams.zip");
  }

  private Path written() {
    assertThat(run(ENV, "--out", zip().toString())).isZero();
    return zip();
  }

  private static Map<String, byte[]> unzip(Path zip) throws IOException {
    Map<String, byte[]> files = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        files.put(entry.getName(), in.readAllBytes());
      }
    }
    return files;
  }

  private static JsonObject manifest(Map<String, byte[]> files) {
    return JsonParser.parseString(new String(files.get("manifest.json"), StandardCharsets.UTF_8))
        .getAsJsonObject();
  }

  private static JsonObject bot(JsonObject manifest) {
    return manifest.getAsJsonArray("bots").get(0).getAsJsonObject();
  }

  private static List<String> commandTitles(JsonObject bot) {
    JsonObject personal = bot.getAsJsonArray("commandLists").get(0).getAsJsonObject();
    assertThat(strings(personal.getAsJsonArray("scopes"))).containsExactly("personal");
    return personal.getAsJsonArray("commands").asList().stream()
        .map(command -> command.getAsJsonObject().get("title").getAsString())
        .toList();
  }

  private static List<String> strings(JsonArray array) {
    return array.asList().stream().map(JsonElement::getAsString).toList();
  }

  private static BufferedImage image(byte[] png) throws IOException {
    try (InputStream in = new ByteArrayInputStream(png)) {
      return ImageIO.read(in);
    }
  }
}
