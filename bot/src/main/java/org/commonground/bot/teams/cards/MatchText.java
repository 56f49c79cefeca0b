package org.commonground.bot.teams.cards;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.commonground.bot.core.digest.Digest;
import org.commonground.storage.members.Member;
import org.commonground.storage.members.Profile;

/** A match in a digest card: who, what the two share, and what each can offer the other. */
final class MatchText {

  private MatchText() {}

  static List<JsonObject> describe(Digest.Match match, Function<Profile, String> names) {
    Profile partner = match.partner();
    Member member = partner.member();
    List<JsonObject> items = new ArrayList<>();
    items.add(TextBlock.of(CardMarkdown.escape(names.apply(partner))).bold().json());
    items.add(
        TextBlock.of(
                CardMarkdown.escape(member.role())
                    + ", **"
                    + CardMarkdown.escape(partner.organisation().name())
                    + "** · "
                    + CardMarkdown.escape(member.place()))
            .tight()
            .json());
    line(items, "You both work on ", match.sharedChallenges());
    line(items, "They can help with ", match.theyCanOffer());
    line(items, "You could help them with ", match.youCanOffer());
    if (member.workingOn() != null) {
      items.add(TextBlock.of("“" + CardMarkdown.escape(member.workingOn()) + "”").subtle().json());
    }
    return items;
  }

  private static void line(List<JsonObject> items, String start, List<String> tags) {
    if (!tags.isEmpty()) {
      items.add(TextBlock.of(start + CardMarkdown.boldInWords(tags) + ".").json());
    }
  }
}
