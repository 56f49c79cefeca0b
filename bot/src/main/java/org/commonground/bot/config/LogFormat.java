package org.commonground.bot.config;

/**
 * How the app writes its log: {@link LogConfigurator} reads {@code LOG_FORMAT} itself, as logging
 * starts before the settings are read; the settings check the value so a typo stops the app with a
 * clear message instead of silencing its log.
 */
public enum LogFormat {
  TEXT,
  JSON
}
