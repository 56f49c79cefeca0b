package org.commonground.bot.teams;

import com.google.gson.Gson;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A long text cut into messages Teams takes: each at most {@link #MOST_BYTES} as the Bot Connector
 * receives it (UTF-8, JSON-escaped), well within the 28 KB Teams allows a message with its
 * envelope. Cuts fall between lines where there are any, so each part reads on its own.
 */
public final class MessageParts {

  static final int MOST_BYTES = 20_000;

  private static final Gson WIRE = new Gson();

  private MessageParts() {}

  public static List<String> of(String text) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    int partBytes = 0;
    for (String line : text.split("(?<=\n)")) {
      int lineBytes = bytes(line);
      if (partBytes + lineBytes > MOST_BYTES && part.length() > 0) {
        parts.add(part.toString().stripTrailing());
        part.setLength(0);
        partBytes = 0;
      }
      if (lineBytes > MOST_BYTES) {
        parts.addAll(cut(line));
        continue;
      }
      part.append(line);
      partBytes += lineBytes;
    }
    if (part.length() > 0) {
      parts.add(part.toString().stripTrailing());
    }
    return parts;
  }

  /** A line too long for one message, cut by code points. */
  private static List<String> cut(String line) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    int pieceBytes = 0;
    for (int at = 0; at < line.length(); ) {
      int codePoint = line.codePointAt(at);
      String character = new String(Character.toChars(codePoint));
      int size = bytes(character);
      if (pieceBytes + size > MOST_BYTES) {
        pieces.add(piece.toString());
        piece.setLength(0);
        pieceBytes = 0;
      }
      piece.append(character);
      pieceBytes += size;
      at += Character.charCount(codePoint);
    }
    if (piece.length() > 0) {
      pieces.add(piece.toString());
    }
    return pieces;
  }

  private static int bytes(String text) {
    // Less the two quotes JSON puts around a string.
    return WIRE.toJson(new JsonPrimitive(text)).getBytes(StandardCharsets.UTF_8).length - 2;
  }
}
