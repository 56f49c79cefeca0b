package org.commonground.bot.tags;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonground.bot.views.HeadCounts;
import org.commonground.bot.views.Lines;
import org.commonground.bot.views.SlackText;
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

  static List<LayoutBlock> blocks(
      List<Tag> current, Map<Integer, Integer> holders, int pending, boolean forAdmin) {
    Map<String, List<String>> byTheme = new LinkedHashMap<>();
    List<String> retired = new ArrayList<>();
    for (Tag tag : current) {
      int held = holders.getOrDefault(tag.id(), 0);
      String line =
          "• "
              + SlackText.escape(tag.name())
              + " ("
              + HeadCounts.forViewer(forAdmin).number(held)
              + ")";
      if (tag.isActive()) {
        byTheme.computeIfAbsent(tag.theme(), theme -> new ArrayList<>()).add(line);
      } else {
        retired.add(SlackText.escape(tag.name()));
      }
    }
    List<LayoutBlock> blocks = new ArrayList<>();
    int active = byTheme.values().stream().mapToInt(List::size).sum();
    blocks.add(
        section(
            s ->
                s.text(
                    markdownText(
                        "*Challenge tags*: "
                            + active
                            + " in use, with how many members hold each."))));
    byTheme.entrySet().stream()
        .limit(MAX_THEMES)
        .forEach(theme -> blocks.add(themeSection(theme.getKey(), theme.getValue())));
    if (byTheme.size() > MAX_THEMES) {
      blocks.add(
          context(
              List.of(markdownText("…and " + (byTheme.size() - MAX_THEMES) + " more themes."))));
    }
    if (forAdmin) {
      blocks.addAll(adminPart(retired, pending));
    }
    return blocks;
  }

  private static LayoutBlock themeSection(String theme, List<String> lines) {
    List<String> all = new ArrayList<>();
    all.add("*" + SlackText.escape(theme) + "*");
    all.addAll(lines);
    return section(s -> s.text(markdownText(Lines.upToLimit(all))));
  }

  private static List<LayoutBlock> adminPart(List<String> retired, int pending) {
    List<LayoutBlock> blocks = new ArrayList<>();
    if (!retired.isEmpty()) {
      String names =
          SlackText.truncateMarkdown(String.join(", ", retired), SlackText.SECTION_TEXT_LIMIT - 20);
      blocks.add(section(s -> s.text(markdownText("*Retired:* " + names))));
    }
    blocks.add(
        actions(
            List.of(
                button(b -> b.actionId(ADD_ACTION).text(plainText("Add a tag"))),
                button(b -> b.actionId(EDIT_ACTION).text(plainText("Edit or retire a tag"))),
                button(b -> b.actionId(MERGE_ACTION).text(plainText("Merge two tags"))))));
    String waiting =
        pending == 0 ? "" : pending + " suggestion(s) from members are waiting in your DMs. ";
    blocks.add(
        context(
            List.of(
                markdownText(
                    waiting
                        + "`/tags help` lists the typed commands; `/tags history` the latest changes."))));
    return blocks;
  }
}
