package org.commonground.bot.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Real Slack payloads and responses kept under {@code src/test/resources/slack-samples}. */
public final class Samples {

  private Samples() {}

  public static String text(String name) {
    try (InputStream in = Samples.class.getResourceAsStream("/slack-samples/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
