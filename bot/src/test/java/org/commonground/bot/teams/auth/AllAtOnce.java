package org.commonground.bot.teams.auth;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs a call on several threads released together, and gathers the different answers. */
final class AllAtOnce {

  private AllAtOnce() {}

  static <T> Set<T> run(int threads, Callable<T> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch ready = new CountDownLatch(threads);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> answers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        answers.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return call.call();
                }));
      }
      ready.await(10, TimeUnit.SECONDS);
      go.countDown();
      Set<T> distinct = new HashSet<>();
      for (Future<T> answer : answers) {
        distinct.add(answer.get(10, TimeUnit.SECONDS));
      }
      return distinct;
    } finally {
      pool.shutdownNow();
    }
  }
}
