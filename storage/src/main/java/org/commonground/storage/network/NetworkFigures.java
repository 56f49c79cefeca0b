package org.commonground.storage.network;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The network at a glance, for admins; each method one transaction. */
public final class NetworkFigures {

  /** Everything an admin sees of the network, read together. */
  public record Figures(
      List<SectorCount> membersBySector,
      int organisationsWithMembers,
      List<NewMember> newestMembers,
      List<ChallengeCount> challenges) {}

  private final Jdbi jdbi;

  public NetworkFigures(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The figures, with the {@code newest} members most recently introduced. */
  public Figures read(int newest) {
    return jdbi.inTransaction(
        handle -> {
          NetworkRepository network = handle.attach(NetworkRepository.class);
          return new Figures(
              network.membersBySector(),
              network.organisationsWithMembers(),
              network.newestMembers(newest),
              network.challenges());
        });
  }
}
