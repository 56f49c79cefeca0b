package org.commonground.bot.digest;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.commonground.storage.rounds.Answer;
import org.commonground.storage.rounds.DeliveryRepository;
import org.commonground.storage.rounds.RoundMember;
import org.commonground.storage.rounds.RoundPair;
import org.commonground.storage.rounds.RoundRepository;
import org.jdbi.v3.core.Jdbi;

/**
 * A delivered digest drawn again from what is stored, never from what a message says: the matches
 * still there with the recipient's answers, and any whose partner has left saying so in its place.
 */
public final class DigestRedraw {

  /** The digest's new notification text and blocks. */
  public record Redrawn(String text, List<LayoutBlock> blocks) {}

  private final Jdbi jdbi;
  private final DigestComposer composer;

  public DigestRedraw(Jdbi jdbi, DigestComposer composer) {
    this.jdbi = jdbi;
    this.composer = composer;
  }

  /** Empty when the delivery, its round or its recipient is no longer there. */
  public Optional<Redrawn> of(long roundMemberId) {
    Optional<RoundMember> member = jdbi.onDemand(DeliveryRepository.class).findById(roundMemberId);
    if (member.isEmpty()) {
      return Optional.empty();
    }
    return jdbi.onDemand(RoundRepository.class)
        .findById(member.get().roundId())
        .flatMap(round -> composer.recompose(round, member.get()).map(d -> draw(d, round.id())));
  }

  private Redrawn draw(Digest digest, long roundId) {
    long recipient = digest.recipient().member().id();
    Map<Long, RoundPair> pairs =
        jdbi.onDemand(RoundRepository.class).pairsOf(roundId, recipient).stream()
            .collect(Collectors.toMap(RoundPair::id, Function.identity()));
    List<LayoutBlock> blocks = DigestMessage.blocks(digest);
    for (Digest.Match match : digest.matches()) {
      RoundPair pair = pairs.get(match.pairId());
      Optional<String> note =
          match.partnerLeft() || pair == null ? Optional.empty() : note(pair, recipient);
      if (note.isPresent()) {
        blocks = DigestUpdate.replacingButtons(blocks, match.pairId(), note.get());
      }
    }
    return new Redrawn(DigestMessage.fallbackText(digest), blocks);
  }

  /** What the recipient's own answer put in place of the buttons when they clicked. */
  private static Optional<String> note(RoundPair pair, long recipient) {
    Answer answer = pair.answerOf(recipient);
    if (answer == Answer.NOT_FOR_ME) {
      return Optional.of(DigestUpdate.NOT_FOR_ME_NOTE);
    }
    if (answer == Answer.INTRO_ME) {
      return Optional.of(
          pair.introducedAt() == null ? DigestUpdate.INTRO_ME_NOTE : DigestUpdate.INTRODUCED_NOTE);
    }
    return Optional.empty();
  }
}
