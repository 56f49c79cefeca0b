package org.commonground.bot.curation;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * What an admin command answers, privately: mrkdwn text, and blocks when there is more to show
 * (then the text is the notification fallback).
 */
public record Reply(String text, List<LayoutBlock> blocks) {

  public static Reply text(String text) {
    return new Reply(text, null);
  }

  public static Reply blocks(String fallback, List<LayoutBlock> blocks) {
    return new Reply(fallback, List.copyOf(blocks));
  }
}
