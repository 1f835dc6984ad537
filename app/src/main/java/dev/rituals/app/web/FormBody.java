package dev.rituals.app.web;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** An application/x-www-form-urlencoded body; empty when it is not one (bad UTF-8 or escapes). */
record FormBody(Map<String, String> fields) {

  static Optional<FormBody> parse(byte[] body) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString();
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
    Map<String, String> fields = new HashMap<>();
    if (text.isEmpty()) {
      return Optional.of(new FormBody(fields));
    }
    try {
      for (String pair : text.split("&")) {
        int eq = pair.indexOf('=');
        String name =
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value =
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        if (fields.put(name, value) != null) {
          return Optional.empty(); // a field twice: which one would count is anyone's guess
        }
      }
    } catch (IllegalArgumentException badEscape) {
      return Optional.empty();
    }
    return Optional.of(new FormBody(fields));
  }

  /** The field's value, "" when absent. */
  String get(String name) {
    return fields.getOrDefault(name, "");
  }
}
