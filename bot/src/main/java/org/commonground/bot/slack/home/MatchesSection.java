package org.commonground.bot.slack.home;

import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.core.home.MemberMatches;
import org.commonground.bot.core.views.Markup;
import org.commonground.storage.rounds.Answer;
import org.commonground.storage.rounds.MemberPairRow;

/** A member's matches in App Home: this week's with where each stands, and past introductions. */
final class MatchesSection {

  static final int PAST_SHOWN = 5;

  private MatchesSection() {}

  static List<LayoutBlock> blocks(MemberMatches matches) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText("Your introductions"))));
    String week =
        matches.thisWeek().isEmpty()
            ? "No matches this week yet. They arrive by DM when the weekly round runs."
            : "*This week*\n" + lines(matches.thisWeek(), MatchesSection::thisWeek);
    blocks.add(
        section(s -> s.text(markdownText(Markup.truncateMarkup(week, Markup.PARAGRAPH_LIMIT)))));
    if (!matches.introduced().isEmpty()) {
      List<MemberMatches.Line> shown = matches.introduced().stream().limit(PAST_SHOWN).toList();
      String past = "*Introductions so far*\n" + lines(shown, MatchesSection::past);
      int more = matches.introduced().size() - shown.size();
      String text = more > 0 ? past + "\n…and " + more + " more" : past;
      blocks.add(
          section(s -> s.text(markdownText(Markup.truncateMarkup(text, Markup.PARAGRAPH_LIMIT)))));
    }
    blocks.add(divider());
    return blocks;
  }

  private interface Describe {
    String of(MemberMatches.Line line);
  }

  private static String lines(List<MemberMatches.Line> lines, Describe describe) {
    StringBuilder text = new StringBuilder();
    for (MemberMatches.Line line : lines) {
      text.append(text.length() == 0 ? "" : "\n")
          .append("• ")
          .append(who(line))
          .append(" – ")
          .append(describe.of(line));
    }
    return text.toString();
  }

  private static String who(MemberMatches.Line line) {
    if (line.partner() == null) {
      return "someone who has since left";
    }
    return Markup.mention(line.partner().userId())
        + " ("
        + Markup.escape(line.partner().organisation().name())
        + ")";
  }

  static String thisWeek(MemberMatches.Line line) {
    MemberPairRow row = line.row();
    if (row.introducedAt() != null) {
      return "introduced: you have a group DM";
    }
    if (row.myAnswer() == Answer.NOT_FOR_ME) {
      return "you passed";
    }
    if (row.myAnswer() == Answer.INTRO_ME) {
      return "you said Intro me; waiting for them";
    }
    return "waiting for your answer in the digest";
  }

  static String past(MemberMatches.Line line) {
    String when = "week " + line.row().week();
    if (line.row().met() == null) {
      return "introduced " + when;
    }
    return switch (line.row().met()) {
      case "YES" -> "you met (" + when + ")";
      case "NOT_YET" -> "not met yet (" + when + ")";
      default -> "you didn't meet (" + when + ")";
    };
  }
}
