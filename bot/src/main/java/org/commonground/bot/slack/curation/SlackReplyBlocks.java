package org.commonground.bot.slack.curation;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.util.List;
import org.commonground.bot.core.curation.Reply;
import org.commonground.bot.core.curation.ReplyPart;

/** An admin's {@link Reply} as Slack blocks: a header, sections, context lines and buttons. */
public final class SlackReplyBlocks {

  private SlackReplyBlocks() {}

  /** The reply's blocks; null for a reply that is only its text, which Slack then shows. */
  public static List<LayoutBlock> of(Reply reply) {
    return reply.parts().isEmpty()
        ? null
        : reply.parts().stream().map(SlackReplyBlocks::block).toList();
  }

  private static LayoutBlock block(ReplyPart part) {
    if (part instanceof ReplyPart.Heading heading) {
      return header(b -> b.text(plainText(heading.text())));
    }
    if (part instanceof ReplyPart.Section section) {
      return section(b -> b.text(markdownText(section.markup())));
    }
    if (part instanceof ReplyPart.Note note) {
      return context(List.of(markdownText(note.markup())));
    }
    List<BlockElement> buttons =
        ((ReplyPart.Buttons) part)
            .buttons().stream()
                .map(
                    one ->
                        (BlockElement)
                            button(b -> b.actionId(one.action()).text(plainText(one.label()))))
                .toList();
    return actions(buttons);
  }
}
