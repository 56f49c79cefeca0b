package org.commonground.storage.revisions;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * The result of reading one table, kept in memory while that table's {@code data_revision} counter
 * stands still. Each {@link #get()} reads the one-row counter, which is far cheaper than the data
 * behind it; any change to the table, from this replica or another, moves the counter on and the
 * next {@code get} reads the data afresh. The value must be immutable: every caller shares it.
 */
public final class RevisionCache<T> {

  private record Snapshot<T>(long revision, T value) {}

  private final Jdbi jdbi;
  private final String table;
  private final Supplier<T> read;
  private final AtomicReference<Snapshot<T>> latest = new AtomicReference<>();

  public RevisionCache(Jdbi jdbi, String table, Supplier<T> read) {
    this.jdbi = jdbi;
    this.table = table;
    this.read = read;
  }

  public T get() {
    // The counter is read before the data: a change committed in between leaves the data newer
    // than the counter, which costs one extra read later, never a stale answer.
    long revision = revision();
    Snapshot<T> snapshot = latest.get();
    if (snapshot != null && snapshot.revision() == revision) {
      return snapshot.value();
    }
    T value = read.get();
    latest.set(new Snapshot<>(revision, value));
    return value;
  }

  private long revision() {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT revision FROM data_revision WHERE table_name = :table")
                .bind("table", table)
                .mapTo(Long.class)
                .one());
  }
}
