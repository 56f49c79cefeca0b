package org.commonground.bot.core.views;

import java.util.List;
import java.util.Optional;

/**
 * A submitted form's values by block and action id, however the platform sent them: a Slack modal's
 * state or an Adaptive Card's inputs. Missing fields and values of an unexpected shape read as
 * empty, so a forged or truncated submission is judged by validation instead of failing with an
 * exception.
 */
public interface FormValues {

  /** The typed text, stripped of surrounding white space; empty if none. */
  String text(String blockId, String actionId);

  /** The value of the one option picked, if any. */
  Optional<String> selected(String blockId, String actionId);

  /** The values of the options picked, in the order given; empty if none. */
  List<String> selectedMany(String blockId, String actionId);
}
