package org.commonground.bot.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import org.commonground.bot.config.LogConfigurator;
import org.junit.jupiter.api.Test;

/** The app's logging, set up in a logging context of its own, as {@code LOG_FORMAT} sets it. */
class LogFormatTest {

  @Test
  void jsonWritesOneObjectPerLineWithLevelLoggerMessageAndStackTrace() {
    LoggerContext context = configured("json");
    LoggingEvent event =
        event(
            context,
            Level.WARN,
            "Digest {} not delivered",
            42,
            new IllegalStateException("Slack said no"));

    String[] lines = written(context, "json", event).split("\n");
    assertThat(lines).hasSize(1);
    JsonObject line = JsonParser.parseString(lines[0]).getAsJsonObject();
    assertThat(line.get("level").getAsString()).isEqualTo("WARN");
    assertThat(line.get("loggerName").getAsString()).isEqualTo("org.commonground.bot.Example");
    assertThat(line.get("formattedMessage").getAsString()).isEqualTo("Digest 42 not delivered");
    assertThat(line.getAsJsonObject("throwable").get("message").getAsString())
        .isEqualTo("Slack said no");
  }

  @Test
  void textIsForPeopleAndIsTheDefault() {
    LoggerContext context = configured(null);
    LoggingEvent event = event(context, Level.INFO, "Round {} computed", "2026-W48", null);

    assertThat(written(context, "text", event))
        .matches("\\d{4}-\\d\\d-\\d\\d [\\d:.]+ INFO .*Example - Round 2026-W48 computed\\n");
    assertThat(root(context).getAppender("json")).isNull();
  }

  private static LoggerContext configured(String format) {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter());
    if (format != null) {
      context.putProperty("LOG_FORMAT", format);
    }
    LogConfigurator.setUp(context);
    return context;
  }

  private static LoggingEvent event(
      LoggerContext context, Level level, String message, Object argument, Throwable thrown) {
    Logger logger = context.getLogger("org.commonground.bot.Example");
    return new LoggingEvent(
        Logger.class.getName(), logger, level, message, thrown, new Object[] {argument});
  }

  /** The event as the named appender, which must be the one in use, writes it. */
  private static String written(LoggerContext context, String appender, LoggingEvent event) {
    @SuppressWarnings("unchecked")
    OutputStreamAppender<ILoggingEvent> inUse =
        (OutputStreamAppender<ILoggingEvent>) root(context).getAppender(appender);
    return new String(inUse.getEncoder().encode(event), StandardCharsets.UTF_8);
  }

  private static Logger root(LoggerContext context) {
    return context.getLogger(Logger.ROOT_LOGGER_NAME);
  }
}
