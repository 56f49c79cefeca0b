package org.commonground.bot.core.digest;

import java.util.Optional;

/**
 * Who a member on Slack is, as a match on another platform is told: Slack holds their name and work
 * email, not Common Ground.
 */
public interface People {

  /** A member's name, work email (empty when it can't be read) and Slack workspace. */
  record Person(String name, String email, String teamId) {}

  /** Empty when they can't be looked up. */
  Optional<Person> find(String userId);
}
