package org.commonground.bot.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.Map;

/** One Web API call the app made to the fake Slack. */
public record SlackCall(
    String method, Map<String, String> params, String authorization, long receivedAtNanos) {

  public String param(String name) {
    return params.get(name);
  }

  /** A parameter that carries JSON, such as {@code blocks} or {@code view}. */
  public JsonElement json(String name) {
    return JsonParser.parseString(params.get(name));
  }
}
