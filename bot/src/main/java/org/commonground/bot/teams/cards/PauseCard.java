package org.commonground.bot.teams.cards;

import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.commonground.bot.core.home.MemberSettings;

/** The answer to <b>Pause next week</b>: until when, and that nothing else is needed. */
public final class PauseCard {

  private PauseCard() {}

  /** A pause whose last day is {@code lastPausedDay}. */
  public static JsonObject message(LocalDate lastPausedDay) {
    String text = MemberSettings.pausedUntil(lastPausedDay);
    AdaptiveCard card =
        AdaptiveCard.of(
            List.of(
                TextBlock.of("⏸️ " + text).json(),
                TextBlock.of("Your profile stays as it is.").subtle().json()));
    return CardMessage.of(card, text);
  }
}
