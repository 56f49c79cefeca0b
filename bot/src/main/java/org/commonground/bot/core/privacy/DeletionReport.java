package org.commonground.bot.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.commonground.bot.core.delivery.Removal.Outcome;
import org.commonground.storage.copies.SlackCopy;
import org.commonground.storage.privacy.MemberDataEraser;

/**
 * What a member is told once their data is deleted: what went, in the app's records and as copies
 * on the platforms, and what didn't.
 */
public final class DeletionReport {

  public static final String TEXT = "Your Common Ground profile is deleted.";
  public static final String REFUSED_HEADING = refusedHeading("Slack");
  public static final String PENDING_HEADING = pendingHeading("Slack");
  static final String OUT_OF_REACH =
      "We can't remove messages others have already read, copies people made of them, or what"
          + " Slack itself keeps under your workspace's message retention settings.";

  private DeletionReport() {}

  /**
   * The message in paragraphs of mrkdwn, for any platform: what was deleted, what Slack refused or
   * hasn't yet let go of, and, last, what is out of reach.
   */
  public static List<String> paragraphs(
      MemberDataEraser.Erased erased, List<RemovedCopy> inSlack, String why) {
    List<String> lines = records(erased);
    lines.addAll(copies(inSlack, Outcome::gone, true));
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(
        lines.isEmpty()
            ? "We held nothing about you, so there was nothing to delete."
            : ":wastebasket: *" + TEXT + "* " + why + " We deleted:\n" + String.join("\n", lines));
    List<String> refused = copies(inSlack, o -> o == Outcome.REFUSED, false);
    if (!refused.isEmpty()) {
      String platform = platform(inSlack, o -> o == Outcome.REFUSED);
      paragraphs.add(
          refusedHeading(platform)
              + "\n"
              + String.join("\n", refused)
              + (platform.equals("Slack") ? "\nA workspace admin can delete what is left." : ""));
    }
    List<String> pending = copies(inSlack, o -> o == Outcome.TRY_AGAIN, false);
    if (!pending.isEmpty()) {
      paragraphs.add(
          pendingHeading(platform(inSlack, o -> o == Outcome.TRY_AGAIN))
              + "\n"
              + String.join("\n", pending));
    }
    paragraphs.add(OUT_OF_REACH + " Run `/introduce` any time if you'd like to join in again.");
    return paragraphs;
  }

  private static String refusedHeading(String platform) {
    return "*" + platform + " wouldn't let us remove:*";
  }

  private static String pendingHeading(String platform) {
    return "*" + platform + " didn't answer, so we'll keep trying for a day to remove:*";
  }

  /** Where the copies whose outcome matches are: all are in Slack but export messages. */
  private static String platform(List<RemovedCopy> copies, Predicate<Outcome> outcome) {
    List<SlackCopy.Kind> kinds =
        copies.stream().filter(r -> outcome.test(r.outcome())).map(RemovedCopy::kind).toList();
    if (!kinds.contains(SlackCopy.Kind.EXPORT_MESSAGE)) {
      return "Slack";
    }
    return kinds.stream().allMatch(k -> k == SlackCopy.Kind.EXPORT_MESSAGE)
        ? "Teams"
        : "Slack and Teams";
  }

  private static List<String> records(MemberDataEraser.Erased erased) {
    List<String> lines = new ArrayList<>();
    if (erased.profile()) {
      lines.add(
          "• your profile: organisation, sector, role, place, what you're working on, your"
              + " settings and your consent record");
      lines.add("• " + erased.tags() + (erased.tags() == 1 ? " tag" : " tags") + " on it");
    }
    if (erased.organisationsRemoved() > 0) {
      lines.add("• the organisation name you added, which nobody else uses");
    }
    if (erased.organisationsUnlinked() > 0) {
      lines.add("• your name on organisations you added that others now share");
    }
    if (erased.auditEntriesAnonymised() > 0) {
      lines.add(
          "• your name in "
              + erased.auditEntriesAnonymised()
              + " admin records, which now say _deleted member_");
    }
    return lines;
  }

  /** One line per kind of copy whose outcome matches, in the order kinds are declared. */
  private static List<String> copies(
      List<RemovedCopy> inSlack, Predicate<Outcome> outcome, boolean removed) {
    List<String> lines = new ArrayList<>();
    for (SlackCopy.Kind kind : SlackCopy.Kind.values()) {
      long n = inSlack.stream().filter(r -> r.kind() == kind && outcome.test(r.outcome())).count();
      if (n > 0) {
        lines.add("• " + noun(kind, n, removed));
      }
    }
    return lines;
  }

  private static String noun(SlackCopy.Kind kind, long n, boolean removed) {
    return switch (kind) {
      case INTRO_CARD ->
          (n == 1 ? "your introduction card" : "your " + n + " introduction cards")
              + " in the introductions channel";
      case EXPORT_FILE ->
          n == 1 ? "the file of your data we sent you" : "the " + n + " files of your data we sent";
      case EXPORT_MESSAGE ->
          (n == 1 ? "the message" : "the " + n + " messages")
              + " of your data we sent you in Teams";
      case DIGEST ->
          (n == 1
                  ? "you, from another member's digest this week"
                  : "you, from " + n + " other members' digests this week")
              + (removed ? (n == 1 ? " (it now says" : " (they now say") + " you've left)" : "");
    };
  }
}
