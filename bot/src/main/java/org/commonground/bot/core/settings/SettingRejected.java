package org.commonground.bot.core.settings;

/**
 * An admin's change to the network's settings that was refused, and nothing changed. The message is
 * a sentence for the admin saying what is wrong and how to put it right.
 */
public final class SettingRejected extends Exception {

  public SettingRejected(String message) {
    super(message);
  }
}
