package org.commonground.storage.audit;

/** Writes the small flat JSON objects kept as an audit entry's before and after values. */
public final class AuditJson {

  private AuditJson() {}

  /** {@code object("name", "A", "status", "ACTIVE")} is {@code {"name":"A","status":"ACTIVE"}}. */
  public static String object(Object... keysAndValues) {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      if (i > 0) {
        json.append(',');
      }
      json.append(quote(String.valueOf(keysAndValues[i]))).append(':');
      Object value = keysAndValues[i + 1];
      json.append(literal(value));
    }
    return json.append('}').toString();
  }

  private static String literal(Object value) {
    if (value == null || value instanceof Number || value instanceof Boolean) {
      return String.valueOf(value);
    }
    return quote(value.toString());
  }

  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
