package org.commonground.bot.slack.privacy;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.core.privacy.DeletionReport;
import org.commonground.bot.core.privacy.RemovedCopy;
import org.commonground.storage.privacy.MemberDataEraser;

/** The DM telling a member what was deleted: a section per paragraph, the last one small. */
final class DeletionMessage {

  private DeletionMessage() {}

  static List<LayoutBlock> blocks(
      MemberDataEraser.Erased erased, List<RemovedCopy> inSlack, String why) {
    List<String> paragraphs = DeletionReport.paragraphs(erased, inSlack, why);
    List<LayoutBlock> blocks = new ArrayList<>();
    paragraphs
        .subList(0, paragraphs.size() - 1)
        .forEach(text -> blocks.add(section(s -> s.text(markdownText(text)))));
    blocks.add(context(List.of(markdownText(paragraphs.get(paragraphs.size() - 1)))));
    return blocks;
  }
}
