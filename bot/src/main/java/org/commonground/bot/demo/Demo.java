package org.commonground.bot.demo;

import java.io.PrintStream;
import java.time.Clock;
import org.commonground.storage.Database;

/** Entry to the offline demo for the command line. */
public final class Demo {

  private Demo() {}

  public static void run(
      Database database,
      Clock clock,
      PrintStream out,
      int members,
      long seed,
      int digests,
      boolean ansi) {
    new DemoRound(database, clock, out).run(new DemoRound.Options(members, seed, digests, ansi));
  }
}
