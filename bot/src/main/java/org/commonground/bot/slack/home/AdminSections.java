package org.commonground.bot.slack.home;

import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The admins' panels in App Home: the last round's status and tag suggestions to decide. */
public final class AdminSections implements AdminPanels {

  private final Supplier<List<LayoutBlock>> roundStatus;
  private final Supplier<List<LayoutBlock>> pendingSuggestions;

  public AdminSections(
      Supplier<List<LayoutBlock>> roundStatus, Supplier<List<LayoutBlock>> pendingSuggestions) {
    this.roundStatus = roundStatus;
    this.pendingSuggestions = pendingSuggestions;
  }

  @Override
  public List<LayoutBlock> blocks() {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(divider());
    blocks.add(header(h -> h.text(plainText("Weekly round (admins)"))));
    blocks.addAll(roundStatus.get());
    blocks.add(header(h -> h.text(plainText("Tag suggestions waiting (admins)"))));
    List<LayoutBlock> suggestions = pendingSuggestions.get();
    if (suggestions.isEmpty()) {
      blocks.add(section(s -> s.text(markdownText("None right now."))));
    } else {
      blocks.addAll(suggestions);
    }
    return blocks;
  }
}
