package org.commonground.bot.console.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonground.bot.console.ConsolePage;
import org.commonground.bot.console.ConsoleRequest;
import org.commonground.bot.console.FieldError;
import org.commonground.bot.core.programme.WeeklySchedule;
import org.commonground.bot.core.settings.ScheduleSettings;
import org.commonground.bot.core.settings.SettingRejected;

/**
 * {@code /admin/schedule}: when the weekly round runs, its next three runs, and the weeks without
 * one (Christmas, a pre-election period), each change at once on every replica.
 */
public final class SchedulePage implements ConsolePage {

  private static final DateTimeFormatter RUN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** A break as the page lists it. */
  public record BreakRow(long id, String first, String last, String reason) {}

  private final ScheduleSettings schedule;

  public SchedulePage(ScheduleSettings schedule) {
    this.schedule = schedule;
  }

  @Override
  public String path() {
    return "/schedule";
  }

  @Override
  public void get(ConsoleRequest request) throws IOException {
    show(request, HttpServletResponse.SC_OK, List.of(), Map.of(), done(request.done()));
  }

  @Override
  public void post(ConsoleRequest request) throws IOException {
    String actor = request.who().userId();
    String action = request.param("action");
    try {
      switch (action) {
        case "schedule" ->
            schedule.saveSchedule(
                actor, request.param("day"), request.param("time"), request.param("zone"));
        case "add-break" ->
            schedule.addBreak(
                actor,
                request.param("first-day"),
                request.param("last-day"),
                request.param("reason"));
        case "remove-break" -> schedule.removeBreak(actor, id(request.param("id")));
        default -> {
          request.redirect(path(), "");
          return;
        }
      }
    } catch (SettingRejected rejected) {
      String field =
          action.equals("schedule") ? "day" : action.equals("add-break") ? "first-day" : "breaks";
      show(request, 400, List.of(new FieldError(field, rejected.getMessage())), typed(request), "");
      return;
    }
    request.redirect(path(), action);
  }

  private static long id(String text) throws SettingRejected {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new SettingRejected("That break has been removed already.");
    }
  }

  /** What the admin typed, shown again beside the error. */
  private static Map<String, String> typed(ConsoleRequest request) {
    Map<String, String> typed = new HashMap<>();
    for (String field : List.of("day", "time", "zone", "first-day", "last-day", "reason")) {
      typed.put(field, request.param(field));
    }
    return typed;
  }

  private void show(
      ConsoleRequest request,
      int status,
      List<FieldError> errors,
      Map<String, String> typed,
      String done)
      throws IOException {
    ScheduleSettings.Current current = schedule.current();
    Map<String, Object> model = new HashMap<>();
    model.put("times", current.times().inWords());
    model.put("saved", current.saved());
    model.put("nextRounds", current.nextRounds().stream().map(SchedulePage::run).toList());
    model.put(
        "breaks",
        current.breaks().stream()
            .map(
                b ->
                    new BreakRow(
                        b.id(), b.firstDay().format(DAY), b.lastDay().format(DAY), b.reason()))
            .toList());
    model.put("days", days());
    Map<String, String> values = new HashMap<>(defaults(current));
    typed.forEach((field, value) -> values.put(field, value));
    model.put("values", values);
    model.put("errors", errors);
    model.put("done", done);
    request.render(status, "schedule", model);
  }

  /** The form starts from the schedule as it is, when it is a weekly one. */
  private static Map<String, String> defaults(ScheduleSettings.Current current) {
    Map<String, String> values = new HashMap<>();
    values.put("first-day", "");
    values.put("last-day", "");
    values.put("reason", "");
    if (current.times() instanceof WeeklySchedule weekly) {
      values.put("day", weekly.day().getDisplayName(TextStyle.FULL, Locale.UK));
      values.put("time", weekly.time().toString());
      values.put("zone", weekly.zone().getId());
    } else {
      values.put("day", "Monday");
      values.put("time", "09:00");
      values.put("zone", current.times().zone().getId());
    }
    return values;
  }

  private static List<String> days() {
    return java.util.Arrays.stream(DayOfWeek.values())
        .map(day -> day.getDisplayName(TextStyle.FULL, Locale.UK))
        .toList();
  }

  private static String run(ZonedDateTime when) {
    return when.format(RUN) + " (" + when.getZone().getId() + ")";
  }

  private static String done(String done) {
    return switch (done) {
      case "schedule" -> "The weekly round's time is saved. Its next runs are below.";
      case "add-break" -> "The break is added: members will be told in their digest slot.";
      case "remove-break" -> "The break is removed: those rounds will run after all.";
      default -> "";
    };
  }
}
