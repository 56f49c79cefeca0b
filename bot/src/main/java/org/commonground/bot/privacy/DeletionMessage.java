package org.commonground.bot.privacy;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import org.commonground.storage.privacy.MemberDataEraser;

/** The DM telling a member what was deleted. */
final class DeletionMessage {

  static final String TEXT = "Your Common Ground profile is deleted.";

  private DeletionMessage() {}

  static List<LayoutBlock> blocks(MemberDataEraser.Erased erased, String why) {
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
    String body =
        lines.isEmpty()
            ? "We held nothing about you, so there was nothing to delete."
            : ":wastebasket: *" + TEXT + "* " + why + " We deleted:\n" + String.join("\n", lines);
    return List.of(
        section(s -> s.text(markdownText(body))),
        context(
            List.of(markdownText("Run `/introduce` any time if you'd like to join in again."))));
  }
}
