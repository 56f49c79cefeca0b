package org.commonground.bot.console;

import java.io.IOException;

/** One page of the console, at {@link #path()} under {@code /admin}, for signed-in admins. */
public interface ConsolePage {

  /** Where the page is under {@code /admin}: {@code ""} for the overview, {@code "/schedule"}. */
  String path();

  void get(ConsoleRequest request) throws IOException;

  /** A form sent to the page; its CSRF token has been checked already. */
  default void post(ConsoleRequest request) throws IOException {
    request.refuseMethod("GET");
  }
}
