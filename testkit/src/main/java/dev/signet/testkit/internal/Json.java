package dev.signet.testkit.internal;

import dev.signet.core.SignetJson;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers to write the fakes' JSON answers in the exchanges' field order. Not API. */
public final class Json {
  private Json() {}

  /** A new ordered object. */
  public static Map<String, Object> object() {
    return new LinkedHashMap<>();
  }

  /** The JSON text of {@code value}. */
  public static String write(Object value) {
    return SignetJson.mapper().writeValueAsString(value);
  }
}
