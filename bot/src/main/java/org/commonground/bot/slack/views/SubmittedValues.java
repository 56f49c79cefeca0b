package org.commonground.bot.slack.views;

import com.slack.api.model.view.ViewState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.bot.core.views.FormValues;

/** A submitted Slack modal's values, read from its view state. */
public final class SubmittedValues implements FormValues {

  private final Map<String, Map<String, ViewState.Value>> values;

  public SubmittedValues(ViewState state) {
    this.values = state == null || state.getValues() == null ? Map.of() : state.getValues();
  }

  private Optional<ViewState.Value> value(String blockId, String actionId) {
    return Optional.ofNullable(values.get(blockId)).map(actions -> actions.get(actionId));
  }

  @Override
  public String text(String blockId, String actionId) {
    return value(blockId, actionId).map(ViewState.Value::getValue).map(String::strip).orElse("");
  }

  @Override
  public Optional<String> selected(String blockId, String actionId) {
    return value(blockId, actionId)
        .map(ViewState.Value::getSelectedOption)
        .map(ViewState.SelectedOption::getValue);
  }

  @Override
  public List<String> selectedMany(String blockId, String actionId) {
    return value(blockId, actionId)
        .map(ViewState.Value::getSelectedOptions)
        .map(options -> options.stream().map(ViewState.SelectedOption::getValue).toList())
        .orElse(List.of());
  }
}
