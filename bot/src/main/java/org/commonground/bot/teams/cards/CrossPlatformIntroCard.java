package org.commonground.bot.teams.cards;

import com.google.gson.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.core.digest.ConversationStarter;
import org.commonground.bot.core.digest.CrossPlatformIntro;
import org.commonground.bot.core.digest.CrossPlatformIntro.Occasion;
import org.commonground.bot.teams.cards.Layout.Fact;

/**
 * The introduction of two members who both said <b>Intro me</b> but are on different chat apps, so
 * no chat can hold both: each gets the other's details and a link that starts a chat with them in
 * the other's app, with the conversation starter's ask for a call.
 */
public final class CrossPlatformIntroCard {

  /** The chat app a member is on. */
  public enum Platform {
    SLACK,
    TEAMS
  }

  /**
   * The one to be met, as this card shows them.
   *
   * @param userId their Slack user id (for a Slack partner)
   * @param teamId their Slack workspace id (for a Slack partner)
   */
  public record Partner(
      String name,
      String organisation,
      String role,
      String workEmail,
      Platform platform,
      String userId,
      String teamId) {

    /** A link that opens a chat with them: by email in Teams, a DM in Slack. */
    public String chatUrl() {
      return platform == Platform.TEAMS
          ? "https://teams.microsoft.com/l/chat/0/0?users=" + encoded(workEmail)
          : "https://slack.com/app_redirect?channel="
              + encoded(userId)
              + "&team="
              + encoded(teamId);
    }

    String chatButton() {
      return platform == Platform.TEAMS
          ? CrossPlatformIntro.CHAT_IN_TEAMS
          : "Message them in Slack";
    }

    private static String encoded(String value) {
      return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
  }

  private CrossPlatformIntroCard() {}

  /**
   * @param youSaidYesFirst whether the reader said yes first, and so is asked to suggest a time
   */
  public static JsonObject message(
      Partner partner, List<String> sharedChallenges, boolean youSaidYesFirst, Occasion occasion) {
    return CardMessage.of(
        card(partner, sharedChallenges, youSaidYesFirst, occasion), "Meet " + partner.name() + "!");
  }

  public static AdaptiveCard card(
      Partner partner, List<String> sharedChallenges, boolean youSaidYesFirst, Occasion occasion) {
    String name = CardMarkdown.escape(partner.name());
    List<JsonObject> body = new ArrayList<>();
    body.add(TextBlock.heading("👋 Meet " + name + "!"));
    body.add(TextBlock.of(together(partner, sharedChallenges, occasion)).json());
    if (!occasion.note().isBlank()) {
      body.add(TextBlock.of("“" + CardMarkdown.escape(occasion.note()) + "”").subtle().json());
    }
    body.add(
        Layout.factSet(
            List.of(
                new Fact("Organisation", CardMarkdown.escape(partner.organisation())),
                new Fact("Role", CardMarkdown.escape(partner.role())),
                new Fact("Work email", CardMarkdown.escape(partner.workEmail())))));
    body.add(TextBlock.of(nextStep(name, sharedChallenges, youSaidYesFirst)).json());
    return AdaptiveCard.of(body)
        .actions(
            List.of(
                CardActions.positive(
                    CardActions.openUrl(partner.chatButton(), partner.chatUrl()))));
  }

  private static String together(
      Partner partner, List<String> sharedChallenges, Occasion occasion) {
    String shared =
        sharedChallenges.isEmpty()
            ? "what you can offer each other"
            : CardMarkdown.boldInWords(sharedChallenges);
    String app = partner.platform() == Platform.TEAMS ? "Microsoft Teams" : "Slack";
    return "You both said yes to "
        + occasion.saidYesTo()
        + ". You have "
        + shared
        + " in common. They're on "
        + app
        + ", so start the conversation with the button below.";
  }

  private static String nextStep(String name, List<String> shared, boolean youSaidYesFirst) {
    if (!youSaidYesFirst) {
      return CrossPlatformIntro.theySuggestATime(name);
    }
    String ask = CardMarkdown.escape(ConversationStarter.askForACall(shared));
    return Character.toUpperCase(ask.charAt(0)) + ask.substring(1);
  }
}
