package org.commonground.bot.core.tags;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonground.bot.core.curation.ReplyPart;
import org.commonground.bot.core.views.Markup;
import org.commonground.storage.audit.AuditEntry;

/** {@code /tags history}: the latest tag changes from the audit log, one section each. */
final class TagHistoryView {

  private static final int VALUE_LIMIT = 400;
  private static final Map<String, String> VERBS =
      Map.of(
          "tag.add", "added",
          "tag.describe", "described",
          "tag.rename", "renamed",
          "tag.merge", "merged",
          "tag.retire", "retired",
          "tag.restore", "restored",
          "tag.suggestion.approved", "approved the suggestion",
          "tag.suggestion.merged", "answered with an existing tag the suggestion",
          "tag.suggestion.rejected", "rejected the suggestion");

  private TagHistoryView() {}

  static List<ReplyPart> blocks(List<AuditEntry> entries) {
    List<ReplyPart> blocks = new ArrayList<>();
    if (entries.isEmpty()) {
      blocks.add(new ReplyPart.Section("No changes to the tags yet."));
      return blocks;
    }
    blocks.add(new ReplyPart.Section("*Latest changes to the tags*, newest first:"));
    entries.forEach(entry -> blocks.add(new ReplyPart.Section(line(entry))));
    return blocks;
  }

  /** Slack shows the date in each reader's own time zone; the fallback is UTC. */
  private static String line(AuditEntry entry) {
    String when =
        "<!date^" + entry.at().getEpochSecond() + "^{date_short} {time}|" + entry.at() + ">";
    String verb = VERBS.getOrDefault(entry.action(), entry.action());
    return when
        + " "
        + Markup.mention(entry.actor())
        + " "
        + verb
        + " *"
        + Markup.escape(entry.subject())
        + "*\n"
        + value(entry.beforeValue())
        + " → "
        + value(entry.afterValue());
  }

  private static String value(String json) {
    if (json == null) {
      return "_(none)_";
    }
    String shown = Markup.truncate(json.replace('`', '\''), VALUE_LIMIT);
    return "`" + Markup.escape(shown) + "`";
  }
}
