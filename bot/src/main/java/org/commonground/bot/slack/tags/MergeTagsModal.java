package org.commonground.bot.slack.tags;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;
import static org.commonground.bot.slack.tags.TagFormInputs.block;

import com.slack.api.model.view.View;
import java.util.List;
import org.commonground.storage.tags.Tag;

/** The form that merges one tag into another. */
public final class MergeTagsModal {

  public static final String CALLBACK_ID = "tags_merge";
  public static final String FROM_BLOCK = "tag_merge_from";
  public static final String FROM_ACTION = "tag_merge_from_pick";
  public static final String INTO_BLOCK = "tag_merge_into";
  public static final String INTO_ACTION = "tag_merge_into_pick";

  private MergeTagsModal() {}

  static View build(List<Tag> current, List<Tag> active) {
    return view(
        v ->
            v.type("modal")
                .callbackId(CALLBACK_ID)
                .title(viewTitle(t -> t.type("plain_text").text("Merge two tags")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Merge")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(
                    List.of(
                        block(
                            FROM_BLOCK,
                            "Merge this tag…",
                            false,
                            TagPicker.single(FROM_ACTION, "The tag to merge away", current)),
                        block(
                            INTO_BLOCK,
                            "…into this one",
                            false,
                            TagPicker.single(INTO_ACTION, "The tag that stays", active)),
                        context(
                            List.of(
                                markdownText(
                                    "Members who hold the first get the second instead, once each."
                                        + " The first's name will still find the second."))))));
  }
}
