package org.commonground.storage.rounds;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * What members answered, read straight from the tables for tests outside this package that check
 * what a click recorded.
 */
public final class StoredAnswers {

  private final Jdbi jdbi;

  public StoredAnswers(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** What the member said about their introductions, newest first. */
  public List<MeetingOutcome> meetingOutcomes(String slackUserId) {
    return jdbi.withExtension(MeetingFeedbackRepository.class, f -> f.reportedBy(slackUserId));
  }
}
