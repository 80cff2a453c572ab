package dev.signet.binance.internal;

import dev.signet.binance.spot.Balance;
import dev.signet.core.internal.json.JsonFields;
import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Streams one {@link Balance} off the parser: accounts list hundreds to thousands of them, and this
 * decodes them at about half the CPU and 60 % of the allocation of Jackson's property-based record
 * creation (see benchmarks/RESULTS.md). Unknown fields are skipped; a missing or null field is
 * refused by {@link Balance}'s constructor and reported as Jackson reports it for a record it
 * builds itself. Its three-member loop is written out rather than run through
 * {@code FieldLoop}: that loop's per-object {@code Fields} instance cost 32 bytes a balance, a
 * quarter more allocation for an account of 30,000 balances (benchmarks/RESULTS.md, run 14). Not API.
 */
public final class BalanceDeserializer extends ValueDeserializer<Balance> {
  @Override
  public Balance deserialize(JsonParser p, DeserializationContext ctxt) {
    String asset = null;
    BigDecimal free = null;
    BigDecimal locked = null;
    for (String name = JsonFields.firstName(p, ctxt, Balance.class); name != null; name = p.nextName()) {
      p.nextToken();
      switch (name) {
        case "asset" -> asset = JsonFields.string(p, ctxt, Balance.class, "asset");
        case "free" -> free = JsonFields.decimal(p, ctxt, Balance.class, "free");
        case "locked" -> locked = JsonFields.decimal(p, ctxt, Balance.class, "locked");
        default -> p.skipChildren();
      }
    }
    try {
      return new Balance(asset, free, locked);
    } catch (IllegalArgumentException refused) {
      throw JsonFields.instantiationFailure(ctxt, Balance.class, refused);
    }
  }
}
