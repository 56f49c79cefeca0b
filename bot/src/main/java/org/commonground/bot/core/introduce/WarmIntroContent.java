package org.commonground.bot.core.introduce;

import java.time.ZonedDateTime;
import java.util.List;
import org.commonground.storage.members.Profile;
import org.commonground.storage.tags.Tag;

/**
 * What one of the two in a warm introduction is shown, on any platform: built from stored data
 * every time, never from a clicked message.
 *
 * @param suggesterId who suggested it, or null if they have since left
 * @param recipient who is asked
 * @param other the other person, or null if they have since left
 * @param answerBy when the suggestion lapses without two yeses, in the network's zone
 */
public record WarmIntroContent(
    long introId,
    String suggesterId,
    Profile recipient,
    Profile other,
    String note,
    ZonedDateTime answerBy,
    WarmIntroState state) {

  /** The names of the tags both lists hold. */
  public static List<String> common(List<Tag> mine, List<Tag> theirs) {
    return mine.stream()
        .filter(t -> theirs.stream().anyMatch(o -> o.id() == t.id()))
        .map(Tag::name)
        .toList();
  }
}
