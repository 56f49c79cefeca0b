package org.commonground.bot.core.settings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.bot.core.views.HiddenCharacters;
import org.commonground.storage.NameKey;
import org.commonground.storage.settings.SavedSettings;

/**
 * The places members pick theirs from in the profile form: the environment's {@code PLACES} until
 * an admin saves a list. Read from the database each time a form is drawn or checked, so a saved
 * list is offered on every replica at once.
 */
public final class PlaceSettings {

  /** A form's picker offers at most 100 options (Slack's limit, the lower of the two). */
  static final int MOST_PLACES = 100;

  static final int LONGEST_PLACE = 60;

  private final SavedSettings saved;
  private final List<String> defaults;

  public PlaceSettings(SavedSettings saved, List<String> defaults) {
    this.saved = saved;
    this.defaults = List.copyOf(defaults);
  }

  /**
   * @param saved false while the environment's {@code PLACES} applies
   */
  public record Current(List<String> places, boolean saved) {}

  public Current current() {
    Optional<List<String>> places = saved.places();
    return new Current(places.orElse(defaults), places.isPresent());
  }

  /** The places offered now, in order. */
  public List<String> places() {
    return current().places();
  }

  /**
   * Saves the list members pick from, in the order given, each place with its spaces trimmed. A
   * member whose place has gone keeps it until they next edit their profile, when they pick again.
   *
   * @return the list as saved
   */
  public List<String> save(String actor, List<String> places) throws SettingRejected {
    List<String> checked = check(places);
    saved.savePlaces(actor, checked);
    return checked;
  }

  private static List<String> check(List<String> typed) throws SettingRejected {
    if (typed.isEmpty()) {
      throw new SettingRejected("List at least one place: members pick theirs from this list.");
    }
    if (typed.size() > MOST_PLACES) {
      throw new SettingRejected(
          "That's "
              + typed.size()
              + " places: members pick from a list of at most "
              + MOST_PLACES
              + ". Merge some, such as \"Region-wide\".");
    }
    List<String> places = new ArrayList<>(typed.size());
    Map<String, String> byKey = new HashMap<>();
    for (int i = 0; i < typed.size(); i++) {
      String place = checked(i + 1, typed.get(i));
      String earlier = byKey.putIfAbsent(NameKey.of(place), place);
      if (earlier != null) {
        throw new SettingRejected(
            "\"" + place + "\" is listed twice (also as \"" + earlier + "\"): keep one.");
      }
      places.add(place);
    }
    return places;
  }

  private static String checked(int number, String typed) throws SettingRejected {
    String place = typed == null ? "" : typed.strip();
    if (place.isEmpty()) {
      throw new SettingRejected("Place " + number + " is blank: name a place or remove the line.");
    }
    if (place.length() > LONGEST_PLACE) {
      throw new SettingRejected(
          "\""
              + place
              + "\" is "
              + place.length()
              + " characters long: a place can have at most "
              + LONGEST_PLACE
              + ".");
    }
    Optional<String> complaint = HiddenCharacters.complaint("Place " + number, place, false);
    if (complaint.isPresent()) {
      throw new SettingRejected(complaint.get());
    }
    return place;
  }
}
