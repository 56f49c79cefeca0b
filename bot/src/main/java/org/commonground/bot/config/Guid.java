package org.commonground.bot.config;

import java.util.regex.Pattern;

/** Entra's ids: App IDs and tenant ids are GUIDs, in either case. */
public final class Guid {

  /** What to show someone who typed something else. */
  public static final String EXAMPLE = "00000000-0000-0000-0000-000000000000";

  private static final Pattern GUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private Guid() {}

  public static boolean is(String text) {
    return GUID.matcher(text).matches();
  }
}
