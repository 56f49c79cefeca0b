package org.commonground.storage.requests;

import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * The signatures of signed Slack requests seen in the last few minutes, so that a replayed request
 * is recognised whichever replica it reaches.
 */
public final class SeenRequests {

  private final Jdbi jdbi;

  public SeenRequests(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Records the signature; true the first time it is seen, false for every copy after that. */
  public boolean firstSighting(String signature, Instant at) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        "INSERT INTO seen_request (signature, seen_at) VALUES (:signature, :at)"
                            + " ON CONFLICT DO NOTHING")
                    .bind("signature", signature)
                    .bind("at", at)
                    .execute())
        == 1;
  }

  /** Forgets signatures seen before {@code cutoff}; returns how many. */
  public int forgetBefore(Instant cutoff) {
    return jdbi.withHandle(
        handle ->
            handle
                .createUpdate("DELETE FROM seen_request WHERE seen_at < :cutoff")
                .bind("cutoff", cutoff)
                .execute());
  }
}
