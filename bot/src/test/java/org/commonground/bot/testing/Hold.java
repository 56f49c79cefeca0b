package org.commonground.bot.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A call the fake Slack takes in but does not answer until released: never, as if the caller died,
 * or late, as if the platform were slow.
 */
public final class Hold {

  private final String method;
  private final int nth;
  private final boolean answersWhenReleased;
  private final CountDownLatch reached = new CountDownLatch(1);
  private final CountDownLatch released = new CountDownLatch(1);

  Hold(String method, int nth, boolean answersWhenReleased) {
    this.method = method;
    this.nth = nth;
    this.answersWhenReleased = answersWhenReleased;
  }

  boolean answersWhenReleased() {
    return answersWhenReleased;
  }

  boolean holds(String calledMethod, int count) {
    return method.equals(calledMethod) && count == nth;
  }

  void park() {
    reached.countDown();
    try {
      released.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits until the held call has arrived. */
  public void reached() throws InterruptedException {
    if (!reached.await(30, TimeUnit.SECONDS)) {
      throw new AssertionError("the held call never came");
    }
  }

  /** Lets the held call go: answered now if it was a slow one, dropped if not. */
  public void release() {
    released.countDown();
  }
}
