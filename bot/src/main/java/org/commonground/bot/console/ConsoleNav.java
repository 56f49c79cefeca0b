package org.commonground.bot.console;

import java.util.List;

/** The console's sections, in the order its navigation lists them. */
public record ConsoleNav(String path, String label) {

  /** The path every console URL starts with. */
  public static final String ROOT = "/admin";

  static final List<ConsoleNav> SECTIONS =
      List.of(
          new ConsoleNav("", "Overview"),
          new ConsoleNav("/schedule", "Schedule"),
          new ConsoleNav("/admins", "Admins"),
          new ConsoleNav("/places", "Places"),
          new ConsoleNav("/messages", "Messages"),
          new ConsoleNav("/privacy", "Privacy notice"),
          new ConsoleNav("/tags", "Tags"),
          new ConsoleNav("/organisations", "Organisations"),
          new ConsoleNav("/rounds", "Rounds"),
          new ConsoleNav("/impact", "Impact"));
}
