package org.commonground.bot.core.orgs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonground.bot.config.Guid;
import org.commonground.bot.core.curation.CommandException;
import org.commonground.bot.core.curation.Guarded;
import org.commonground.bot.core.curation.NearMiss;
import org.commonground.bot.core.curation.Reply;
import org.commonground.bot.core.views.HeadCounts;
import org.commonground.bot.core.views.Markup;
import org.commonground.storage.NameInUseException;
import org.commonground.storage.NameKey;
import org.commonground.storage.organisations.Organisation;
import org.commonground.storage.organisations.OrganisationCatalogue;
import org.commonground.storage.organisations.OrganisationTenants;
import org.commonground.storage.organisations.Sector;

/**
 * Carries out {@code /orgs} for an admin: finds the organisations named, then makes one audited
 * change.
 */
public final class OrgCuration {

  private static final int NAME_MAX = 120;

  private final OrganisationCatalogue catalogue;
  private final OrganisationTenants tenants;

  public OrgCuration(OrganisationCatalogue catalogue, OrganisationTenants tenants) {
    this.catalogue = catalogue;
    this.tenants = tenants;
  }

  /**
   * What the words an admin typed after {@code orgs} answer, on whichever platform they were typed.
   * Whether they are an admin is the caller's to check.
   */
  public Reply answer(String actor, String text) {
    return Guarded.reply(() -> run(actor, OrgRequestParser.parse(text)));
  }

  Reply run(String actor, OrgRequest command) {
    if (command instanceof OrgRequest.ListOrgs) {
      return Reply.of(
          OrgListView.TEXT,
          OrgListView.blocks(catalogue.list(), catalogue.memberCounts(), tenants.byOrganisation()));
    }
    if (command instanceof OrgRequest.Help) {
      return Reply.text("*What `/orgs` can do* (admins only):\n" + OrgRequestParser.USAGE);
    }
    if (command instanceof OrgRequest.Rename r) {
      return Reply.text(rename(actor, find(r.name()), r.newName()));
    }
    if (command instanceof OrgRequest.Merge m) {
      Organisation from = find(m.from());
      return Reply.text(merge(actor, from, find(m.into())));
    }
    if (command instanceof OrgRequest.LinkTenant t) {
      return Reply.text(link(actor, find(t.name()), tenantId(t.tenantId())));
    }
    if (command instanceof OrgRequest.UnlinkTenant t) {
      return Reply.text(unlink(actor, find(t.name()), tenantId(t.tenantId())));
    }
    OrgRequest.SetSector s = (OrgRequest.SetSector) command;
    return Reply.text(sector(actor, find(s.name()), sectorNamed(s.sector())));
  }

  private String rename(String actor, Organisation organisation, String newName) {
    String name = newName.strip();
    if (NameKey.of(name).length() < 2 || name.length() > NAME_MAX) {
      throw new CommandException("An organisation's name needs 2 to " + NAME_MAX + " characters.");
    }
    try {
      Organisation after = catalogue.rename(actor, organisation.id(), name);
      return ":white_check_mark: Renamed "
          + bold(organisation)
          + " to "
          + bold(after)
          + ". Members typing the old name join it.";
    } catch (NameInUseException e) {
      throw new CommandException(
          "*"
              + Markup.escape(name)
              + "* is taken by *"
              + Markup.escape(e.holder())
              + "*: merge them instead.");
    }
  }

  private String merge(String actor, Organisation from, Organisation into) {
    if (from.id() == into.id()) {
      throw new CommandException(
          bold(from) + " and " + bold(into) + " are already one organisation.");
    }
    OrganisationCatalogue.Merged merged = catalogue.merge(actor, from.id(), into.id());
    int moved = merged.membersMoved();
    return ":white_check_mark: Merged "
        + bold(from)
        + " into "
        + bold(into)
        + ": "
        + HeadCounts.FOR_ADMINS.members(moved)
        + " moved. Members typing "
        + bold(from)
        + " join "
        + bold(into)
        + " from now on.";
  }

  private String sector(String actor, Organisation organisation, Sector sector) {
    OrganisationCatalogue.SectorSet set = catalogue.setSector(actor, organisation.id(), sector);
    return ":white_check_mark: "
        + bold(organisation)
        + " is in _"
        + Markup.escape(sector.label())
        + "_ now, and so are its "
        + HeadCounts.FOR_ADMINS.members(set.members())
        + ".";
  }

  private String link(String actor, Organisation organisation, String tenant) {
    if (!tenants.link(actor, organisation, tenant)) {
      return bold(organisation) + " is linked to tenant `" + tenant + "` already.";
    }
    int linked = tenants.linkedTo(tenant).size();
    String outcome =
        linked == 1
            ? " Teams newcomers from it start their profile with " + bold(organisation) + " picked."
            : " It serves " + linked + " organisations now, so its Teams newcomers pick their own.";
    return ":white_check_mark: Linked "
        + bold(organisation)
        + " to tenant `"
        + tenant
        + "`."
        + outcome;
  }

  private String unlink(String actor, Organisation organisation, String tenant) {
    if (!tenants.unlink(actor, organisation, tenant)) {
      return bold(organisation) + " isn't linked to tenant `" + tenant + "`: `/orgs` lists links.";
    }
    return ":white_check_mark: "
        + bold(organisation)
        + " is no longer linked to tenant `"
        + tenant
        + "`.";
  }

  /** A Microsoft 365 tenant, by the Directory (tenant) ID Entra shows. */
  private static String tenantId(String typed) {
    String tenant = typed.strip();
    if (!Guid.is(tenant)) {
      throw new CommandException(
          "*"
              + Markup.escape(tenant)
              + "* is not a tenant id: use the Directory (tenant) ID Entra shows, like `"
              + Guid.EXAMPLE
              + "`.");
    }
    return tenant.toLowerCase(Locale.ROOT);
  }

  private Organisation find(String name) {
    return catalogue
        .findByName(name)
        .orElseThrow(
            () -> {
              List<String> names =
                  new ArrayList<>(catalogue.list().stream().map(Organisation::name).toList());
              names.addAll(catalogue.aliasNames());
              return new CommandException(
                  "I can't find an organisation called *"
                      + Markup.escape(name)
                      + "*."
                      + didYouMean(name, names, " `/orgs` lists them all."));
            });
  }

  /** A sector by its label or code, however written. */
  private static Sector sectorNamed(String typed) {
    String key = NameKey.of(typed);
    Optional<Sector> exact =
        Arrays.stream(Sector.values())
            .filter(s -> NameKey.of(s.label()).equals(key) || NameKey.of(s.name()).equals(key))
            .findFirst();
    List<String> labels = Arrays.stream(Sector.values()).map(Sector::label).toList();
    return exact.orElseThrow(
        () ->
            new CommandException(
                "I don't know the sector *"
                    + Markup.escape(typed)
                    + "*."
                    + didYouMean(
                        typed,
                        labels,
                        " The sectors are: " + Markup.escape(String.join(", ", labels)) + ".")));
  }

  private static String didYouMean(String typed, List<String> names, String otherwise) {
    List<String> close = NearMiss.closest(typed, names);
    if (close.isEmpty()) {
      return otherwise;
    }
    return " Did you mean "
        + String.join(" or ", close.stream().map(n -> "*" + Markup.escape(n) + "*").toList())
        + "?";
  }

  private static String bold(Organisation organisation) {
    return "*" + Markup.escape(organisation.name()) + "*";
  }
}
