package org.commonground.bot.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.OptionHelper;
import java.util.Map;

/**
 * The app's logging, set up in code rather than from a {@code logback.xml}: parsing the XML took
 * about a tenth of the start-up, before anything else could log. {@code LOG_FORMAT} picks the one
 * appender, {@code text} (the default) for people or {@code json} for log collectors, one object
 * per line. Found by logback through {@code META-INF/services}; a {@code
 * -Dlogback.configurationFile}, or a {@code logback-test.xml} on the class path (the tests'), still
 * takes precedence, as it would over a {@code logback.xml}.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogConfigurator extends ContextAwareBase implements Configurator {

  private static final String TEXT_PATTERN =
      "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

  /** Libraries that say too much at INFO; Bolt's request parser logs whole request bodies. */
  private static final Map<String, Level> QUIETER =
      Map.of(
          "org.eclipse.jetty", Level.WARN,
          "org.flywaydb", Level.WARN,
          "com.zaxxer.hikari", Level.WARN,
          "com.slack.api", Level.WARN,
          "com.slack.api.bolt.util.SlackRequestParser", Level.OFF);

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (OptionHelper.getSystemProperty("logback.configurationFile") != null
        || LogConfigurator.class.getClassLoader().getResource("logback-test.xml") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    setUp(context);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /** Sets {@code context} up as the app logs, whatever else the class path holds. */
  public static void setUp(LoggerContext context) {
    boolean json = "json".equals(OptionHelper.propertyLookup("LOG_FORMAT", context, null));
    ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
    appender.setContext(context);
    appender.setName(json ? "json" : "text");
    appender.setEncoder(json ? json(context) : text(context));
    appender.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    root.addAppender(appender);
    QUIETER.forEach((name, level) -> context.getLogger(name).setLevel(level));
  }

  private static Encoder<ILoggingEvent> text(LoggerContext context) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(TEXT_PATTERN);
    encoder.start();
    return encoder;
  }

  private static Encoder<ILoggingEvent> json(LoggerContext context) {
    JsonEncoder encoder = new JsonEncoder();
    encoder.setContext(context);
    encoder.setWithSequenceNumber(false);
    encoder.setWithNanoseconds(false);
    encoder.setWithContext(false);
    encoder.setWithMessage(false);
    encoder.setWithArguments(false);
    encoder.setWithFormattedMessage(true);
    encoder.start();
    return encoder;
  }
}
