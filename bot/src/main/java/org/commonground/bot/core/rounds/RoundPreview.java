package org.commonground.bot.core.rounds;

import java.util.List;
import java.util.Map;
import org.commonground.storage.members.Profile;

/**
 * What an admin sees before (or after) a round goes out.
 *
 * @param stored whether the round is already stored (and so exactly what is or was sent)
 * @param unmatched how many eligible members got no match, by reason
 * @param examples a few of the best pairs
 */
public record RoundPreview(
    Week week,
    boolean stored,
    int eligible,
    int matched,
    int pairs,
    Map<String, Integer> unmatched,
    double averageSharedChallenges,
    double crossSectorShare,
    List<Example> examples) {

  /** One pair shown as an example. */
  public record Example(Profile a, Profile b, List<String> sharedChallenges) {}
}
