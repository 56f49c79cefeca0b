package org.commonground.bot.console.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonground.bot.console.ConsolePage;
import org.commonground.bot.console.ConsoleRequest;
import org.commonground.bot.console.FieldError;
import org.commonground.bot.core.settings.AdminSettings;
import org.commonground.bot.core.settings.SettingRejected;

/**
 * {@code /admin/admins}: who runs the network. Those in {@code ADMIN_USER_IDS} stay; others are
 * added and removed here, on every replica at once.
 */
public final class AdminsPage implements ConsolePage {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** An admin added here, as the page lists them. */
  public record AddedRow(String userId, String addedBy, String addedOn, boolean you) {}

  private final AdminSettings admins;
  private final ZoneId zone;

  public AdminsPage(AdminSettings admins, ZoneId zone) {
    this.admins = admins;
    this.zone = zone;
  }

  @Override
  public String path() {
    return "/admins";
  }

  @Override
  public void get(ConsoleRequest request) throws IOException {
    show(request, HttpServletResponse.SC_OK, List.of(), "", done(request.done()));
  }

  @Override
  public void post(ConsoleRequest request) throws IOException {
    String actor = request.who().userId();
    try {
      switch (request.param("action")) {
        case "add" -> admins.add(actor, request.param("user-id"));
        case "remove" -> admins.remove(actor, request.param("user-id"));
        default -> {
          request.redirect(path(), "");
          return;
        }
      }
    } catch (SettingRejected rejected) {
      show(
          request,
          400,
          List.of(new FieldError("user-id", rejected.getMessage())),
          request.param("user-id"),
          "");
      return;
    }
    request.redirect(path(), request.param("action").equals("add") ? "added" : "removed");
  }

  private void show(
      ConsoleRequest request, int status, List<FieldError> errors, String typed, String done)
      throws IOException {
    AdminSettings.Current current = admins.current();
    String you = request.who().userId();
    Map<String, Object> model = new HashMap<>();
    model.put("fixed", current.fixed().stream().sorted().toList());
    model.put(
        "added",
        current.added().stream()
            .map(
                admin ->
                    new AddedRow(
                        admin.userId(),
                        admin.addedBy() == null ? "someone since deleted" : admin.addedBy(),
                        admin.addedAt().atZone(zone).format(DAY),
                        admin.userId().equals(you)))
            .toList());
    model.put("typed", typed);
    model.put("errors", errors);
    model.put("done", done);
    request.render(status, "admins", model);
  }

  private static String done(String done) {
    return switch (done) {
      case "added" -> "The admin is added: they can use the admin commands and this console now.";
      case "removed" -> "The admin is removed: they can no longer run the network.";
      default -> "";
    };
  }
}
