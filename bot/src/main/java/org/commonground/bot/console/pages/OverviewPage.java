package org.commonground.bot.console.pages;

import java.io.IOException;
import java.util.Map;
import org.commonground.bot.console.ConsolePage;
import org.commonground.bot.console.ConsoleRequest;
import org.commonground.storage.network.NetworkFigures;
import org.commonground.storage.network.SectorCount;

/** {@code /admin}: the network at a glance, and where to go next. */
public final class OverviewPage implements ConsolePage {

  private final NetworkFigures figures;

  public OverviewPage(NetworkFigures figures) {
    this.figures = figures;
  }

  @Override
  public String path() {
    return "";
  }

  @Override
  public void get(ConsoleRequest request) throws IOException {
    NetworkFigures.Figures network = figures.read(0);
    int members = network.membersBySector().stream().mapToInt(SectorCount::members).sum();
    request.render(
        "overview",
        Map.of("members", members, "organisations", network.organisationsWithMembers()));
  }
}
