package org.commonground.bot.teams.cards;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonground.bot.core.consent.PrivacyNotice;
import org.commonground.bot.core.introduce.HelpWords;
import org.commonground.bot.core.views.Markup;

/**
 * What {@code introduce help} answers in Teams: the app in a few lines, the words to send it (the
 * Slack commands' words, without the slash), the admins' words for admins, and the privacy notice's
 * short form with a link to the full notice.
 */
public final class HelpCard {

  static final String MEMBER_COMMANDS =
      "- **introduce** – create or edit your profile: your organisation, role, place and the"
          + " challenges you work on\n"
          + "- Every week you get one message with your matches and why you were matched; say"
          + " **Intro me** or **Not for me**\n"
          + "- **introduce @name @name why** – suggest two people meet, @mentioning them: each is"
          + " asked privately, and only if both say yes are they put in touch\n"
          + "- **resume** – start your introductions again after a pause\n"
          + "- **introduce export** – get a file of everything held about you\n"
          + "- **introduce delete** – delete your profile\n"
          + "- **introduce help** – this message";

  static final String ADMIN_COMMANDS =
      "- **digest preview** – this week's round before it is sent; **digest run** sends what"
          + " hasn't been sent; **digest status** shows how delivery stands\n"
          + "- **tags** – the challenge tags; **tags add**, **describe**, **rename**, **merge**,"
          + " **retire**, **restore** and **history** curate them\n"
          + "- **orgs** – the organisations; **orgs rename A -> B**, **orgs merge A -> B** and"
          + " **orgs sector NAME -> Housing** keep the list clean";

  private HelpCard() {}

  /**
   * @param notUnderstood what the person sent that wasn't a command, or empty
   * @param admin whether to list the admins' commands too
   * @param console the console's address, a button for admins, when the console is on
   */
  static final String CONSOLE_BUTTON = "Open the console";

  public static JsonObject message(
      String notUnderstood, boolean admin, Optional<String> console, PrivacyNotice notice) {
    return CardMessage.of(card(notUnderstood, admin, console, notice), HelpWords.TEXT);
  }

  public static AdaptiveCard card(
      String notUnderstood, boolean admin, Optional<String> console, PrivacyNotice notice) {
    List<JsonObject> body = new ArrayList<>();
    if (!notUnderstood.isEmpty()) {
      String shown = CardMarkdown.escape(Markup.truncate(notUnderstood, 200));
      body.add(TextBlock.of("I didn't understand “" + shown + "”. Here's what I can do:").json());
    }
    body.add(TextBlock.of(CardMarkdown.fromMarkup(HelpWords.ABOUT)).json());
    body.add(TextBlock.of(MEMBER_COMMANDS).json());
    if (admin) {
      body.add(TextBlock.of("For admins").bold().json());
      body.add(TextBlock.of(ADMIN_COMMANDS).json());
    }
    body.add(TextBlock.of("Privacy notice").bold().size("Medium").json());
    body.addAll(NoticeText.shortForm(notice));
    List<JsonObject> actions = new ArrayList<>();
    if (admin) {
      console.ifPresent(address -> actions.add(CardActions.openUrl(CONSOLE_BUTTON, address)));
    }
    actions.addAll(NoticeText.readAction(notice));
    return AdaptiveCard.of(body).actions(actions);
  }
}
