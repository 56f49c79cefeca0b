package org.commonground.bot.slack.tags;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonground.bot.core.tags.TagCuration;
import org.commonground.bot.core.views.Markup;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagSuggestion;

/** The DM each admin gets about a member's suggestion, and what it becomes once decided. */
public final class SuggestionDm {

  public static final String APPROVE_ACTION = "suggestion_approve";
  public static final String MERGE_ACTION = "suggestion_merge";
  public static final String REJECT_ACTION = "suggestion_reject";

  /** The actions block's id carries the suggestion's id, for the select which has no value. */
  static final String BLOCK_PREFIX = "suggestion_";

  private SuggestionDm() {}

  static String text(TagSuggestion suggestion) {
    return Markup.mention(suggestion.suggestedBy())
        + " suggested a challenge tag: "
        + Markup.escape(suggestion.name());
  }

  static List<LayoutBlock> blocks(
      TagSuggestion suggestion, List<Tag> active, List<String> similar) {
    String id = Long.toString(suggestion.id());
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(
        section(
            s ->
                s.text(
                    markdownText(
                        ":bulb: "
                            + Markup.mention(suggestion.suggestedBy())
                            + " suggested a challenge tag: *"
                            + Markup.escape(suggestion.name())
                            + "*"))));
    if (!similar.isEmpty()) {
      List<String> shown = similar.stream().map(n -> "*" + Markup.escape(n) + "*").toList();
      blocks.add(context(List.of(markdownText("Close to: " + Markup.inWords(shown)))));
    }
    blocks.add(
        actions(
            a ->
                a.blockId(BLOCK_PREFIX + id)
                    .elements(
                        List.of(
                            button(
                                b ->
                                    b.actionId(APPROVE_ACTION)
                                        .value(id)
                                        .style("primary")
                                        .text(plainText("Approve"))),
                            TagPicker.single(MERGE_ACTION, "Merge into…", active),
                            button(
                                b ->
                                    b.actionId(REJECT_ACTION)
                                        .value(id)
                                        .text(plainText("Reject")))))));
    return blocks;
  }

  /** The message once decided: who decided what, and no buttons left to click. */
  static List<LayoutBlock> decided(TagSuggestion suggestion, Optional<Tag> tag) {
    String who = Markup.mention(suggestion.decidedBy());
    String name = "*" + Markup.escape(suggestion.name()) + "*";
    String outcome =
        switch (suggestion.status()) {
          case APPROVED -> ":white_check_mark: " + who + " approved " + name + " as a new tag.";
          case MERGED ->
              ":twisted_rightwards_arrows: "
                  + who
                  + " answered "
                  + name
                  + " with "
                  + tag.map(TagCuration::bold).orElse("an existing tag")
                  + ".";
          case REJECTED -> ":x: " + who + " rejected " + name + ".";
          case PENDING -> ":hourglass: " + name + " is still waiting.";
        };
    return List.of(
        section(s -> s.text(markdownText(outcome))),
        context(
            List.of(
                markdownText(
                    "Suggested by "
                        + Markup.mention(suggestion.suggestedBy())
                        + ", who has been told."))));
  }

  static Optional<Long> idOf(String blockIdOrValue) {
    try {
      return Optional.of(Long.parseLong(blockIdOrValue.replace(BLOCK_PREFIX, "")));
    } catch (NumberFormatException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
