package org.commonground.bot.slack.home;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** Parts of the admins' App Home that other features render: round status, pending suggestions. */
@FunctionalInterface
public interface AdminPanels {

  List<LayoutBlock> blocks();
}
