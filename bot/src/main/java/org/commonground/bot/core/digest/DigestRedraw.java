package org.commonground.bot.core.digest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.commonground.storage.rounds.Answer;
import org.commonground.storage.rounds.Deliveries;
import org.commonground.storage.rounds.RoundMember;
import org.commonground.storage.rounds.RoundPair;
import org.commonground.storage.rounds.RoundStore;

/**
 * A delivered digest drawn again from what is stored, never from what a message says: the matches
 * still there with the recipient's answers, and any whose partner has left saying so in its place.
 */
public final class DigestRedraw {

  /** What became of a match the recipient answered, whatever the platform draws it as. */
  public enum MatchState {
    /** They said <i>Intro me</i>, and wait for the other. */
    WAITING,
    NOT_FOR_ME,
    INTRODUCED
  }

  /** The digest as it stands now, with the state of each answered match by pair id. */
  public record Answered(Digest digest, Map<Long, MatchState> states) {}

  private final Deliveries deliveries;
  private final RoundStore rounds;
  private final DigestComposer composer;

  public DigestRedraw(Deliveries deliveries, RoundStore rounds, DigestComposer composer) {
    this.deliveries = deliveries;
    this.rounds = rounds;
    this.composer = composer;
  }

  /**
   * The digest and its answers, for each platform to draw its own way; empty when the delivery, its
   * round or its recipient is no longer there.
   */
  public Optional<Answered> answered(long roundMemberId) {
    Optional<RoundMember> member = deliveries.find(roundMemberId);
    if (member.isEmpty()) {
      return Optional.empty();
    }
    return rounds
        .find(member.get().roundId())
        .flatMap(
            round -> composer.recompose(round, member.get()).map(d -> answered(d, round.id())));
  }

  private Answered answered(Digest digest, long roundId) {
    long recipient = digest.recipient().member().id();
    Map<Long, RoundPair> pairs =
        rounds.pairsOf(roundId, recipient).stream()
            .collect(Collectors.toMap(RoundPair::id, Function.identity()));
    Map<Long, MatchState> states = new HashMap<>();
    for (Digest.Match match : digest.matches()) {
      RoundPair pair = pairs.get(match.pairId());
      if (!match.partnerLeft() && pair != null) {
        state(pair, recipient).ifPresent(state -> states.put(match.pairId(), state));
      }
    }
    return new Answered(digest, states);
  }

  /** What the recipient's own answer made of the match. */
  private static Optional<MatchState> state(RoundPair pair, long recipient) {
    Answer answer = pair.answerOf(recipient);
    if (answer == Answer.NOT_FOR_ME) {
      return Optional.of(MatchState.NOT_FOR_ME);
    }
    if (answer == Answer.INTRO_ME) {
      return Optional.of(pair.introducedAt() == null ? MatchState.WAITING : MatchState.INTRODUCED);
    }
    return Optional.empty();
  }
}
