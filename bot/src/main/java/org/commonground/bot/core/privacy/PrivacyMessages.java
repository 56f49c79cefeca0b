package org.commonground.bot.core.privacy;

import java.util.List;
import java.util.Optional;
import org.commonground.storage.privacy.MemberDataEraser;

/** What a member is sent about their own data, on the platform where they asked. */
public interface PrivacyMessages {

  /** Tells them nothing at all is held about them. */
  void nothingHeld(String userId);

  /**
   * Sends them their export.
   *
   * @return the id of the file as the platform stores it, for deleting it later; empty when it
   *     couldn't be sent
   */
  Optional<String> sendExport(String userId, String json);

  /** Tells them what was deleted, what became of each copy, and why when they didn't ask. */
  void erased(String userId, MemberDataEraser.Erased erased, List<RemovedCopy> copies, String why);

  /** Thanks them for keeping the profile they were warned about. */
  void kept(String userId);
}
