package org.commonground.bot.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * Sends HTTP requests to 127.0.0.1, every run bounded in both count and time: either as fast as
 * {@code connections} clients can (closed loop, for throughput) or at a fixed rate whatever the
 * answers (open loop, for latency: each time is counted from when the request was due, so a slow
 * server cannot hide its queue by slowing the sender).
 */
final class LoadGenerator {

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** As many requests as {@code connections} senders get answered within {@code duration}. */
  Latencies closedLoop(IntFunction<HttpRequest> requests, int connections, Duration duration)
      throws InterruptedException {
    int most = (int) Math.min(Integer.MAX_VALUE / 2, duration.toSeconds() * 50_000);
    AtomicLongArray times = new AtomicLongArray(most);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    long end = System.nanoTime() + duration.toNanos();
    ExecutorService senders = Executors.newFixedThreadPool(connections);
    long start = System.nanoTime();
    for (int c = 0; c < connections; c++) {
      senders.execute(() -> sendUntil(end, most, requests, next, times, failures));
    }
    senders.shutdown();
    senders.awaitTermination(duration.toSeconds() + 30, TimeUnit.SECONDS);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    return new Latencies(answered(times, Math.min(next.get(), most)), failures.get(), took);
  }

  private void sendUntil(
      long end,
      int most,
      IntFunction<HttpRequest> requests,
      AtomicInteger next,
      AtomicLongArray times,
      AtomicInteger failures) {
    while (System.nanoTime() < end) {
      int i = next.getAndIncrement();
      if (i >= most) {
        return;
      }
      long sent = System.nanoTime();
      if (!ok(send(requests.apply(i)))) {
        failures.incrementAndGet();
      }
      times.set(i, System.nanoTime() - sent);
    }
  }

  /** {@code perSecond} requests a second for {@code duration}, answered or not. */
  Latencies openLoop(IntFunction<HttpRequest> requests, int perSecond, Duration duration)
      throws Exception {
    int count = (int) (perSecond * duration.toSeconds());
    long period = Duration.ofSeconds(1).toNanos() / perSecond;
    AtomicLongArray times = new AtomicLongArray(count);
    AtomicInteger failures = new AtomicInteger();
    CompletableFuture<?>[] answers = new CompletableFuture<?>[count];
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      long due = start + i * period;
      LockSupport.parkNanos(due - System.nanoTime());
      int index = i;
      answers[i] =
          http.sendAsync(requests.apply(i), HttpResponse.BodyHandlers.discarding())
              .handle(
                  (response, error) -> {
                    times.set(index, System.nanoTime() - due);
                    if (error != null || !ok(response.statusCode())) {
                      failures.incrementAndGet();
                    }
                    return null;
                  });
    }
    CompletableFuture.allOf(answers).get(60, TimeUnit.SECONDS);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    return new Latencies(answered(times, count), failures.get(), took);
  }

  private int send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static boolean ok(int status) {
    return status == 200;
  }

  private static long[] answered(AtomicLongArray times, int count) {
    long[] copy = new long[count];
    for (int i = 0; i < count; i++) {
      copy[i] = times.get(i);
    }
    return copy;
  }
}
