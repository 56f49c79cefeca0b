package org.commonground.bot.core.curation;

/**
 * An admin command or form that cannot be carried out as given. The message is shown to the admin
 * as it stands (Slack mrkdwn, user text already escaped), so nothing changes and no stack trace is
 * ever shown.
 */
public final class CommandException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CommandException(String message) {
    super(message);
  }
}
