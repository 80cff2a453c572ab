package dev.signet.testkit.internal;

import dev.signet.core.SignetJson;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers to write the fakes' JSON answers in the exchanges' field order. Not API. */
public final class Json {
  private Json() {}

  /**
   * A new ordered object.
   * @return a new empty, insertion-ordered, mutable map
   */
  public static Map<String, Object> object() {
    return new LinkedHashMap<>();
  }

  /**
   * The JSON text of {@code value}.
   * @param value the value to serialize with Signet's shared mapper
   * @return the JSON text
   */
  public static String write(Object value) {
    return SignetJson.mapper().writeValueAsString(value);
  }
}
