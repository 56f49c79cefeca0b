package org.commonground.bot.bench;

import java.time.Duration;
import java.util.Arrays;

/** Response times of one measured run, and what came back. */
record Latencies(long[] nanos, int failures, Duration took) {

  int count() {
    return nanos.length;
  }

  double perSecond() {
    return nanos.length / (took.toNanos() / 1e9);
  }

  /** The {@code p}-th percentile in milliseconds, e.g. {@code percentile(99)}. */
  double percentile(double p) {
    if (nanos.length == 0) {
      return Double.NaN;
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }

  double maxMillis() {
    return Arrays.stream(nanos).max().orElse(0) / 1e6;
  }
}
