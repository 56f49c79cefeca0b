package org.commonground.storage.rounds;

/**
 * Who was in the network when a round was computed: {@code members} not deactivated, and {@code
 * paused} of them, paused on the round's Monday or left out of it for not answering their matches.
 */
public record Headcount(int members, int paused) {

  /** This headcount with {@code more} members paused besides. */
  public Headcount pausing(int more) {
    return new Headcount(members, paused + more);
  }
}
