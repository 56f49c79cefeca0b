package org.commonground.storage.settings;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.commonground.storage.audit.AuditLog;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What admins saved in the convenor's console instead of the environment's defaults: the weekly
 * round's schedule, the places members pick from, the network's own words in the welcome and the
 * digests, and the privacy notice's fields. Empty until first saved. Each save is one transaction
 * with its audit entry; reads go to the database each time, so that a save on one replica applies
 * on every replica at once.
 */
public final class SavedSettings {

  static final String SCHEDULE = "schedule";
  static final String PLACES = "places";
  static final String WELCOME = "welcome";
  static final String DIGEST_NOTE = "digest_note";
  static final String NOTICE = "privacy_notice";

  private final Jdbi jdbi;
  private final Clock clock;

  public SavedSettings(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  public Optional<SavedSchedule> schedule() {
    return find(SCHEDULE).map(SavedSchedule::parse);
  }

  public void saveSchedule(String actor, SavedSchedule schedule) {
    save(
        actor,
        SCHEDULE,
        schedule.stored(),
        "settings.schedule",
        stored -> SavedSchedule.parse(stored).audited());
  }

  /** The places, in the order the admin gave them. */
  public Optional<List<String>> places() {
    return find(PLACES).map(SavedSettings::lines);
  }

  /**
   * @param places checked by the caller: none blank or holding a line break
   */
  public void savePlaces(String actor, List<String> places) {
    save(actor, PLACES, String.join("\n", places), "settings.places", Function.identity());
  }

  /**
   * The network's words added to the welcome: empty until saved, and an empty text once an admin
   * saved none.
   */
  public Optional<String> welcome() {
    return find(WELCOME);
  }

  public void saveWelcome(String actor, String words) {
    save(actor, WELCOME, words, "settings.welcome", Function.identity());
  }

  /** The note for the top of the weekly digests, as {@link #welcome()} is for the welcome. */
  public Optional<String> digestNote() {
    return find(DIGEST_NOTE);
  }

  public void saveDigestNote(String actor, String note) {
    save(actor, DIGEST_NOTE, note, "settings.digest_note", Function.identity());
  }

  public Optional<SavedNotice> notice() {
    return find(NOTICE).map(SavedNotice::parse);
  }

  /**
   * @param notice checked by the caller: no field holding a line break
   */
  public void saveNotice(String actor, SavedNotice notice) {
    save(
        actor,
        NOTICE,
        notice.stored(),
        "settings.privacy_notice",
        stored -> SavedNotice.parse(stored).audited());
  }

  private Optional<String> find(String name) {
    return jdbi.withExtension(NetworkSettingRepository.class, settings -> settings.find(name));
  }

  /**
   * Stores the value and audits it, with what it replaced ({@code null}: the environment's), in one
   * transaction.
   */
  private void save(
      String actor, String name, String value, String action, Function<String, String> audited) {
    Instant now = clock.instant();
    jdbi.useTransaction(
        h -> {
          Optional<String> before = store(h, name, value, now, actor);
          h.attach(AuditLog.class)
              .record(
                  now, actor, action, name, before.map(audited).orElse(null), audited.apply(value));
        });
  }

  /** Replaces or adds the row; the value it held before, if any. */
  private static Optional<String> store(
      Handle h, String name, String value, Instant now, String actor) {
    NetworkSettingRepository settings = h.attach(NetworkSettingRepository.class);
    Optional<String> before = settings.lock(name);
    if (before.isEmpty() && settings.insertIfAbsent(name, value, now, actor) == 1) {
      return before;
    }
    // Saved by a racing first save after the lock found nothing: that one is what this replaces.
    before = before.isPresent() ? before : settings.lock(name);
    settings.update(name, value, now, actor);
    return before;
  }

  private static List<String> lines(String stored) {
    return Arrays.asList(stored.split("\n"));
  }
}
