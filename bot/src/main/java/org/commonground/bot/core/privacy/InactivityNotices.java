package org.commonground.bot.core.privacy;

import java.time.LocalDate;

/**
 * What a member who stopped using Common Ground is told before and at the deletion of their data.
 */
public interface InactivityNotices {

  /** Warns them that their data goes on {@code deletionDay} unless they use it again. */
  void warn(String userId, int months, LocalDate deletionDay);

  /**
   * Tells them, before deletion, that their data is being deleted and {@code why}, where the
   * deletion forgets how to reach them.
   *
   * @return false, telling nothing, when they are told afterwards instead, with what became of the
   *     app's copies (see {@link PrivacyService#tellLater})
   */
  boolean toldBeforeDeletion(String userId, String why);
}
