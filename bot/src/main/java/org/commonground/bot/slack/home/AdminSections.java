package org.commonground.bot.slack.home;

import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The admins' panels in App Home: the way to the console when it's on, the last round's status and
 * tag suggestions to decide.
 */
public final class AdminSections implements AdminPanels {

  private final Optional<URI> console;
  private final Supplier<List<LayoutBlock>> roundStatus;
  private final Supplier<List<LayoutBlock>> pendingSuggestions;

  /**
   * @param console the console's address, when it is on
   */
  public AdminSections(
      Optional<URI> console,
      Supplier<List<LayoutBlock>> roundStatus,
      Supplier<List<LayoutBlock>> pendingSuggestions) {
    this.console = console;
    this.roundStatus = roundStatus;
    this.pendingSuggestions = pendingSuggestions;
  }

  @Override
  public List<LayoutBlock> blocks() {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(divider());
    console.ifPresent(
        address ->
            blocks.add(
                section(
                    s ->
                        s.text(
                            markdownText(
                                "<"
                                    + address
                                    + "|Open the console> to change the schedule, admins and"
                                    + " places, import organisations and see the network's"
                                    + " impact.")))));
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
