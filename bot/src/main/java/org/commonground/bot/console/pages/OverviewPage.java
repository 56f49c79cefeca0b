package org.commonground.bot.console.pages;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.commonground.bot.console.ConsolePage;
import org.commonground.bot.console.ConsoleRequest;
import org.commonground.bot.core.settings.ScheduleSettings;
import org.commonground.storage.network.NetworkFigures;
import org.commonground.storage.network.SectorCount;
import org.commonground.storage.organisations.OrganisationCatalogue;

/** {@code /admin}: the network at a glance, and where to go next. */
public final class OverviewPage implements ConsolePage {

  private static final DateTimeFormatter RUN =
      DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.UK);

  private final NetworkFigures figures;
  private final ScheduleSettings schedule;
  private final OrganisationCatalogue organisations;

  public OverviewPage(
      NetworkFigures figures, ScheduleSettings schedule, OrganisationCatalogue organisations) {
    this.figures = figures;
    this.schedule = schedule;
    this.organisations = organisations;
  }

  @Override
  public String path() {
    return "";
  }

  @Override
  public void get(ConsoleRequest request) throws IOException {
    NetworkFigures.Figures network = figures.read(0);
    int members = network.membersBySector().stream().mapToInt(SectorCount::members).sum();
    Optional<String> next =
        schedule.current().nextRounds().stream()
            .findFirst()
            .map(run -> run.format(RUN) + " (" + run.getZone().getId() + ")");
    long waiting = organisations.list().stream().filter(org -> !org.reviewed()).count();
    request.render(
        "overview",
        Map.of(
            "members",
            members,
            "organisations",
            network.organisationsWithMembers(),
            "nextRound",
            next.orElse("None planned: every coming week is in a break"),
            "waiting",
            waiting));
  }
}
