package dev.signet.kraken.internal;

import dev.signet.core.internal.json.JsonFields;
import java.math.BigDecimal;
import java.time.Instant;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * The funding answers' field shapes that plain binding would get wrong: unix <em>seconds</em> (the
 * shared mapper reads integers as epoch milliseconds), {@code "0"} meaning "never", and a deposit
 * limit that is a decimal or {@code false}. Each refuses any other shape as a Jackson exception
 * naming the field, which the executor reports as {@code MalformedResponseException}. Not API.
 *
 * <pre>{@code
 * @JsonDeserialize(using = FundingValues.Seconds.class) Instant time
 * }</pre>
 */
public final class FundingValues {
  private FundingValues() {}

  /** Unix seconds (a JSON integer or an integer in a string) to the exact {@link Instant}. */
  public static final class Seconds extends ValueDeserializer<Instant> {
    /** Stateless. */
    public Seconds() {}

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) {
      return Instant.ofEpochSecond(JsonFields.longValue(p, ctxt, Instant.class, p.currentName()));
    }
  }

  /** As {@link Seconds}, with {@code 0} ({@code "0"}) meaning "never", decoded as null. */
  public static final class SecondsOrNever extends ValueDeserializer<Instant> {
    /** Stateless. */
    public SecondsOrNever() {}

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) {
      long seconds = JsonFields.longValue(p, ctxt, Instant.class, p.currentName());
      return seconds == 0 ? null : Instant.ofEpochSecond(seconds);
    }
  }

  /** A decimal (string or number), or {@code false} for "no limit", decoded as null; {@code true} is refused. */
  public static final class LimitOrFalse extends ValueDeserializer<BigDecimal> {
    /** Stateless. */
    public LimitOrFalse() {}

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() == JsonToken.VALUE_FALSE) {
        return null;
      }
      return JsonFields.decimal(p, ctxt, BigDecimal.class, p.currentName());
    }
  }
}
