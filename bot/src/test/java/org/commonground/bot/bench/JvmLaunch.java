package org.commonground.bot.bench;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How a cold start launches the jar: plain {@code java -jar}, or as the container image does, with
 * the Dockerfile's own {@code ENTRYPOINT} flags and a class-data archive trained by the script the
 * image build runs, both on this machine's JDK.
 */
record JvmLaunch(String name, List<String> command) {

  private static final Path DOCKERFILE = Path.of("..", "Dockerfile");
  private static final Path TRAINING = Path.of("..", "scripts", "class-data-archive.sh");
  private static final String IMAGE_APP = "/app/";

  static JvmLaunch plain(Path jar) {
    return new JvmLaunch("java -jar", List.of(java(), "-jar", jar.toString()));
  }

  /**
   * The image's launch with {@code /app/} moved to {@code folder/app/}: the jar is copied there and
   * its archive trained there, since an archive belongs to its jar's path.
   */
  static JvmLaunch asTheImage(Path jar, Path folder) throws IOException, InterruptedException {
    Path app = Files.createDirectories(folder.resolve("app"));
    List<String> command = new ArrayList<>();
    for (String word : entrypoint()) {
      command.add(word.replace(IMAGE_APP, app.toAbsolutePath() + "/"));
    }
    command.set(0, java());
    Path copy = app.resolve("commonground.jar");
    Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
    train(copy, app.resolve("commonground.jsa"), folder.resolve("training.log"));
    return new JvmLaunch("image (" + String.join(" ", entrypoint().subList(1, 3)) + ")", command);
  }

  /** The words of the Dockerfile's exec-form {@code ENTRYPOINT}. */
  private static List<String> entrypoint() throws IOException {
    String line =
        Files.readAllLines(DOCKERFILE).stream()
            .filter(l -> l.startsWith("ENTRYPOINT ["))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no ENTRYPOINT in " + DOCKERFILE));
    List<String> words = new ArrayList<>();
    JsonParser.parseString(line.substring("ENTRYPOINT".length()))
        .getAsJsonArray()
        .forEach(word -> words.add(word.getAsString()));
    return words;
  }

  private static void train(Path jar, Path archive, Path log)
      throws IOException, InterruptedException {
    ProcessBuilder training =
        new ProcessBuilder("sh", TRAINING.toString(), jar.toString(), archive.toString());
    training.environment().put("JAVA", java());
    training.redirectErrorStream(true).redirectOutput(log.toFile());
    Process process = training.start();
    if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException("training the class-data archive failed: see " + log);
    }
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
