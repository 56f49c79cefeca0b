package org.commonground.bot.slack.tags;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;
import static org.commonground.bot.slack.tags.TagFormInputs.*;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.core.tags.TagRules;
import org.commonground.storage.tags.Tag;

/**
 * The form that renames, re-describes, retires or restores one tag; blank fields stay as they are.
 */
public final class EditTagModal {

  public static final String CALLBACK_ID = "tags_edit";
  public static final String TAG_BLOCK = "tag_edited";
  public static final String TAG_ACTION = "tag_edited_pick";
  static final String STATUS_BLOCK = "tag_status";
  static final String STATUS_ACTION = "tag_status_pick";
  static final String RETIRE = "retire";
  static final String RESTORE = "restore";

  private EditTagModal() {}

  static View build(List<Tag> current, List<String> themes) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(block(TAG_BLOCK, "Tag", false, TagPicker.single(TAG_ACTION, "Pick a tag", current)));
    blocks.add(block(NAME_BLOCK, "New name", true, textBox(NAME_ACTION, TagRules.NAME_MAX, null)));
    blocks.addAll(theme(themes, "Move to theme"));
    blocks.add(
        block(
            DESCRIPTION_BLOCK,
            "New description",
            true,
            textBox(DESCRIPTION_ACTION, TagRules.DESCRIPTION_MAX, null)));
    List<OptionObject> statuses =
        List.of(
            OptionObject.builder().text(plainText("Retire it")).value(RETIRE).build(),
            OptionObject.builder().text(plainText("Restore it")).value(RESTORE).build());
    blocks.add(
        block(
            STATUS_BLOCK,
            "Retire or restore",
            true,
            staticSelect(s -> s.actionId(STATUS_ACTION).options(statuses))));
    return view(
        v ->
            v.type("modal")
                .callbackId(CALLBACK_ID)
                .title(viewTitle(t -> t.type("plain_text").text("Edit a tag")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Save")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
  }
}
