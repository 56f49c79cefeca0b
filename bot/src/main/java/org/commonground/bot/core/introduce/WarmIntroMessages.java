package org.commonground.bot.core.introduce;

import java.util.Optional;
import org.commonground.storage.members.Profile;
import org.commonground.storage.messages.SentMessage;
import org.commonground.storage.warmintros.WarmIntro;

/**
 * How a warm introduction reaches people: each of the two asked, their card drawn again as it
 * changes, the suggester told when it lapses, and the two brought together once both said yes.
 * Slack's alone, or, with Teams on, each person reached on their own platform.
 */
public interface WarmIntroMessages {

  /** Where an introduction happened when no chat could hold the two: each was told of the other. */
  String EACH_TOLD = "each-told";

  /** Sends the card to its recipient, and says where it landed so it can be drawn again. */
  Optional<SentMessage> ask(WarmIntroContent card);

  /** Draws the card again in place of the one sent {@code where}. */
  void redraw(WarmIntro.DmMessage where, WarmIntroContent card);

  /**
   * Tells the suggester that their suggestion lapsed.
   *
   * @param a one of the two, or null if they have since left
   * @param b the other, or null if they have since left
   */
  void lapsed(String suggesterId, Profile a, Profile b);

  /**
   * Where the two who both said yes are to meet: a group DM (with the suggester, if given) or
   * {@link #EACH_TOLD}; empty if it could not be opened.
   *
   * @param suggesterId who suggested it, or null if they have since left
   */
  Optional<String> placeFor(String suggesterId, Profile first, Profile second);

  /** Introduces the two at {@code place}, as {@link #placeFor} chose it. */
  void introduce(String place, WarmIntroMeeting content);
}
