package dev.signet.kraken.internal;

import dev.signet.core.internal.json.JsonFields;
import dev.signet.core.internal.json.SortedStringMap;
import dev.signet.kraken.KrakenBalance;
import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Streams Kraken's {@code Balance} result ({@code {"XXBT":"1.0",…}}) off the parser into the
 * {@link SortedStringMap} {@link KrakenBalance} keeps (which it takes without copying), each value
 * through {@link JsonFields#decimal}: no intermediate map and no general-purpose map binding on the
 * call bots poll most. A null or non-decimal balance is refused naming the asset, as Jackson's own
 * map decoding does with {@code SignetJson} and {@link KrakenBalance}'s constructor. Not API.
 */
public final class KrakenBalanceDeserializer extends ValueDeserializer<KrakenBalance> {
  @Override
  public KrakenBalance deserialize(JsonParser p, DeserializationContext ctxt) {
    SortedStringMap.Builder<BigDecimal> balances = new SortedStringMap.Builder<>();
    for (String asset = JsonFields.firstName(p, ctxt, KrakenBalance.class); asset != null; asset = p.nextName()) {
      p.nextToken();
      BigDecimal balance = JsonFields.decimal(p, ctxt, KrakenBalance.class, asset);
      if (balance == null) {
        throw JsonFields.instantiationFailure(ctxt, KrakenBalance.class,
            new IllegalArgumentException("field 'balances' has a null value for '" + asset + "'"));
      }
      balances.put(asset, balance);
    }
    return new KrakenBalance(balances.build());
  }
}
