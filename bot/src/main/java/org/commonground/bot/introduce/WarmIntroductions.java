package org.commonground.bot.introduce;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.commonground.bot.slack.DirectMessages;
import org.commonground.bot.slack.Poster;
import org.commonground.bot.views.SlackText;
import org.commonground.storage.members.Profile;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.tags.Tag;

/**
 * A warm introduction: anyone can bring two members together with {@code /introduce @alice @bob
 * why}. The checks answer at once; the group DM of the three is opened after the acknowledgement.
 */
public final class WarmIntroductions {

  static final String USAGE = "`/introduce @alice @bob why they should meet`";

  private final ProfileStore profiles;
  private final DirectMessages messages;
  private final Poster poster;
  private final Executor background;

  public WarmIntroductions(
      ProfileStore profiles, DirectMessages messages, Poster poster, Executor background) {
    this.profiles = profiles;
    this.messages = messages;
    this.poster = poster;
    this.background = background;
  }

  /** Checks the request, starts the introduction if it is fine, and says what happened. */
  public String introduce(String callerId, WarmIntroRequest request) {
    List<String> named = request.named();
    Optional<String> refusal = refusal(callerId, named);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    Optional<Profile> a = profiles.findBySlackUserId(named.get(0));
    Optional<Profile> b = profiles.findBySlackUserId(named.get(1));
    if (a.isEmpty() || b.isEmpty()) {
      return SlackText.mention(named.get(a.isEmpty() ? 0 : 1))
          + " hasn't introduced themselves yet — ask them to run /introduce";
    }
    background.execute(() -> open(callerId, a.get(), b.get(), request.note()));
    return ":handshake: Thanks! I'm starting a group DM for "
        + SlackText.mention(a.get().slackUserId())
        + ", "
        + SlackText.mention(b.get().slackUserId())
        + " and you.";
  }

  private static Optional<String> refusal(String callerId, List<String> named) {
    if (named.size() < 2) {
      return Optional.of("Name the two people you'd like to introduce: " + USAGE + ".");
    }
    if (named.size() > 2) {
      return Optional.of("I can introduce two people at a time: " + USAGE + ".");
    }
    if (named.get(0).equals(named.get(1))) {
      return Optional.of(
          "You named " + SlackText.mention(named.get(0)) + " twice: name two different people.");
    }
    if (named.contains(callerId)) {
      return Optional.of(
          "You can't introduce yourself this way: name two other people. Your own introductions"
              + " come in your weekly digest.");
    }
    return Optional.empty();
  }

  private void open(String callerId, Profile a, Profile b, String note) {
    Optional<String> group =
        messages.openGroup(List.of(callerId, a.slackUserId(), b.slackUserId()));
    if (group.isEmpty()) {
      messages.post(
          callerId,
          ":warning: Sorry, Slack didn't let me start the group DM. Please try again.",
          List.of());
      return;
    }
    WarmIntroMessage.Content content =
        new WarmIntroMessage.Content(callerId, a, b, shared(a, b), note);
    poster.post(
        group.get(), WarmIntroMessage.fallbackText(content), WarmIntroMessage.blocks(content));
  }

  private static List<String> shared(Profile a, Profile b) {
    Set<Integer> theirs = new HashSet<>(b.challenges().stream().map(Tag::id).toList());
    return a.challenges().stream().filter(t -> theirs.contains(t.id())).map(Tag::name).toList();
  }
}
