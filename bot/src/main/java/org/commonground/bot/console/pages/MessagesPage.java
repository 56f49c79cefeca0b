package org.commonground.bot.console.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.bot.console.ConsolePage;
import org.commonground.bot.console.ConsoleRequest;
import org.commonground.bot.console.FieldError;
import org.commonground.bot.core.settings.NetworkTexts;
import org.commonground.bot.core.settings.SettingRejected;

/**
 * {@code /admin/messages}: the network's own words in the welcome newcomers get, and a note at the
 * top of the weekly digests.
 */
public final class MessagesPage implements ConsolePage {

  private static final String WELCOME = "welcome";
  private static final String DIGEST_NOTE = "digest-note";

  private final NetworkTexts texts;

  public MessagesPage(NetworkTexts texts) {
    this.texts = texts;
  }

  @Override
  public String path() {
    return "/messages";
  }

  @Override
  public void get(ConsoleRequest request) throws IOException {
    Map<String, String> typed = new HashMap<>();
    typed.put(WELCOME, texts.welcome().orElse(""));
    typed.put(DIGEST_NOTE, texts.digestNote().orElse(""));
    show(request, HttpServletResponse.SC_OK, List.of(), typed, done(request.done()));
  }

  @Override
  public void post(ConsoleRequest request) throws IOException {
    String action = request.param("action");
    String actor = request.who().userId();
    try {
      switch (action) {
        case WELCOME -> texts.saveWelcome(actor, request.param(WELCOME));
        case DIGEST_NOTE -> texts.saveDigestNote(actor, request.param(DIGEST_NOTE));
        default -> {
          request.redirect(path(), "");
          return;
        }
      }
    } catch (SettingRejected rejected) {
      Map<String, String> typed = new HashMap<>();
      typed.put(
          WELCOME, action.equals(WELCOME) ? request.param(WELCOME) : texts.welcome().orElse(""));
      typed.put(
          DIGEST_NOTE,
          action.equals(DIGEST_NOTE) ? request.param(DIGEST_NOTE) : texts.digestNote().orElse(""));
      show(request, 400, List.of(new FieldError(action, rejected.getMessage())), typed, "");
      return;
    }
    request.redirect(path(), action);
  }

  private static String done(String action) {
    return switch (action) {
      case WELCOME -> "The welcome is saved: newcomers get it from now on.";
      case DIGEST_NOTE -> "The digest note is saved: rounds computed from now on carry it.";
      default -> "";
    };
  }

  private static void show(
      ConsoleRequest request,
      int status,
      List<FieldError> errors,
      Map<String, String> typed,
      String done)
      throws IOException {
    Map<String, Object> model = new HashMap<>();
    model.put("typed", typed);
    model.put("errors", errors);
    model.put("done", done);
    request.render(status, "messages", model);
  }
}
