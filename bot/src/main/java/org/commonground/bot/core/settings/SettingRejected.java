package org.commonground.bot.core.settings;

import java.util.Optional;

/**
 * An admin's change to the network's settings that was refused, and nothing changed. The message is
 * a sentence for the admin saying what is wrong and how to put it right; {@link #part()} names the
 * part of a setting of several that is wrong, so a form can show the message beside it.
 */
public final class SettingRejected extends Exception {

  private final String part;

  public SettingRejected(String message) {
    this(null, message);
  }

  public SettingRejected(String part, String message) {
    super(message);
    this.part = part;
  }

  public Optional<String> part() {
    return Optional.ofNullable(part);
  }
}
