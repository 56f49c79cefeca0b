package org.commonground.bot;

import org.commonground.bot.cli.CommandLine;

/** Entry point of {@code commonground.jar}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(CommandLine.run(args, System.getenv()));
  }
}
