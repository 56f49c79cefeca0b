package org.commonground.bot.slack.privacy;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.view.View;
import java.util.List;
import org.commonground.bot.core.privacy.DeletionWords;

/** Asks a member to confirm deleting their profile; its Delete button does it. */
public final class DeletionModal {

  public static final String CALLBACK_ID = "delete_profile_confirm";

  private DeletionModal() {}

  public static View build() {
    return view(
        v ->
            v.type("modal")
                .callbackId(CALLBACK_ID)
                .title(viewTitle(t -> t.type("plain_text").text(DeletionWords.TITLE)))
                .submit(viewSubmit(s -> s.type("plain_text").text(DeletionWords.DELETE)))
                .close(viewClose(c -> c.type("plain_text").text(DeletionWords.KEEP)))
                .blocks(
                    List.of(
                        section(s -> s.text(markdownText(DeletionWords.WHAT_GOES))),
                        section(s -> s.text(markdownText(DeletionWords.WHAT_STAYS))))));
  }
}
