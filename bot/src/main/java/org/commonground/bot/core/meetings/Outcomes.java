package org.commonground.bot.core.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.commonground.storage.organisations.Sector;
import org.commonground.storage.outcomes.KindCount;
import org.commonground.storage.outcomes.OutcomeAnswers;
import org.commonground.storage.outcomes.OutcomeKind;
import org.commonground.storage.outcomes.SharedStory;

/**
 * What came of the network's introductions, for the convenor's reports: how many answers of each
 * kind, and the stories members let the admins share, between two dates (both included) in the
 * network's time zone. Names never appear, only sectors. Admins only: the console checks.
 */
public final class Outcomes {

  /** How many answers were of one kind, with the kind as members read it. */
  public record OutcomeCount(OutcomeKind kind, String label, int count) {}

  /** Every kind's count, in order from "nothing yet" up, zeros included. */
  public record OutcomeCounts(LocalDate from, LocalDate to, List<OutcomeCount> kinds, int total) {}

  /**
   * A story to quote: the member's own words as typed (escape them for the page they go on), the
   * sectors of the two who met, and the day it was told.
   */
  public record StoryToShare(String story, String sector, String otherSector, LocalDate toldOn) {}

  /** What a sector that wasn't recorded reads as: the other member had left before the answer. */
  static final String SECTOR_UNKNOWN = "Not recorded";

  private final OutcomeAnswers answers;
  private final ZoneId zone;

  /**
   * @param zone the network's time zone, in which the dates of a range begin and end
   */
  public Outcomes(OutcomeAnswers answers, ZoneId zone) {
    this.answers = answers;
    this.zone = zone;
  }

  public OutcomeCounts counts(LocalDate from, LocalDate to) {
    List<OutcomeCount> kinds =
        answers.counts(start(from, to), end(to)).stream().map(Outcomes::counted).toList();
    int total = kinds.stream().mapToInt(OutcomeCount::count).sum();
    return new OutcomeCounts(from, to, kinds, total);
  }

  /** The shared stories told between the two dates, newest first. */
  public List<StoryToShare> sharedStories(LocalDate from, LocalDate to) {
    return answers.sharedStories(start(from, to), end(to)).stream().map(this::toShare).toList();
  }

  private Instant start(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "The range ends (" + to + ") before it starts (" + from + ")");
    }
    return from.atStartOfDay(zone).toInstant();
  }

  private Instant end(LocalDate to) {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  private static OutcomeCount counted(KindCount count) {
    return new OutcomeCount(count.kind(), OutcomeWords.label(count.kind()), count.count());
  }

  private StoryToShare toShare(SharedStory story) {
    return new StoryToShare(
        story.story(),
        label(story.sector()),
        label(story.otherSector()),
        LocalDate.ofInstant(story.answeredAt(), zone));
  }

  private static String label(Sector sector) {
    return sector == null ? SECTOR_UNKNOWN : sector.label();
  }
}
