package org.commonground.bot.config;

/** A missing or malformed setting, with a message that names the variable and what to do. */
public final class SettingsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SettingsException(String message) {
    super(message);
  }
}
