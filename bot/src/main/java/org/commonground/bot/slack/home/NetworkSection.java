package org.commonground.bot.slack.home;

import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.core.home.NetworkOverview;
import org.commonground.bot.core.views.HeadCounts;
import org.commonground.bot.core.views.Markup;
import org.commonground.storage.network.ChallengeCount;
import org.commonground.storage.network.NewMember;

/** The admins' section: the network at a glance, each list cut short with "and N more". */
final class NetworkSection {

  static final int NEWEST = 5;
  static final int TOP_CHALLENGES = 5;
  static final int LONELY_CHALLENGES = 15;

  private NetworkSection() {}

  static List<LayoutBlock> blocks(NetworkOverview network) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(divider());
    blocks.add(header(h -> h.text(plainText("Network at a glance (admins)"))));
    blocks.add(text(summary(network)));
    if (network.members() == 0) {
      return blocks;
    }
    blocks.add(text("*Newest members*\n" + lines(network.newestMembers(), NEWEST, n -> newest(n))));
    blocks.add(
        text("*Top challenges*\n" + lines(network.challenges(), TOP_CHALLENGES, c -> held(c))));
    List<String> lonely = network.heldByOneOrganisation();
    if (!lonely.isEmpty()) {
      blocks.add(
          text(
              "*Held by only one organisation* – worth finding a second\n"
                  + Markup.escape(summarised(lonely, LONELY_CHALLENGES))));
    }
    return blocks;
  }

  private static String summary(NetworkOverview network) {
    StringBuilder text =
        new StringBuilder("*" + network.members() + " members* from *")
            .append(network.organisations())
            .append(" organisations*");
    network
        .sectors()
        .forEach(
            s -> text.append("\n• ").append(s.sector().label()).append(": ").append(s.members()));
    return text.toString();
  }

  private static String newest(NewMember member) {
    return Markup.mention(member.userId())
        + " · "
        + Markup.escape(member.organisation())
        + " · "
        + member.introducedAt().atZone(ZoneOffset.UTC).format(SettingsSection.DAY);
  }

  private static String held(ChallengeCount challenge) {
    return Markup.escape(challenge.name())
        + " – "
        + HeadCounts.FOR_ADMINS.members(challenge.holders())
        + ", "
        + challenge.organisations()
        + (challenge.organisations() == 1 ? " organisation" : " organisations");
  }

  private static <T> String lines(
      List<T> items, int shown, java.util.function.Function<T, String> line) {
    List<String> lines = new ArrayList<>(items.stream().limit(shown).map(line).toList());
    if (items.size() > shown) {
      lines.add("_and " + (items.size() - shown) + " more_");
    }
    return String.join("\n", lines);
  }

  /** "a, b and c", or "a, b and 7 more". */
  static String summarised(List<String> items, int shown) {
    if (items.size() <= shown) {
      return Markup.inWords(items);
    }
    List<String> first = new ArrayList<>(items.subList(0, shown));
    first.add((items.size() - shown) + " more");
    return Markup.inWords(first);
  }

  private static LayoutBlock text(String markdown) {
    return section(
        s -> s.text(markdownText(Markup.truncateMarkup(markdown, Markup.PARAGRAPH_LIMIT))));
  }
}
