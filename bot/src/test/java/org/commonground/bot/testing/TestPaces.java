package org.commonground.bot.testing;

import java.time.Clock;
import java.util.OptionalInt;
import org.commonground.bot.core.delivery.DeliveryPaces;
import org.commonground.bot.core.delivery.PlatformPace;
import org.commonground.bot.schedule.Sleeper;
import org.commonground.bot.schedule.StopSignal;
import org.commonground.bot.teams.connector.ConnectorPace;

/** Paces for tests that build a platform's client themselves, starting as the app's do. */
public final class TestPaces {

  private TestPaces() {}

  public static PlatformPace slack() {
    return slack(Clock.systemUTC(), new StopSignal());
  }

  public static PlatformPace slack(Clock clock, Sleeper sleeper) {
    return DeliveryPaces.of(clock, sleeper, OptionalInt.empty()).slack();
  }

  public static ConnectorPace teams() {
    return teams(Clock.systemUTC(), new StopSignal());
  }

  public static ConnectorPace teams(Clock clock, Sleeper sleeper) {
    return new ConnectorPace(DeliveryPaces.of(clock, sleeper, OptionalInt.empty()).teams());
  }
}
