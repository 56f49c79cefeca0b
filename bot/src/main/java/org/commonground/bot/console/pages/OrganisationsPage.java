package org.commonground.bot.console.pages;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.bot.console.ConsolePage;
import org.commonground.bot.console.ConsoleRequest;
import org.commonground.bot.console.FieldError;
import org.commonground.bot.core.orgs.OrganisationList;
import org.commonground.storage.NameInUseException;
import org.commonground.storage.organisations.ImportSummary;
import org.commonground.storage.organisations.Organisation;
import org.commonground.storage.organisations.OrganisationCatalogue;
import org.commonground.storage.organisations.Sector;

/**
 * {@code /admin/organisations}: the organisations members belong to, new ones waiting for a sector,
 * and an import of the network's own list on day one.
 */
public final class OrganisationsPage implements ConsolePage {

  /** One organisation as the page lists it. */
  public record Row(Organisation organisation, String sector, int members) {}

  private final OrganisationCatalogue catalogue;

  public OrganisationsPage(OrganisationCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public String path() {
    return "/organisations";
  }

  @Override
  public void get(ConsoleRequest request) throws IOException {
    show(request, HttpServletResponse.SC_OK, List.of(), done(request.done()));
  }

  @Override
  public void post(ConsoleRequest request) throws IOException {
    switch (request.param("action")) {
      case "import" -> importList(request);
      case "sector" -> setSector(request);
      case "rename" -> rename(request);
      case "merge" -> merge(request);
      default -> request.redirect(path(), "");
    }
  }

  private void importList(ConsoleRequest request) throws IOException {
    Optional<Part> file = request.file("file");
    if (file.isEmpty()) {
      show(request, 400, List.of(new FieldError("file", "Choose a CSV file to import")), "");
      return;
    }
    OrganisationList.Parsed parsed;
    try (InputStream in = file.get().getInputStream()) {
      parsed = OrganisationList.read(in);
    }
    if (!parsed.problems().isEmpty()) {
      List<FieldError> errors =
          parsed.problems().stream().map(problem -> new FieldError("file", problem)).toList();
      show(request, 400, errors, "");
      return;
    }
    ImportSummary summary = catalogue.importList(request.who().userId(), parsed.organisations());
    request.redirect(
        path(),
        "imported-" + summary.added() + "-" + summary.sectorsSet() + "-" + summary.unchanged());
  }

  private void setSector(ConsoleRequest request) throws IOException {
    Optional<Sector> sector = Sector.fromCode(request.param("sector"));
    Optional<Organisation> organisation = organisation(request.param("id"));
    if (sector.isEmpty() || organisation.isEmpty()) {
      show(
          request,
          400,
          List.of(new FieldError("review", "Choose a sector for the organisation")),
          "");
      return;
    }
    catalogue.setSector(request.who().userId(), organisation.get().id(), sector.get());
    request.redirect(path(), "sector");
  }

  private void rename(ConsoleRequest request) throws IOException {
    Optional<Organisation> organisation = organisation(request.param("id"));
    String name = request.param("name");
    if (organisation.isEmpty()) {
      show(
          request,
          400,
          List.of(new FieldError("rename-id", "Choose the organisation to rename")),
          "");
      return;
    }
    if (name.isBlank() || name.length() > OrganisationList.LONGEST_NAME) {
      show(
          request,
          400,
          List.of(
              new FieldError(
                  "rename-name",
                  "Give the new name, at most " + OrganisationList.LONGEST_NAME + " characters")),
          "");
      return;
    }
    try {
      catalogue.rename(request.who().userId(), organisation.get().id(), name);
    } catch (NameInUseException e) {
      show(
          request,
          400,
          List.of(
              new FieldError(
                  "rename-name", e.holder() + " has that name already: merge the two instead")),
          "");
      return;
    }
    request.redirect(path(), "renamed");
  }

  private void merge(ConsoleRequest request) throws IOException {
    Optional<Organisation> from = organisation(request.param("from"));
    Optional<Organisation> into = organisation(request.param("into"));
    if (from.isEmpty() || into.isEmpty() || from.get().id() == into.get().id()) {
      show(
          request,
          400,
          List.of(new FieldError("merge-from", "Choose two different organisations to merge")),
          "");
      return;
    }
    catalogue.merge(request.who().userId(), from.get().id(), into.get().id());
    request.redirect(path(), "merged");
  }

  private Optional<Organisation> organisation(String id) {
    try {
      long wanted = Long.parseLong(id);
      return catalogue.list().stream().filter(org -> org.id() == wanted).findFirst();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private void show(ConsoleRequest request, int status, List<FieldError> errors, String done)
      throws IOException {
    Map<Long, Integer> members = catalogue.memberCounts();
    List<Row> rows =
        catalogue.list().stream()
            .map(
                org ->
                    new Row(
                        org,
                        org.sector() == null ? "Not set" : org.sector().label(),
                        members.getOrDefault(org.id(), 0)))
            .toList();
    Map<String, Object> model = new HashMap<>();
    model.put("organisations", rows);
    model.put("waiting", rows.stream().filter(row -> !row.organisation().reviewed()).toList());
    model.put("sectors", List.of(Sector.values()));
    model.put("errors", errors);
    model.put("done", done);
    request.render(status, "organisations", model);
  }

  /** What the page says after a change it was sent back from. */
  private static String done(String done) {
    switch (done) {
      case "sector" -> {
        return "The organisation's sector is set, and its members' with it.";
      }
      case "renamed" -> {
        return "The organisation is renamed; its old name still leads to it.";
      }
      case "merged" -> {
        return "The organisations are merged: the members moved, and the old name leads to the"
            + " one kept.";
      }
      default -> {
        // an import's counts, below
      }
    }
    String[] counts = done.split("-");
    if (counts.length == 4 && counts[0].equals("imported")) {
      try {
        return "Imported the list: "
            + Integer.parseInt(counts[1])
            + " added, "
            + Integer.parseInt(counts[2])
            + " given a sector, "
            + Integer.parseInt(counts[3])
            + " already as listed.";
      } catch (NumberFormatException e) {
        return "";
      }
    }
    return "";
  }
}
