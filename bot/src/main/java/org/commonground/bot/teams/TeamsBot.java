package org.commonground.bot.teams;

import com.google.gson.JsonObject;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes an authenticated activity to the feature that handles it. A tenant that may not use the
 * app gets a polite refusal and nothing else: no handler runs, so nothing is stored. Messages are
 * handled after the HTTP answer, like Slack's acknowledged requests; an invoke is answered in the
 * response, which Teams waits for.
 */
public final class TeamsBot {

  static final String REFUSED_TENANT =
      "Sorry, Common Ground isn't open to your organisation's Microsoft 365 tenant yet. If your"
          + " organisation belongs to the network, ask its convenor to add it.";
  static final String PERSONAL_ONLY =
      "Let's talk in our personal chat: open Common Ground from the apps on the left and send"
          + " **introduce**.";
  static final String BUTTON_GONE =
      "That button is from an older card. Send **introduce help** to see what you can do.";

  private static final Logger log = LoggerFactory.getLogger(TeamsBot.class);
  private static final String CARD_ACTION = "adaptiveCard/action";
  private static final String SEARCH = "application/search";

  private final TeamsHandlers handlers;
  private final Predicate<String> allowedTenant;
  private final TeamsReplies replies;
  private final Executor background;

  public TeamsBot(
      TeamsHandlers handlers,
      Predicate<String> allowedTenant,
      TeamsReplies replies,
      Executor background) {
    this.handlers = handlers;
    this.allowedTenant = allowedTenant;
    this.replies = replies;
    this.background = background;
  }

  /** The invoke response to give, or empty when the activity needs no answer in the response. */
  public Optional<InvokeAnswer> handle(Activity activity) {
    if (!allowedTenant.test(activity.tenantId())) {
      return refuseTenant(activity);
    }
    return switch (activity.type()) {
      case Activity.INVOKE -> Optional.of(invoke(activity));
      case Activity.MESSAGE -> later(activity, () -> message(activity));
      case Activity.INSTALLATION_UPDATE -> later(activity, () -> installation(activity));
      case Activity.CONVERSATION_UPDATE -> later(activity, () -> conversationUpdate(activity));
      default -> Optional.empty();
    };
  }

  private Optional<InvokeAnswer> refuseTenant(Activity activity) {
    log.info("Refused an activity from tenant {}, which is not allowed", activity.tenantId());
    if (Activity.INVOKE.equals(activity.type())) {
      return Optional.of(new InvokeAnswer.Message(REFUSED_TENANT));
    }
    if (Activity.MESSAGE.equals(activity.type())
        || Activity.INSTALLATION_UPDATE.equals(activity.type())) {
      background.execute(() -> replies.text(activity, REFUSED_TENANT));
    }
    return Optional.empty();
  }

  private Optional<InvokeAnswer> later(Activity activity, Runnable work) {
    background.execute(
        () -> {
          try {
            work.run();
          } catch (RuntimeException e) {
            log.warn("Could not handle a Teams {} activity", activity.type(), e);
          }
        });
    return Optional.empty();
  }

  private InvokeAnswer invoke(Activity activity) {
    JsonObject value = activity.value();
    if (SEARCH.equals(activity.name())) {
      String dataset = Activity.text(value, "dataset");
      String typed = Activity.text(value, "queryText");
      return handlers
          .search(dataset)
          .<InvokeAnswer>map(search -> search.handle(activity, typed))
          .orElse(new InvokeAnswer.Choices(java.util.List.of()));
    }
    if (!CARD_ACTION.equals(activity.name())) {
      return new InvokeAnswer.Message(BUTTON_GONE);
    }
    JsonObject action = Activity.object(value, "action");
    return cardAction(activity, Activity.text(action, "verb"), Activity.object(action, "data"));
  }

  private InvokeAnswer cardAction(Activity activity, String verb, JsonObject data) {
    if (!activity.inPersonalChat()) {
      return new InvokeAnswer.Message(PERSONAL_ONLY);
    }
    handlers.seen().handle(activity);
    return handlers
        .action(verb)
        .map(action -> action.handle(activity, data))
        .orElse(new InvokeAnswer.Message(BUTTON_GONE));
  }

  private void message(Activity activity) {
    JsonObject value = activity.value();
    if (!value.entrySet().isEmpty()) {
      submitted(activity, value);
      return;
    }
    if (!activity.inPersonalChat()) {
      replies.text(activity, PERSONAL_ONLY);
      return;
    }
    handlers.seen().handle(activity);
    String text = activity.text();
    String[] words = text.split("\\s+", 2);
    String first = words[0].toLowerCase(Locale.ROOT);
    String rest = words.length > 1 ? words[1].strip() : "";
    handlers
        .command(first)
        .ifPresentOrElse(
            command -> command.handle(activity, rest),
            () -> handlers.unknown().handle(activity, text));
  }

  /**
   * An {@code Action.Submit}, or an {@code Action.Execute} sent as one by a client that can't
   * invoke: its answer replaces the card pressed, or is posted under it.
   */
  private void submitted(Activity activity, JsonObject value) {
    JsonObject action = Activity.object(value, "action");
    String verb = action.has("verb") ? Activity.text(action, "verb") : Activity.text(value, "verb");
    JsonObject data = action.has("verb") ? Activity.object(action, "data") : value;
    InvokeAnswer answer = cardAction(activity, verb, data);
    if (answer instanceof InvokeAnswer.Card card && !activity.replyToId().isEmpty()) {
      replies.replace(activity, activity.replyToId(), card.card());
    } else if (answer instanceof InvokeAnswer.Card card) {
      replies.card(activity, card.card(), "Common Ground");
    } else if (answer instanceof InvokeAnswer.Message message) {
      replies.text(activity, message.text());
    }
  }

  private void installation(Activity activity) {
    if (!activity.inPersonalChat()) {
      return;
    }
    if ("add".equals(activity.action())) {
      handlers.installed().handle(activity);
    } else if ("remove".equals(activity.action())) {
      handlers.removed().handle(activity);
    }
  }

  /** Older clients tell of an installation only as the app joining the chat. */
  private void conversationUpdate(Activity activity) {
    if (!activity.inPersonalChat()) {
      return;
    }
    if (activity.membersAdded().contains(activity.recipientId())) {
      handlers.installed().handle(activity);
    } else if (activity.membersRemoved().contains(activity.recipientId())) {
      handlers.removed().handle(activity);
    }
  }
}
