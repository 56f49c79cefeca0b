package org.commonground.bot.slack.views;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.view.View;
import java.util.List;
import org.commonground.bot.core.views.Markup;

/** A modal that only says something, shown in place of a form once it has been dealt with. */
public final class NoticeModal {

  private NoticeModal() {}

  /** {@code title} is at most 24 characters; {@code text} is mrkdwn, user text already escaped. */
  public static View of(String title, String text) {
    String shown = Markup.truncateMarkup(text, Markup.PARAGRAPH_LIMIT);
    return view(
        v ->
            v.type("modal")
                .title(viewTitle(t -> t.type("plain_text").text(title)))
                .close(viewClose(c -> c.type("plain_text").text("Done")))
                .blocks(List.of(section(s -> s.text(markdownText(shown))))));
  }
}
