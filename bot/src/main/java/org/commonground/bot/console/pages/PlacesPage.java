package org.commonground.bot.console.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.bot.console.ConsolePage;
import org.commonground.bot.console.ConsoleRequest;
import org.commonground.bot.console.FieldError;
import org.commonground.bot.core.settings.PlaceSettings;
import org.commonground.bot.core.settings.SettingRejected;

/** {@code /admin/places}: the places members pick theirs from, one a line. */
public final class PlacesPage implements ConsolePage {

  private final PlaceSettings places;

  public PlacesPage(PlaceSettings places) {
    this.places = places;
  }

  @Override
  public String path() {
    return "/places";
  }

  @Override
  public void get(ConsoleRequest request) throws IOException {
    PlaceSettings.Current current = places.current();
    show(
        request,
        HttpServletResponse.SC_OK,
        List.of(),
        String.join("\n", current.places()),
        request.done().equals("saved")
            ? "The places are saved: members pick from them from now on."
            : "");
  }

  @Override
  public void post(ConsoleRequest request) throws IOException {
    String typed = request.param("places");
    List<String> lines =
        Arrays.stream(typed.split("\\R"))
            .map(String::strip)
            .filter(line -> !line.isEmpty())
            .toList();
    try {
      places.save(request.who().userId(), lines);
    } catch (SettingRejected rejected) {
      show(request, 400, List.of(new FieldError("places", rejected.getMessage())), typed, "");
      return;
    }
    request.redirect(path(), "saved");
  }

  private void show(
      ConsoleRequest request, int status, List<FieldError> errors, String typed, String done)
      throws IOException {
    Map<String, Object> model = new HashMap<>();
    model.put("typed", typed);
    model.put("saved", places.current().saved());
    model.put("errors", errors);
    model.put("done", done);
    request.render(status, "places", model);
  }
}
