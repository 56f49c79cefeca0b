package org.commonground.bot.teams.introductions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonground.bot.core.introduce.WarmIntroRequest;
import org.commonground.bot.teams.Activity;

/**
 * {@code introduce @Alice @Bob why} as Teams sends it: the text holds {@code <at>Alice Jones</at>}
 * for each mention, and the activity's entities say who each is. The people mentioned first become
 * the request's user ids (their Entra object id, given with the mention or found by their {@code
 * 29:} id); the rest is the note, with any further mentions as {@code @Name}.
 *
 * @param request what the core checks and acts on
 * @param names the name each mentioned user id was shown by, for the reply
 */
record MentionedPeople(WarmIntroRequest request, Map<String, String> names) {

  private static final Pattern NAMED =
      Pattern.compile("^(?:\\s|,|&amp;|&|\\band\\b)*(<at>([^<]*)</at>)");
  private static final Pattern MENTION = Pattern.compile("<at>([^<]*)</at>");
  private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s:,;.\\-–—]+");

  /**
   * @param arguments what followed {@code introduce}
   * @param userIdOf the Entra object id of the person Teams calls {@code 29:…}, if the app knows
   *     them
   */
  static MentionedPeople parse(
      String arguments,
      List<Activity.Mention> mentions,
      Function<String, Optional<String>> userIdOf) {
    List<Activity.Mention> unused = new ArrayList<>(mentions);
    List<String> named = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    String rest = arguments;
    Matcher matcher = NAMED.matcher(rest);
    while (matcher.find()) {
      String shown = matcher.group(2).strip();
      String userId = take(unused, matcher.group(1)).map(m -> userId(m, userIdOf)).orElse(shown);
      named.add(userId);
      names.putIfAbsent(userId, shown);
      rest = rest.substring(matcher.end());
      matcher = NAMED.matcher(rest);
    }
    String note = MENTION.matcher(rest).replaceAll(m -> Matcher.quoteReplacement("@" + m.group(1)));
    note = LEADING_PUNCTUATION.matcher(note).replaceFirst("").strip();
    return new MentionedPeople(new WarmIntroRequest(named, note), names);
  }

  /** The first mention not yet taken that stands in the text as {@code text}. */
  private static Optional<Activity.Mention> take(List<Activity.Mention> unused, String text) {
    for (int i = 0; i < unused.size(); i++) {
      if (unused.get(i).text().equals(text)) {
        return Optional.of(unused.remove(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Someone the app has never seen keeps their {@code 29:} id, which names no member, so they are
   * answered as anyone outside the network is.
   */
  private static String userId(
      Activity.Mention mention, Function<String, Optional<String>> userIdOf) {
    if (!mention.aadObjectId().isBlank()) {
      return mention.aadObjectId();
    }
    return userIdOf.apply(mention.id()).orElse(mention.id());
  }
}
