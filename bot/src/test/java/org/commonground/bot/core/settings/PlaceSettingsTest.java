package org.commonground.bot.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.commonground.storage.settings.SavedSettings;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PlaceSettingsTest {

  private static final String ADMIN = "U0CONVENOR";
  private static final List<String> FROM_ENVIRONMENT = List.of("Liverpool", "Wirral");

  @RegisterExtension final TestDatabase db = TestDatabase.h2();

  private PlaceSettings places;

  @BeforeEach
  void setUp() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    places = new PlaceSettings(new SavedSettings(db.database().jdbi(), clock), FROM_ENVIRONMENT);
  }

  @Test
  void theEnvironmentsPlacesApplyUntilAnAdminSavesAList() throws SettingRejected {
    assertThat(places.current()).isEqualTo(new PlaceSettings.Current(FROM_ENVIRONMENT, false));

    List<String> saved = places.save(ADMIN, List.of(" Bolton ", "Bury", "Wigan"));

    assertThat(saved).containsExactly("Bolton", "Bury", "Wigan");
    assertThat(places.current()).isEqualTo(new PlaceSettings.Current(saved, true));
    assertThat(places.places()).isEqualTo(saved);
  }

  @Test
  void aHundredPlacesOfSixtyCharactersFit() throws SettingRejected {
    List<String> longest =
        IntStream.range(0, 100).mapToObj(i -> String.format("%03d", i) + "x".repeat(57)).toList();

    assertThat(places.save(ADMIN, longest)).hasSize(100);
  }

  @Test
  void aBadListIsRefusedWithItsReasonAndChangesNothing() {
    assertRefused(List.of(), "List at least one place: members pick theirs from this list.");
    assertRefused(
        IntStream.range(0, 101).mapToObj(i -> "Place " + i).toList(),
        "That's 101 places: members pick from a list of at most 100. Merge some, such as"
            + " \"Region-wide\".");
    assertRefused(
        List.of("Bolton", " ", "Bury"), "Place 2 is blank: name a place or remove the line.");
    assertRefused(
        List.of("y".repeat(61)),
        "\"" + "y".repeat(61) + "\" is 61 characters long: a place can have at most 60.");
    assertRefused(
        List.of("St Helens", "Wirral", "st helens"),
        "\"st helens\" is listed twice (also as \"St Helens\"): keep one.");
    assertRefused(
        List.of("Bolton\u202E"),
        "Place 1 has an invisible character that reverses the direction of the text after it"
            + " (U+202E). Please type it again rather than pasting it, and leave that character"
            + " out.");

    assertThat(places.current().saved()).isFalse();
  }

  private void assertRefused(List<String> list, String message) {
    assertThatThrownBy(() -> places.save(ADMIN, list))
        .isInstanceOf(SettingRejected.class)
        .hasMessage(message);
  }
}
