package org.commonground.bot.console.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.bot.config.PrivacySettings;
import org.commonground.bot.console.ConsolePage;
import org.commonground.bot.console.ConsoleRequest;
import org.commonground.bot.console.FieldError;
import org.commonground.bot.core.consent.PrivacyNotice;
import org.commonground.bot.core.settings.NoticeSettings;
import org.commonground.bot.core.settings.SettingRejected;
import org.commonground.bot.core.views.Markup;

/**
 * {@code /admin/privacy}: the privacy notice as members read it, and its fields: who the data
 * controller is, whom to ask, and where the full notice is.
 */
public final class NoticePage implements ConsolePage {

  private static final String SAVED = "saved";
  private static final String UNCHANGED = "unchanged";

  private final NoticeSettings settings;
  private final PrivacyNotice notice;

  public NoticePage(NoticeSettings settings, PrivacyNotice notice) {
    this.settings = settings;
    this.notice = notice;
  }

  @Override
  public String path() {
    return "/privacy";
  }

  @Override
  public void get(ConsoleRequest request) throws IOException {
    PrivacySettings now = settings.settings();
    Map<String, String> typed = new HashMap<>();
    typed.put(NoticeSettings.CONTROLLER, now.controller());
    typed.put(NoticeSettings.CONTACT, now.contact().orElse(""));
    typed.put(NoticeSettings.URL, now.noticeUrl().orElse(""));
    show(request, HttpServletResponse.SC_OK, List.of(), typed, confirmation(request.done()));
  }

  @Override
  public void post(ConsoleRequest request) throws IOException {
    Map<String, String> typed = new HashMap<>();
    for (String field :
        List.of(NoticeSettings.CONTROLLER, NoticeSettings.CONTACT, NoticeSettings.URL)) {
      typed.put(field, request.param(field));
    }
    boolean changed;
    try {
      changed =
          settings.save(
              request.who().userId(),
              typed.get(NoticeSettings.CONTROLLER),
              typed.get(NoticeSettings.CONTACT),
              typed.get(NoticeSettings.URL));
    } catch (SettingRejected rejected) {
      FieldError error =
          new FieldError(rejected.part().orElse(NoticeSettings.CONTROLLER), rejected.getMessage());
      show(request, 400, List.of(error), typed, "");
      return;
    }
    request.redirect(path(), changed ? SAVED : UNCHANGED);
  }

  private static String confirmation(String done) {
    if (done.equals(SAVED)) {
      return "The privacy notice is saved. Members who agreed to an earlier one are being asked"
          + " to agree to it.";
    }
    if (done.equals(UNCHANGED)) {
      return "Nothing changed: the notice already says this, so nobody is asked to agree again.";
    }
    return "";
  }

  private void show(
      ConsoleRequest request,
      int status,
      List<FieldError> errors,
      Map<String, String> typed,
      String done)
      throws IOException {
    PrivacyNotice current = notice.current();
    Map<String, Object> model = new HashMap<>();
    model.put("typed", typed);
    model.put("saved", settings.current().saved());
    model.put("version", current.version());
    model.put(
        "paragraphs",
        current.paragraphs().stream()
            .flatMap(paragraph -> Arrays.stream(Markup.plain(paragraph).split("\n")))
            .toList());
    model.put("errors", errors);
    model.put("done", done);
    request.render(status, "privacy", model);
  }
}
