package org.commonground.bot.testing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.commonground.bot.testing.ConnectorCall.Kind;

/**
 * Which Bot Connector operation a method and path (below {@code /v3/}) name, with the ids in the
 * path decoded. The path is split before it is decoded, so that an id whose {@code /} or {@code ;}
 * was left unencoded would break the route here, as it would at Teams.
 */
record ConnectorRoute(Kind kind, String conversationId, String activityId, String memberId) {

  static ConnectorRoute of(String method, String rawPathBelowV3) {
    List<String> s =
        Arrays.stream(rawPathBelowV3.split("/", -1)).map(ConnectorRoute::decoded).toList();
    if (s.isEmpty() || !s.get(0).equals("conversations")) {
      return unknown();
    }
    return switch (method + " " + s.size()) {
      case "POST 1" -> new ConnectorRoute(Kind.OPEN_CHAT, null, null, null);
      case "POST 3" ->
          s.get(2).equals("activities") ? of(Kind.SEND, s.get(1), null, null) : unknown();
      case "PUT 4" -> activity(Kind.UPDATE, s);
      case "DELETE 4" -> activity(Kind.DELETE, s);
      case "GET 4" ->
          s.get(2).equals("members") ? of(Kind.MEMBER, s.get(1), null, s.get(3)) : unknown();
      default -> unknown();
    };
  }

  private static ConnectorRoute activity(Kind kind, List<String> s) {
    return s.get(2).equals("activities") ? of(kind, s.get(1), s.get(3), null) : unknown();
  }

  private static ConnectorRoute of(Kind kind, String conversation, String activity, String member) {
    boolean blank =
        conversation.isEmpty()
            || (activity != null && activity.isEmpty())
            || (member != null && member.isEmpty());
    return blank ? unknown() : new ConnectorRoute(kind, conversation, activity, member);
  }

  private static ConnectorRoute unknown() {
    return new ConnectorRoute(Kind.UNKNOWN, null, null, null);
  }

  /** Percent-decoding only: in a path a {@code +} is a plus sign, not a space. */
  private static String decoded(String segment) {
    return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
