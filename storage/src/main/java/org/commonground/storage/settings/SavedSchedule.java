package org.commonground.storage.settings;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.commonground.storage.audit.AuditJson;

/**
 * The weekly round's day, time and zone as an admin saved them. Stored as one line, such as {@code
 * MONDAY 09:00 Europe/London}; the app checks the parts before they are saved.
 */
public record SavedSchedule(DayOfWeek day, LocalTime time, ZoneId zone) {

  private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

  String stored() {
    return day + " " + time.format(HOURS_MINUTES) + " " + zone.getId();
  }

  static SavedSchedule parse(String stored) {
    String[] parts = stored.split(" ");
    return new SavedSchedule(
        DayOfWeek.valueOf(parts[0]), LocalTime.parse(parts[1]), ZoneId.of(parts[2]));
  }

  String audited() {
    return AuditJson.object("day", day, "time", time.format(HOURS_MINUTES), "zone", zone.getId());
  }
}
