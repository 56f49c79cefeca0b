package org.commonground.bot.teams.privacy;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.commonground.bot.core.privacy.DeletionReport;
import org.commonground.bot.core.privacy.PrivacyService;
import org.commonground.bot.core.privacy.RemovedCopy;
import org.commonground.bot.teams.Activity;
import org.commonground.bot.teams.InvokeAnswer;
import org.commonground.bot.teams.MessageParts;
import org.commonground.bot.teams.TeamsHandlers;
import org.commonground.bot.teams.TeamsReplies;
import org.commonground.bot.teams.cards.AdaptiveCard;
import org.commonground.bot.teams.cards.CardIds;
import org.commonground.bot.teams.cards.CardMarkdown;
import org.commonground.bot.teams.cards.DeletionCard;
import org.commonground.bot.teams.cards.TextBlock;
import org.commonground.storage.privacy.MemberDataEraser;

/**
 * A Teams member's rights over their data: {@code introduce export} sends everything held, and
 * {@code introduce delete} asks for confirmation, then deletes at once and says what went.
 */
public final class TeamsPrivacy {

  static final String EXPORT_ON_ITS_WAY =
      "Here is everything Common Ground holds about you, as JSON. Save a copy: we delete these"
          + " messages from this chat in a day.";
  static final String EXPORT_SENT_RECENTLY =
      "We sent you your data a few minutes ago: scroll up in this chat to find it.";
  static final String KEPT = "Nothing is deleted: your profile stays as it is.";
  static final String OUT_OF_REACH =
      "We can't remove messages others have already read, copies people made of them, or what"
          + " Microsoft 365 keeps under your organisation's retention settings; this chat stays in"
          + " Teams until you delete it. Send **introduce** any time if you'd like to join in"
          + " again.";

  private final PrivacyService privacy;
  private final TeamsReplies replies;
  private final Executor background;

  public TeamsPrivacy(PrivacyService privacy, TeamsReplies replies, Executor background) {
    this.privacy = privacy;
    this.replies = replies;
    this.background = background;
  }

  public void register(TeamsHandlers handlers) {
    handlers.action(CardIds.DELETE_CONFIRM_VERB, this::deleteConfirmed);
    handlers.action(CardIds.DELETE_CANCEL_VERB, (activity, data) -> noticeCard(KEPT));
  }

  /** {@code introduce export}. */
  public void export(Activity activity) {
    String userId = activity.fromUserId();
    if (!privacy.claimExport(userId)) {
      replies.text(activity, EXPORT_SENT_RECENTLY);
      return;
    }
    privacy
        .exportFile(userId)
        .ifPresentOrElse(
            file -> sendInParts(activity, file),
            () -> replies.text(activity, PrivacyService.NOTHING_HELD));
  }

  /** Each message is recorded as it lands, for deleting a day later or at erasure. */
  private void sendInParts(Activity activity, String file) {
    // Each part under Teams' size for a message, so a large export arrives in parts.
    List<String> parts = MessageParts.of(file);
    for (int i = 0; i < parts.size(); i++) {
      String heading =
          parts.size() == 1
              ? EXPORT_ON_ITS_WAY
              : EXPORT_ON_ITS_WAY + " (part " + (i + 1) + " of " + parts.size() + ")";
      for (String sent :
          replies.text(activity, heading + "\n\n```json\n" + parts.get(i) + "\n```")) {
        privacy.exportMessageSent(
            activity.fromUserId(), activity.serviceUrl(), activity.conversationId(), sent);
      }
    }
  }

  /** {@code introduce delete}. */
  public void askToDelete(Activity activity) {
    replies.send(activity, DeletionCard.message());
  }

  /**
   * Deletes before answering, so a card saying it is done means it is; the app's copies in Slack
   * (an introduction card, digests naming them) go next, and a message says what went.
   */
  private InvokeAnswer deleteConfirmed(Activity activity, JsonObject data) {
    String userId = activity.fromUserId();
    MemberDataEraser.Erased erased = privacy.delete(userId);
    background.execute(
        () -> {
          List<RemovedCopy> removals = privacy.removeCopies(erased);
          List<String> paragraphs = DeletionReport.paragraphs(erased, removals, "You asked us to.");
          List<String> told =
              new ArrayList<>(
                  paragraphs.subList(0, paragraphs.size() - 1).stream()
                      .map(CardMarkdown::fromMarkup)
                      .toList());
          told.add(OUT_OF_REACH);
          String text = String.join("\n\n", told);
          replies.text(activity, text);
        });
    return noticeCard(DeletionReport.TEXT);
  }

  private static InvokeAnswer noticeCard(String text) {
    return new InvokeAnswer.Card(
        AdaptiveCard.of(List.of(TextBlock.of(CardMarkdown.escape(text)).json()))
            .fallbackText(text));
  }
}
