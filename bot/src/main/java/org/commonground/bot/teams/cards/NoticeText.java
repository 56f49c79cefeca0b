package org.commonground.bot.teams.cards;

import com.google.gson.JsonObject;
import java.util.List;
import org.commonground.bot.core.consent.PrivacyNotice;

/** The privacy notice's short form on a card, and the button to the operator's full notice. */
final class NoticeText {

  static final String READ_BUTTON = "Full privacy notice";

  private NoticeText() {}

  /** The short form and, quieter, the version it is. */
  static List<JsonObject> shortForm(PrivacyNotice notice) {
    return List.of(
        TextBlock.of(notice.shortText(CardMarkdown::escape)).json(),
        TextBlock.of("Privacy notice version " + notice.version()).subtle().tight().json());
  }

  /** The button, if the operator publishes a full notice. */
  static List<JsonObject> readAction(PrivacyNotice notice) {
    return notice
        .fullNoticeUrl()
        .map(url -> List.of(CardActions.openUrl(READ_BUTTON, url)))
        .orElse(List.of());
  }
}
