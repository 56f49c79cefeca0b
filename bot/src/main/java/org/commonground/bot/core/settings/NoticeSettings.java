package org.commonground.bot.core.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.commonground.bot.config.PrivacySettings;
import org.commonground.bot.core.views.HiddenCharacters;
import org.commonground.storage.settings.SavedNotice;
import org.commonground.storage.settings.SavedSettings;

/**
 * The privacy notice's fields: who the data controller is, whom members ask, and where the full
 * notice is. The environment's {@code PRIVACY_CONTROLLER}, {@code PRIVACY_CONTACT} and {@code
 * PRIVACY_NOTICE_URL} until an admin saves them; read from the database each time the notice is
 * shown, so a saved notice is the one on every replica at once. A change is a new notice that
 * members agree to again, so a save also has them asked at once rather than at the next check.
 */
public final class NoticeSettings {

  /** The parts of the notice, as {@link SettingRejected#part()} names them. */
  public static final String CONTROLLER = "controller";

  public static final String CONTACT = "contact";
  public static final String URL = "url";

  private final SavedSettings saved;
  private final PrivacySettings environment;
  private final Runnable askMembersAgain;

  public NoticeSettings(
      SavedSettings saved, PrivacySettings environment, Runnable askMembersAgain) {
    this.saved = saved;
    this.environment = environment;
    this.askMembersAgain = askMembersAgain;
  }

  /**
   * @param saved false while the environment's settings apply
   */
  public record Current(PrivacySettings settings, boolean saved) {}

  public Current current() {
    return saved
        .notice()
        .map(notice -> new Current(withRetention(notice), true))
        .orElseGet(() -> new Current(environment, false));
  }

  /** What the notice states now. */
  public PrivacySettings settings() {
    return current().settings();
  }

  /**
   * Saves the fields, each trimmed; a blank contact or address means none. Fields as they were
   * already change nothing.
   *
   * @return whether the notice changed, and so is a new version members are being asked to agree to
   */
  public boolean save(String actor, String controller, String contact, String url)
      throws SettingRejected {
    SavedNotice notice =
        new SavedNotice(
            required(CONTROLLER, controller),
            optional(CONTACT, "The contact", contact, PrivacySettings.CONTACT_MAX),
            page(optional(URL, "The notice's address", url, PrivacySettings.NOTICE_URL_MAX)));
    PrivacySettings stated = withRetention(notice);
    if (stated.equals(settings())) {
      // Saving the same words again is no new notice: nobody is asked to agree again.
      return false;
    }
    saved.saveNotice(actor, notice);
    askMembersAgain.run();
    return true;
  }

  private PrivacySettings withRetention(SavedNotice notice) {
    return new PrivacySettings(
        notice.controller(), notice.contact(), notice.url(), environment.retentionMonths());
  }

  private static String required(String part, String typed) throws SettingRejected {
    Optional<String> value =
        optional(part, "The data controller", typed, PrivacySettings.CONTROLLER_MAX);
    if (value.isEmpty()) {
      throw new SettingRejected(
          part,
          "Name the data controller: the organisation that decides how members' data is used.");
    }
    return value.get();
  }

  private static Optional<String> optional(String part, String subject, String typed, int longest)
      throws SettingRejected {
    String value = typed == null ? "" : typed.strip();
    if (value.length() > longest) {
      throw new SettingRejected(
          part,
          subject
              + " is "
              + value.length()
              + " characters long: it is shown whole in chat, so keep it to "
              + longest
              + " at most.");
    }
    Optional<String> complaint = HiddenCharacters.complaint(subject, value, false);
    if (complaint.isPresent()) {
      throw new SettingRejected(part, complaint.get());
    }
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** Members follow the address from chat, so it must be a web page's. */
  private static Optional<String> page(Optional<String> url) throws SettingRejected {
    if (url.isEmpty()) {
      return url;
    }
    try {
      URI uri = new URI(url.get());
      if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return url;
      }
    } catch (URISyntaxException e) {
      // said below
    }
    throw new SettingRejected(
        URL,
        "The notice's address must be a web page's, starting https://, such as"
            + " https://example.org/privacy.");
  }
}
