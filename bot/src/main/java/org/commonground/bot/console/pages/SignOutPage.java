package org.commonground.bot.console.pages;

import java.io.IOException;
import org.commonground.bot.console.ConsolePage;
import org.commonground.bot.console.ConsoleRequest;

/** {@code POST /admin/sign-out}: ends the session on every replica. */
public final class SignOutPage implements ConsolePage {

  @Override
  public String path() {
    return "/sign-out";
  }

  @Override
  public void get(ConsoleRequest request) throws IOException {
    request.refuseMethod("POST");
  }

  @Override
  public void post(ConsoleRequest request) {
    request.signOut();
  }
}
