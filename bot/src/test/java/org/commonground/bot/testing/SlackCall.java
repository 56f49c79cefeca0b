package org.commonground.bot.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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

  /** How many digests each delivery got, by the delivery id in the posts' metadata. */
  public static Map<String, Long> digestsPerDelivery(List<SlackCall> posts) {
    return posts.stream()
        .filter(c -> c.param("metadata") != null)
        .map(
            c ->
                c.json("metadata")
                    .getAsJsonObject()
                    .getAsJsonObject("event_payload")
                    .get("delivery")
                    .getAsString())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }
}
