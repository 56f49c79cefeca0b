package org.commonground.bot.teams.manifest;

import com.google.gson.GsonBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The zip a tenant admin uploads to Teams: {@code manifest.json} and its two icons, all at the
 * zip's root, where Teams looks for them.
 */
public final class AppPackage {

  private AppPackage() {}

  /** The package's bytes, made whole in memory so that a failure never leaves half a file. */
  public static byte[] zip(AppListing listing) {
    String manifest =
        new GsonBuilder()
            .setPrettyPrinting()
            .disableHtmlEscaping()
            .create()
            .toJson(TeamsAppManifest.json(listing));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      add(zip, "manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
      add(zip, AppIcons.COLOR_FILE, AppIcons.color());
      add(zip, AppIcons.OUTLINE_FILE, AppIcons.outline());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
  }
}
