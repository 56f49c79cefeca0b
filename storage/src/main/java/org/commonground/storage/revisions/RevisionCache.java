package org.commonground.storage.revisions;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * The result of reading some tables, kept in memory while their {@code data_revision} counters
 * stand still. Each {@link #get()} reads the counters in one small query, which is far cheaper than
 * the data behind them; any change to the tables, from this replica or another, moves a counter on
 * and the next {@code get} reads the data afresh. Counters only ever grow, so their sum moves
 * whenever one of them does. The value must be immutable: every caller shares it.
 */
public final class RevisionCache<T> {

  private record Snapshot<T>(long revision, T value) {}

  private final Jdbi jdbi;
  private final List<String> tables;
  private final Supplier<T> read;
  private final AtomicReference<Snapshot<T>> latest = new AtomicReference<>();

  /**
   * @param read reads the value from {@code tables}
   */
  public RevisionCache(Jdbi jdbi, Supplier<T> read, String... tables) {
    this.jdbi = jdbi;
    this.tables = List.of(tables);
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
                .createQuery(
                    "SELECT SUM(revision) FROM data_revision WHERE table_name IN (<tables>)")
                .bindList("tables", tables)
                .mapTo(Long.class)
                .one());
  }
}
