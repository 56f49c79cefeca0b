package org.commonground.bot.core.views;

import java.util.List;

/** Joins lines into one section's text, stopping before Slack's limit with "…and N more". */
public final class Lines {

  private static final int ROOM_FOR_THE_TAIL = 40;

  private Lines() {}

  public static String upToLimit(List<String> lines) {
    StringBuilder text = new StringBuilder();
    int limit = Markup.PARAGRAPH_LIMIT - ROOM_FOR_THE_TAIL;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (text.length() + line.length() + 1 > limit) {
        return text.append("…and ").append(lines.size() - i).append(" more").toString();
      }
      text.append(line).append('\n');
    }
    return text.toString().stripTrailing();
  }
}
