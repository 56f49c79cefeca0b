package org.commonground.bot.core.tags;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonground.bot.core.curation.ReplyPart;
import org.commonground.bot.core.views.HeadCounts;
import org.commonground.bot.core.views.Lines;
import org.commonground.bot.core.views.Markup;
import org.commonground.storage.tags.Tag;

/**
 * {@code /tags}: the active tags, one section per theme with how many members hold each (exactly
 * for admins, "fewer than 3" for others when it is 1 or 2); for admins also the retired tags,
 * pending suggestions and buttons that open the forms.
 */
public final class TagListView {

  public static final String ADD_ACTION = "tags_open_add";
  public static final String EDIT_ACTION = "tags_open_edit";
  public static final String MERGE_ACTION = "tags_open_merge";
  static final String TEXT = "The challenge tags";

  /** Leaves room under Slack's 50 blocks per message for the header and the admin part. */
  private static final int MAX_THEMES = 40;

  private TagListView() {}

  static List<ReplyPart> blocks(
      List<Tag> current, Map<Integer, Integer> holders, int pending, boolean forAdmin) {
    Map<String, List<String>> byTheme = new LinkedHashMap<>();
    List<String> retired = new ArrayList<>();
    for (Tag tag : current) {
      int held = holders.getOrDefault(tag.id(), 0);
      String line =
          "• "
              + Markup.escape(tag.name())
              + " ("
              + HeadCounts.forViewer(forAdmin).number(held)
              + ")";
      if (tag.isActive()) {
        byTheme.computeIfAbsent(tag.theme(), theme -> new ArrayList<>()).add(line);
      } else {
        retired.add(Markup.escape(tag.name()));
      }
    }
    List<ReplyPart> blocks = new ArrayList<>();
    int active = byTheme.values().stream().mapToInt(List::size).sum();
    blocks.add(
        new ReplyPart.Section(
            "*Challenge tags*: " + active + " in use, with how many members hold each."));
    byTheme.entrySet().stream()
        .limit(MAX_THEMES)
        .forEach(theme -> blocks.add(themeSection(theme.getKey(), theme.getValue())));
    if (byTheme.size() > MAX_THEMES) {
      blocks.add(new ReplyPart.Note("…and " + (byTheme.size() - MAX_THEMES) + " more themes."));
    }
    if (forAdmin) {
      blocks.addAll(adminPart(retired, pending));
    }
    return blocks;
  }

  private static ReplyPart themeSection(String theme, List<String> lines) {
    List<String> all = new ArrayList<>();
    all.add("*" + Markup.escape(theme) + "*");
    all.addAll(lines);
    return new ReplyPart.Section(Lines.upToLimit(all));
  }

  private static List<ReplyPart> adminPart(List<String> retired, int pending) {
    List<ReplyPart> blocks = new ArrayList<>();
    if (!retired.isEmpty()) {
      String names = Markup.truncateMarkup(String.join(", ", retired), Markup.PARAGRAPH_LIMIT - 20);
      blocks.add(new ReplyPart.Section("*Retired:* " + names));
    }
    blocks.add(
        new ReplyPart.Buttons(
            List.of(
                new ReplyPart.Button(ADD_ACTION, "Add a tag"),
                new ReplyPart.Button(EDIT_ACTION, "Edit or retire a tag"),
                new ReplyPart.Button(MERGE_ACTION, "Merge two tags"))));
    String waiting =
        pending == 0 ? "" : pending + " suggestion(s) from members are waiting in your DMs. ";
    blocks.add(
        new ReplyPart.Note(
            waiting
                + "`/tags help` lists the typed commands; `/tags history` the latest changes."));
    return blocks;
  }
}
