package org.commonground.bot.privacy;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.view.View;
import java.util.List;

/** Asks a member to confirm deleting their profile; its Delete button does it. */
public final class DeletionModal {

  public static final String CALLBACK_ID = "delete_profile_confirm";

  public static final String TITLE = "Delete my profile";
  public static final String DELETE = "Delete";
  public static final String KEEP = "Keep it";

  /** What goes, in words for any chat platform. */
  public static final String WHAT_GOES =
      "*This deletes your Common Ground profile for good:* your organisation, role, place,"
          + " challenges, offers and asks, what you're working on, your settings and your consent"
          + " record.";

  public static final String WHAT_STAYS =
      "Records others rely on keep their place without your name. You won't get any more"
          + " matches. You can introduce yourself again at any time.";

  private DeletionModal() {}

  public static View build() {
    return view(
        v ->
            v.type("modal")
                .callbackId(CALLBACK_ID)
                .title(viewTitle(t -> t.type("plain_text").text(TITLE)))
                .submit(viewSubmit(s -> s.type("plain_text").text(DELETE)))
                .close(viewClose(c -> c.type("plain_text").text(KEEP)))
                .blocks(
                    List.of(
                        section(
                            s ->
                                s.text(
                                    markdownText(
                                        "*This deletes your Common Ground profile for good:* your"
                                            + " organisation, role, place, challenges, offers and"
                                            + " asks, what you're working on, your settings and"
                                            + " your consent record."))),
                        section(
                            s ->
                                s.text(
                                    markdownText(
                                        "Records others rely on keep their place without your"
                                            + " name. You won't get any more matches. You can"
                                            + " introduce yourself again at any time."))))));
  }
}
