package org.commonground.bot.views;

import com.slack.api.model.view.ViewState;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a submitted modal's values by block and action id. Missing blocks, missing values and
 * values of an unexpected shape read as empty, so a forged or truncated payload is judged by
 * validation instead of failing with an exception.
 */
public final class SubmittedValues {

  private final Map<String, Map<String, ViewState.Value>> values;

  public SubmittedValues(ViewState state) {
    this.values = state == null || state.getValues() == null ? Map.of() : state.getValues();
  }

  private Optional<ViewState.Value> value(String blockId, String actionId) {
    return Optional.ofNullable(values.get(blockId)).map(actions -> actions.get(actionId));
  }

  /** The typed text, stripped of surrounding white space; empty if none. */
  public String text(String blockId, String actionId) {
    return value(blockId, actionId).map(ViewState.Value::getValue).map(String::strip).orElse("");
  }

  /** The value of the one option picked, if any. */
  public Optional<String> selected(String blockId, String actionId) {
    return value(blockId, actionId)
        .map(ViewState.Value::getSelectedOption)
        .map(ViewState.SelectedOption::getValue);
  }

  /** The values of the options picked, in the order given; empty if none. */
  public List<String> selectedMany(String blockId, String actionId) {
    return value(blockId, actionId)
        .map(ViewState.Value::getSelectedOptions)
        .map(options -> options.stream().map(ViewState.SelectedOption::getValue).toList())
        .orElse(List.of());
  }
}
