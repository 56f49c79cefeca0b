package org.commonground.bot.testing;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.joran.spi.JoranException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.commonground.bot.config.LogConfigurator;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Every log event the app writes during a test, with logging set up as the app sets it up ({@link
 * LogConfigurator}, not the tests' quieter-or-louder {@code logback-test.xml}), so that what is
 * captured is what production would write. Register it before {@link RunningApp} so start-up is
 * captured too.
 */
public final class CapturedLogs implements BeforeEachCallback, AfterEachCallback {

  private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();
  private final AppenderBase<ILoggingEvent> appender =
      new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
          event.prepareForDeferredProcessing();
          events.add(event);
        }
      };

  @Override
  public void beforeEach(ExtensionContext context) {
    loggerContext().reset();
    LogConfigurator.setUp(loggerContext());
    appender.setContext(loggerContext());
    appender.start();
    root().addAppender(appender);
  }

  @Override
  public void afterEach(ExtensionContext context) throws JoranException {
    root().detachAppender(appender);
    appender.stop();
    configure("/logback-test.xml");
  }

  private static void configure(String resource) throws JoranException {
    LoggerContext loggerContext = loggerContext();
    loggerContext.reset();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(loggerContext);
    configurator.doConfigure(CapturedLogs.class.getResource(resource));
  }

  public List<ILoggingEvent> events() {
    return List.copyOf(events);
  }

  /** Events logged by classes whose name starts with {@code prefix}. */
  public List<ILoggingEvent> from(String prefix) {
    return events.stream().filter(e -> e.getLoggerName().startsWith(prefix)).toList();
  }

  /**
   * Every captured event as the app would write it: with the text appender's own encoder, and as
   * JSON with every field the JSON encoder can write (arguments and context included).
   */
  public List<String> written() {
    @SuppressWarnings("unchecked")
    Encoder<ILoggingEvent> text =
        ((OutputStreamAppender<ILoggingEvent>) root().getAppender("text")).getEncoder();
    JsonEncoder json = new JsonEncoder();
    json.setContext(loggerContext());
    json.start();
    return events.stream()
        .flatMap(event -> Stream.of(text.encode(event), json.encode(event)))
        .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
        .toList();
  }

  static LoggerContext loggerContext() {
    return (LoggerContext) LoggerFactory.getILoggerFactory();
  }

  private static Logger root() {
    return loggerContext().getLogger(Logger.ROOT_LOGGER_NAME);
  }
}
