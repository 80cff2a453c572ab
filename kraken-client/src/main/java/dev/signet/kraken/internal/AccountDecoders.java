package dev.signet.kraken.internal;

import dev.signet.core.Decoder;
import dev.signet.kraken.account.AccountPage;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * The account decoders that are more than {@code Decoder.of(record)}: the paged results
 * ({@code {"closed"|"trades"|"ledger": {id: entry, …}, "count": n}}), streamed off the parser with
 * the entries through one prepared map decoder, and RemoveExport's {@code {"delete"|"cancel": bool}}.
 * Not API.
 *
 * <pre>{@code
 * Decoder<AccountPage<KrakenOrder>> d = AccountDecoders.page(CLOSED_ENTRIES, "closed", query.offset());
 * }</pre>
 */
public final class AccountDecoders {
  private AccountDecoders() {}

  /**
   * A page: the member {@code key} through {@code entries}, the optional integer {@code count}, other members skipped.
   *
   * @param <T> the entry type
   * @param entries decodes the id-to-entry object
   * @param key the entries' member, e.g. {@code closed}
   * @param offset the {@code ofs} the page was asked with
   * @return the page decoder
   */
  public static <T> Decoder<AccountPage<T>> page(Decoder<Map<String, T>> entries, String key, int offset) {
    Objects.requireNonNull(entries, "entries");
    return p -> {
      JsonToken start = p.currentToken() == null ? p.nextToken() : p.currentToken();
      if (start != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("field 'result' must be an object with '" + key + "', found " + start);
      }
      Map<String, T> found = null;
      Integer count = null;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken value = p.nextToken();
        if (name.equals(key)) {
          found = entries.decode(p);
        } else if (name.equals("count")) {
          count = count(p, value);
        } else {
          p.skipChildren();
        }
      }
      if (found == null) {
        throw new IllegalArgumentException("field '" + key + "' is missing or null");
      }
      return new AccountPage<>(found, count, offset);
    };
  }

  private static Integer count(JsonParser p, JsonToken value) {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    if (value != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
      throw new IllegalArgumentException("field 'count' is not an integer: " + p.getString());
    }
    return p.getIntValue();
  }

  /**
   * RemoveExport's answer: the boolean member named by the removal type.
   *
   * @param type {@code delete} or {@code cancel}
   * @return the decoder of whether Kraken removed the report
   */
  public static Decoder<Boolean> removed(String type) {
    return Decoder.tree().map(n -> {
      JsonNode v = n.isObject() ? n.get(type) : null;
      if (v == null || !v.isBoolean()) {
        throw new IllegalArgumentException("field '" + type + "' is " + (v == null ? "missing" : "not a boolean: " + v));
      }
      return v.booleanValue();
    });
  }
}
