package org.commonground.bot.core.rounds;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.commonground.bot.core.curation.ReplyPart;
import org.commonground.bot.core.views.Markup;
import org.commonground.storage.members.Profile;
import org.commonground.storage.rounds.DeliveryCounts;
import org.commonground.storage.rounds.MeetingCounts;
import org.commonground.storage.rounds.Round;

/** What admins read about a round: the preview, and how delivery stands. */
public final class RoundReportView {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.UK);
  private static final Map<String, String> REASONS =
      Map.of(
          "NO_ALLOWED_PARTNER",
              "had nobody from another organisation to meet (no shared challenge, or all met recently)",
          "PARTNERS_TAKEN", "lost out: their possible partners were all matched with others",
          "WANTED_NONE", "asked for no matches this week");

  private RoundReportView() {}

  public static List<ReplyPart> preview(RoundPreview p) {
    List<ReplyPart> blocks = new ArrayList<>();
    blocks.add(
        new ReplyPart.Heading("Round " + p.week().label() + (p.stored() ? "" : " (preview)")));
    String state =
        p.stored()
            ? "This week's round is computed and stored: this is what members get."
            : "Nothing is stored or sent yet: this is the round as it would be computed now.";
    blocks.add(new ReplyPart.Note(state));
    double share = p.eligible() == 0 ? 0 : 100.0 * p.matched() / p.eligible();
    String numbers =
        String.format(
            Locale.UK,
            "*%d* eligible · *%d* matched (%.0f %%) · *%d* introductions%n"
                + "*%.1f* shared challenges per pair on average · *%.0f %%* of pairs cross sectors",
            p.eligible(),
            p.matched(),
            share,
            p.pairs(),
            p.averageSharedChallenges(),
            100 * p.crossSectorShare());
    blocks.add(new ReplyPart.Section(numbers));
    if (!p.unmatched().isEmpty()) {
      StringBuilder lines = new StringBuilder("*Not matched*");
      p.unmatched()
          .forEach(
              (reason, count) ->
                  lines
                      .append("\n• ")
                      .append(count)
                      .append(' ')
                      .append(REASONS.getOrDefault(reason, reason)));
      blocks.add(new ReplyPart.Section(lines.toString()));
    }
    if (!p.examples().isEmpty()) {
      StringBuilder lines = new StringBuilder("*Some of this week's introductions*");
      p.examples()
          .forEach(
              e ->
                  lines
                      .append("\n• ")
                      .append(person(e.a()))
                      .append(" ↔ ")
                      .append(person(e.b()))
                      .append(": ")
                      .append(Markup.escape(Markup.inWords(e.sharedChallenges()))));
      blocks.add(
          new ReplyPart.Section(Markup.truncateMarkup(lines.toString(), Markup.PARAGRAPH_LIMIT)));
    }
    return blocks;
  }

  public static List<ReplyPart> status(
      Optional<Round> latest,
      Optional<DeliveryCounts> counts,
      MeetingCounts meetings,
      Optional<ZonedDateTime> nextRound,
      ZoneId zone) {
    List<ReplyPart> blocks = new ArrayList<>();
    if (latest.isEmpty()) {
      blocks.add(new ReplyPart.Section("No round has run yet."));
    } else {
      Round round = latest.get();
      DeliveryCounts c = counts.orElseThrow();
      String text =
          String.format(
              Locale.UK,
              "*Last round: %s*, computed %s%n%d eligible · %d matched · %d introductions%n"
                  + "Digests: *%d* delivered · *%d* failed · *%d* waiting%s",
              round.week(),
              WHEN.format(round.computedAt().atZone(zone)),
              round.eligible(),
              round.matched(),
              round.pairCount(),
              c.sent(),
              c.failed(),
              c.pending(),
              c.lastDeliveredAt() == null
                  ? ""
                  : " · last one " + WHEN.format(c.lastDeliveredAt().atZone(zone)));
      blocks.add(new ReplyPart.Section(text));
    }
    blocks.add(new ReplyPart.Section(meetings(meetings)));
    blocks.add(
        new ReplyPart.Note(
            nextRound
                .map(next -> "Next round: " + WHEN.format(next) + " (" + zone.getId() + ")")
                .orElse("Next round: none, as breaks fill the years ahead")));
    return blocks;
  }

  /** How all introductions so far turned out, from what members answered to "Did you meet?". */
  static String meetings(MeetingCounts c) {
    return String.format(
        Locale.UK,
        "Introductions made: *%d* · met: *%d* · not yet: *%d* · didn't meet: *%d*"
            + " · warm introductions among them: *%d*",
        c.introduced(),
        c.met(),
        c.notYet(),
        c.didNotMeet(),
        c.warm());
  }

  public static String outcome(WeeklyRound.Outcome outcome) {
    var report = outcome.delivery();
    return String.format(
        Locale.UK,
        ":white_check_mark: Round %s: %d digests sent now, %d found already sent after an interruption,"
            + " %d failed, %d still waiting.",
        outcome.round().week(),
        report.sent(),
        report.recovered(),
        report.failed(),
        report.left());
  }

  private static String person(Profile profile) {
    return Markup.mention(profile.userId())
        + " ("
        + Markup.escape(profile.organisation().name())
        + ")";
  }
}
