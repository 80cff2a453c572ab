package dev.signet.kraken.internal;

import dev.signet.core.Decoder;
import dev.signet.kraken.funding.FundingPage;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Decodes {@code DepositStatus} and {@code WithdrawStatus}, whose {@code result} is polymorphic:
 * a bare array of entries without paging, or, with {@code cursor}, an object holding the array
 * (Kraken's spec names it {@code deposit} for deposits and does not declare the withdrawal form) and
 * {@code next_cursor}. The object is read member by member off the stream: the one array member is
 * the list, {@code next_cursor} the cursor (a string, or {@code false}/null on the last page); two
 * arrays, or none, are refused. Not API.
 *
 * <pre>{@code
 * Decoder<FundingPage<Deposit>> d = FundingPageDecoder.of(Deposit.class);
 * }</pre>
 */
public final class FundingPageDecoder {
  private FundingPageDecoder() {}

  /**
   * A decoder of pages of {@code element}.
   *
   * @param <T> the entry type
   * @param element the entry class
   * @return the decoder; thread-safe
   */
  public static <T> Decoder<FundingPage<T>> of(Class<T> element) {
    Decoder<java.util.List<T>> list = Decoder.listOf(element);
    return p -> {
      JsonToken start = p.currentToken() == null ? p.nextToken() : p.currentToken();
      if (start == JsonToken.START_ARRAY) {
        return new FundingPage<>(list.decode(p), null);
      }
      if (start != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("expected a JSON array of " + element.getSimpleName()
            + " or an object with one and next_cursor, found " + start);
      }
      java.util.List<T> items = null;
      String cursor = null;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        if (name.equals("next_cursor")) {
          cursor = cursor(p, t);
        } else if (t == JsonToken.START_ARRAY) {
          if (items != null) {
            throw new IllegalArgumentException("the page holds two lists; '" + name + "' is the second");
          }
          items = list.decode(p);
        } else {
          p.skipChildren();
        }
      }
      if (items == null) {
        throw new IllegalArgumentException("the page holds no list of " + element.getSimpleName());
      }
      return new FundingPage<>(items, cursor);
    };
  }

  private static String cursor(JsonParser p, JsonToken t) {
    if (t == JsonToken.VALUE_STRING) {
      return p.getString();
    }
    if (t == JsonToken.VALUE_NULL || t == JsonToken.VALUE_FALSE) {
      return null;
    }
    throw new IllegalArgumentException("field 'next_cursor' is not a string: " + t);
  }
}
