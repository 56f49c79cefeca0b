package org.commonground.bot.core.settings;

import java.util.Optional;
import org.commonground.bot.core.views.HiddenCharacters;
import org.commonground.storage.settings.SavedSettings;

/**
 * The network's own words: a paragraph added to the welcome every newcomer gets, and a note at the
 * top of the weekly digests ("The spring conference is on Thursday"). Both are the admin's text,
 * escaped on every platform, so nobody can ping a channel, forge a mention or hide a link through
 * them. None until an admin writes some; an admin can clear either again.
 */
public final class NetworkTexts {

  /**
   * Long enough for a paragraph or two, and short enough that, escaped, it stays well within one
   * Slack section's 3,000 characters.
   */
  static final int LONGEST = 500;

  private final SavedSettings saved;

  public NetworkTexts(SavedSettings saved) {
    this.saved = saved;
  }

  /** The paragraph added to the welcome, if the network has one. */
  public Optional<String> welcome() {
    return saved.welcome().filter(words -> !words.isEmpty());
  }

  /** The note for the top of this week's digests, if there is one. */
  public Optional<String> digestNote() {
    return saved.digestNote().filter(note -> !note.isEmpty());
  }

  /**
   * Saves the welcome's paragraph; blank clears it.
   *
   * @return the words as saved, empty for none
   */
  public Optional<String> saveWelcome(String actor, String typed) throws SettingRejected {
    String words = checked("The welcome", typed);
    saved.saveWelcome(actor, words);
    return present(words);
  }

  /**
   * Saves the digests' note, for rounds computed from now on; blank clears it.
   *
   * @return the note as saved, empty for none
   */
  public Optional<String> saveDigestNote(String actor, String typed) throws SettingRejected {
    String note = checked("The digest note", typed);
    saved.saveDigestNote(actor, note);
    return present(note);
  }

  private static String checked(String subject, String typed) throws SettingRejected {
    String text = typed == null ? "" : typed.replace("\r\n", "\n").strip();
    if (text.length() > LONGEST) {
      throw new SettingRejected(
          subject
              + " is "
              + text.length()
              + " characters long: keep it to "
              + LONGEST
              + " at most, about two short paragraphs.");
    }
    Optional<String> complaint = HiddenCharacters.complaint(subject, text, true);
    if (complaint.isPresent()) {
      throw new SettingRejected(complaint.get());
    }
    return text;
  }

  private static Optional<String> present(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}
