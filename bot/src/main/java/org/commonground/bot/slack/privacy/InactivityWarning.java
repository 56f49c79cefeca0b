package org.commonground.bot.slack.privacy;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The DM warning that an unused profile will be deleted, with a button to keep it. */
public final class InactivityWarning {

  public static final String KEEP_ACTION = "keep_my_profile";
  static final String TEXT = "Your Common Ground profile will be deleted unless you keep it.";
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private InactivityWarning() {}

  static List<LayoutBlock> blocks(int months, LocalDate deletionDay) {
    return List.of(
        section(s -> s.text(markdownText(warning(months, deletionDay)))),
        actions(
            List.of(
                button(
                    b ->
                        b.actionId(KEEP_ACTION)
                            .style("primary")
                            .text(plainText("Keep my profile"))))));
  }

  /**
   * The warning for a member off Slack, where there is no button: saving their profile counts as
   * using it.
   */
  static String offSlack(int months, LocalDate deletionDay) {
    return warning(months, deletionDay) + " To keep it, send *introduce* and save your profile.";
  }

  private static String warning(int months, LocalDate deletionDay) {
    return "*You haven't used Common Ground for "
        + months
        + " months.* We keep personal data only while it's useful, so we'll delete your profile on "
        + deletionDay.format(DAY)
        + " unless you'd like to keep it.";
  }
}
