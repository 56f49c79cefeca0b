package org.commonground.bot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** The message a button was clicked in, so it can be updated in place. */
public record ClickedMessage(String channel, String ts, List<LayoutBlock> blocks) {}
