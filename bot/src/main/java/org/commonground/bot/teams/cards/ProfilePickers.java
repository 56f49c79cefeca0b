package org.commonground.bot.teams.cards;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonground.bot.core.introduce.ProfileLabels;
import org.commonground.bot.teams.cards.ChoiceInput.Choice;
import org.commonground.storage.organisations.Organisation;
import org.commonground.storage.organisations.Sector;
import org.commonground.storage.tags.Tag;

/** The profile card's pickers: organisation, sector, place, tags and matches per week. */
final class ProfilePickers {

  private ProfilePickers() {}

  /** Known organisations, listed or found as the person types; the picked one shows by name. */
  static JsonObject organisation(
      List<Organisation> organisations, Optional<Long> picked, boolean listed) {
    List<Choice> choices =
        organisations.stream()
            .filter(o -> listed || picked.equals(Optional.of(o.id())))
            .map(o -> new Choice(o.name(), Long.toString(o.id())))
            .toList();
    ChoiceInput input =
        ChoiceInput.of(CardIds.ORGANISATION, ProfileLabels.ORGANISATION, choices)
            .value(picked.map(id -> List.of(Long.toString(id))).orElse(List.of()));
    if (listed) {
      return input.filtered().placeholder(ProfileLabels.ORGANISATION_PICK).json();
    }
    return input
        .typeahead(CardIds.ORGANISATIONS_DATASET)
        .placeholder(ProfileLabels.ORGANISATION_FIND)
        .json();
  }

  static JsonObject sector(Optional<Sector> picked) {
    List<Choice> choices = new ArrayList<>();
    for (Sector sector : Sector.values()) {
      choices.add(new Choice(sector.label(), sector.name()));
    }
    return ChoiceInput.of(CardIds.SECTOR, ProfileLabels.SECTOR, choices)
        .compact()
        .placeholder(ProfileLabels.SECTOR_PLACEHOLDER)
        .value(picked.map(s -> List.of(s.name())).orElse(List.of()))
        .required(ProfileLabels.SECTOR_MISSING)
        .json();
  }

  /** A place no longer offered is left unpicked, to pick again. */
  static JsonObject place(List<String> places, Optional<String> picked) {
    List<Choice> choices = places.stream().map(p -> new Choice(p, p)).toList();
    return ChoiceInput.of(CardIds.PLACE, ProfileLabels.PLACE, choices)
        .compact()
        .placeholder(ProfileLabels.PLACE_PLACEHOLDER)
        .value(picked.filter(places::contains).map(List::of).orElse(List.of()))
        .required(ProfileLabels.PLACE_MISSING)
        .json();
  }

  /**
   * A pick of several tags, with those of {@code picked} still offered already picked (so a retired
   * tag drops out of a profile when it is next saved).
   */
  static ChoiceInput tags(
      String id, String label, List<Tag> offered, List<Integer> picked, boolean listed) {
    Set<Integer> chosen = Set.copyOf(picked);
    List<Tag> shown =
        listed ? offered : offered.stream().filter(t -> chosen.contains(t.id())).toList();
    List<Choice> choices =
        shown.stream().map(t -> new Choice(t.name(), Integer.toString(t.id()))).toList();
    List<String> values =
        offered.stream()
            .filter(t -> chosen.contains(t.id()))
            .map(t -> Integer.toString(t.id()))
            .toList();
    ChoiceInput input = ChoiceInput.of(id, label, choices).multiSelect().value(values);
    return listed ? input.filtered() : input.typeahead(CardIds.TAGS_DATASET);
  }

  static JsonObject matchesPerWeek(int current) {
    List<Choice> choices = new ArrayList<>();
    for (int n = 0; n <= 3; n++) {
      choices.add(new Choice(ProfileLabels.matchesPerWeek(n), Integer.toString(n)));
    }
    return ChoiceInput.of(CardIds.MATCHES_PER_WEEK, ProfileLabels.MATCHES, choices)
        .compact()
        .placeholder(ProfileLabels.MATCHES_PLACEHOLDER)
        .value(List.of(Integer.toString(current)))
        .required(ProfileLabels.MATCHES_MISSING)
        .json();
  }
}
