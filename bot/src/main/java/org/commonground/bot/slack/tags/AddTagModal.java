package org.commonground.bot.slack.tags;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;
import static org.commonground.bot.slack.tags.TagFormInputs.*;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonground.bot.core.tags.TagRules;
import org.commonground.bot.core.views.Markup;
import org.commonground.storage.tags.TagSuggestion;

/**
 * The form that adds a tag. Opened from a member's suggestion it is pre-filled with their words,
 * and carries the id of the suggestion in its private metadata.
 */
public final class AddTagModal {

  public static final String CALLBACK_ID = "tags_add";

  private AddTagModal() {}

  static View build(List<String> themes, Optional<TagSuggestion> suggestion, String metadata) {
    List<LayoutBlock> blocks = new ArrayList<>();
    suggestion.ifPresent(
        s ->
            blocks.add(
                context(
                    List.of(
                        markdownText(
                            Markup.mention(s.suggestedBy())
                                + " suggested this. Approving adds it to their challenges.")))));
    String name = suggestion.map(TagSuggestion::name).orElse(null);
    blocks.add(block(NAME_BLOCK, "Name", false, textBox(NAME_ACTION, TagRules.NAME_MAX, name)));
    blocks.addAll(theme(themes, "Theme"));
    blocks.add(
        block(
            DESCRIPTION_BLOCK,
            "What it covers",
            true,
            textBox(DESCRIPTION_ACTION, TagRules.DESCRIPTION_MAX, null)));
    String title = suggestion.isPresent() ? "Approve a suggestion" : "Add a tag";
    return view(
        v ->
            v.type("modal")
                .callbackId(CALLBACK_ID)
                .privateMetadata(metadata)
                .title(viewTitle(t -> t.type("plain_text").text(title)))
                .submit(
                    viewSubmit(
                        s -> s.type("plain_text").text(suggestion.isPresent() ? "Approve" : "Add")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
  }
}
