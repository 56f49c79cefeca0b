package org.commonground.bot;

import org.commonground.bot.cli.CommonGroundCli;

/** Entry point of {@code commonground.jar}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(CommonGroundCli.run(args, System.getenv()));
  }
}
