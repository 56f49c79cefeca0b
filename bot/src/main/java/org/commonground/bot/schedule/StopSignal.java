package org.commonground.bot.schedule;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Raised once, when the app begins to stop. Work that runs for long checks it between steps, and
 * its waits end as soon as it is raised, so that a stop never waits out a pause such as a {@code
 * Retry-After} from Slack. It never interrupts a thread: a call to Slack that is under way is let
 * finish, so its outcome is known and recorded.
 */
public final class StopSignal implements Sleeper {

  private final CountDownLatch raised = new CountDownLatch(1);

  public void raise() {
    raised.countDown();
  }

  public boolean isRaised() {
    return raised.getCount() == 0;
  }

  @Override
  public boolean sleep(Duration duration) throws InterruptedException {
    return !raised.await(duration.toNanos(), TimeUnit.NANOSECONDS);
  }
}
