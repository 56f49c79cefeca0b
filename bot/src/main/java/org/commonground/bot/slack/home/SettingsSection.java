package org.commonground.bot.slack.home;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.commonground.bot.core.home.MemberSettings;
import org.commonground.storage.members.Member;
import org.commonground.storage.members.MemberStatus;

/** How many matches a member wants, pausing and resuming, and when the next round runs. */
final class SettingsSection {

  /** Said of a pause that lasts until the member resumes, set when they stopped answering. */
  static final String UNTIL_RESUMED =
      ":double_vertical_bar: *You're paused* until you resume: we stopped your introductions"
          + " after three rounds without an answer. Resume to be in the next round.";

  static final DateTimeFormatter DAY = MemberSettings.DAY;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  private SettingsSection() {}

  static List<LayoutBlock> blocks(
      Member member, LocalDate today, Optional<ZonedDateTime> nextRound) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText("Settings"))));
    List<OptionObject> counts =
        IntStream.rangeClosed(0, 3).mapToObj(SettingsSection::count).toList();
    blocks.add(
        section(
            s ->
                s.text(markdownText("*Matches per week*"))
                    .accessory(
                        staticSelect(
                            e ->
                                e.actionId(HomeView.MATCHES_ACTION)
                                    .options(counts)
                                    .initialOption(counts.get(member.matchesPerWeek()))))));
    blocks.addAll(pause(member, today));
    nextRound
        .map(
            next -> "The next round runs on " + next.format(DAY) + " at " + next.format(TIME) + ".")
        .ifPresent(next -> blocks.add(context(List.of(markdownText(next)))));
    return blocks;
  }

  private static String until(LocalDate until) {
    return ":double_vertical_bar: *You're paused* until "
        + until.format(DAY)
        + ": no matches until then. You're back in the round from "
        + until.plusDays(1).format(DAY)
        + ".";
  }

  private static OptionObject count(int n) {
    return option(plainText(n == 0 ? "None for now" : n + " a week"), Integer.toString(n));
  }

  private static List<LayoutBlock> pause(Member member, LocalDate today) {
    LocalDate until = member.pausedUntil();
    if (until != null && !until.isBefore(today)) {
      String paused = until.equals(MemberStatus.UNTIL_RESUMED) ? UNTIL_RESUMED : until(until);
      return List.of(
          section(
              s ->
                  s.text(markdownText(paused))
                      .accessory(
                          button(
                              b ->
                                  b.actionId(HomeView.RESUME_ACTION)
                                      .text(plainText("Resume now"))))));
    }
    List<OptionObject> lengths =
        MemberSettings.PAUSE_WEEKS.stream()
            .map(w -> option(plainText(w + (w == 1 ? " week" : " weeks")), w.toString()))
            .toList();
    return List.of(
        section(
            s ->
                s.text(markdownText("*Pause* – take a break; you come back automatically"))
                    .accessory(
                        staticSelect(
                            e ->
                                e.actionId(HomeView.PAUSE_FOR_ACTION)
                                    .placeholder(plainText("Pause for…"))
                                    .options(lengths)))),
        section(
            s ->
                s.text(markdownText("…or pause until a date (included)"))
                    .accessory(
                        datePicker(
                            e ->
                                e.actionId(HomeView.PAUSE_UNTIL_ACTION)
                                    .placeholder(plainText("Pick a date"))))));
  }
}
