package org.commonground.bot.core.orgs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.commonground.bot.core.curation.ReplyPart;
import org.commonground.bot.core.views.HeadCounts;
import org.commonground.bot.core.views.Lines;
import org.commonground.bot.core.views.Markup;
import org.commonground.storage.organisations.Organisation;

/**
 * {@code /orgs}: unreviewed organisations first, each with its sector, how many members and the
 * Microsoft 365 tenants linked to it.
 */
final class OrgListView {

  static final String TEXT = "The organisations";

  private OrgListView() {}

  static List<ReplyPart> blocks(
      List<Organisation> organisations,
      Map<Long, Integer> members,
      Map<Long, List<String>> tenants) {
    List<Organisation> sorted =
        organisations.stream().sorted(Comparator.comparing(Organisation::reviewed)).toList();
    long unreviewed = organisations.stream().filter(o -> !o.reviewed()).count();
    List<ReplyPart> blocks = new ArrayList<>();
    String heading =
        "*Organisations*: " + organisations.size() + ", of which " + unreviewed + " unreviewed.";
    blocks.add(new ReplyPart.Section(heading));
    if (!sorted.isEmpty()) {
      List<String> lines =
          sorted.stream()
              .map(
                  o ->
                      line(
                          o,
                          members.getOrDefault(o.id(), 0),
                          tenants.getOrDefault(o.id(), List.of())))
              .toList();
      blocks.add(new ReplyPart.Section(Lines.upToLimit(lines)));
    }
    blocks.add(new ReplyPart.Note("`/orgs help` lists what you can change."));
    return blocks;
  }

  private static String line(Organisation organisation, int members, List<String> tenants) {
    String sector = organisation.sector() == null ? "no sector" : organisation.sector().label();
    return "• "
        + Markup.escape(organisation.name())
        + " – "
        + Markup.escape(sector)
        + ", "
        + HeadCounts.FOR_ADMINS.members(members)
        + (organisation.reviewed() ? "" : " · _unreviewed_")
        + (tenants.isEmpty()
            ? ""
            : " · tenant " + String.join(", ", tenants.stream().map(t -> "`" + t + "`").toList()));
  }
}
