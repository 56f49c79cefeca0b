package org.commonground.bot.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What an operator watches, served in Prometheus's text format at {@code GET /metrics}. Each
 * replica reports its own requests and deliveries; the gauges about the latest round are read from
 * the shared database, so every replica reports the same figures for them.
 */
public final class AppMetrics {

  /** Slack shows the user an error when a request is not acknowledged within three seconds. */
  static final Duration SLOW_ACK = Duration.ofSeconds(1);

  private static final Duration[] LATENCY_BUCKETS = {
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    SLOW_ACK,
    Duration.ofSeconds(3)
  };

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  private final List<Object> watched = new CopyOnWriteArrayList<>();

  public AppMetrics() {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  /** One Slack request answered: its kind, how it ended, and how long the answer took. */
  public void request(String kind, String outcome, Duration took) {
    Timer.builder("commonground.slack.requests")
        .description("Slack requests answered, by kind and outcome")
        .tags("kind", kind, "outcome", outcome)
        .serviceLevelObjectives(LATENCY_BUCKETS)
        .register(registry)
        .record(took);
    if (took.compareTo(SLOW_ACK) > 0) {
      Counter.builder("commonground.slack.acks.slow")
          .description("Slack requests answered after more than one second")
          .tag("kind", kind)
          .register(registry)
          .increment();
    }
  }

  /** Slack answered a Web API call with 429 and {@code Retry-After}. */
  public void rateLimited(String method) {
    Counter.builder("commonground.slack.ratelimited")
        .description("Web API calls Slack refused with 429, by method")
        .tag("method", method)
        .register(registry)
        .increment();
  }

  /**
   * The pace of everything the app posts on {@code pace}'s platform, in messages a minute, and how
   * many calls that platform refused with 429, read when scraped.
   */
  public void watchPace(String platform, DoubleSupplier perMinute, LongSupplier refusals) {
    // Micrometer reads through weak references: figures nobody else holds must not vanish.
    watched.add(perMinute);
    watched.add(refusals);
    Gauge.builder("commonground.delivery.pace", perMinute, DoubleSupplier::getAsDouble)
        .description("Messages a minute the app posts at now, by platform")
        .tag("platform", platform)
        .register(registry);
    FunctionCounter.builder("commonground.delivery.ratelimited", refusals, LongSupplier::getAsLong)
        .description("Calls a platform refused with 429, by platform")
        .tag("platform", platform)
        .register(registry);
  }

  /** What one delivery pass of the weekly round achieved. */
  public void digests(int delivered, int failed) {
    Counter.builder("commonground.digests.delivered")
        .description("Digests posted (including ones found posted after a crash)")
        .register(registry)
        .increment(delivered);
    Counter.builder("commonground.digests.failed")
        .description("Digests given up on")
        .register(registry)
        .increment(failed);
  }

  /** How long a run of the weekly round took, computing it (if needed) and delivering it. */
  public void roundRan(Duration took) {
    Timer.builder("commonground.round.duration")
        .description("Runs of the weekly round, from computing the pairs to the last digest")
        .register(registry)
        .record(took);
  }

  /** Figures of the latest round, read when scraped. */
  public void watchLatestRound(
      Supplier<Number> eligible, Supplier<Number> matched, Supplier<Number> pending) {
    gauge("commonground.round.eligible", "Members eligible in the latest round", eligible);
    gauge("commonground.round.matched", "Members matched in the latest round", matched);
    gauge("commonground.digests.pending", "Digests of the latest round not yet sent", pending);
  }

  private void gauge(String name, String description, Supplier<Number> value) {
    Gauge.builder(name, value).description(description).register(registry);
  }

  /** Everything, in Prometheus's text exposition format. */
  public String scrape() {
    return registry.scrape();
  }
}
