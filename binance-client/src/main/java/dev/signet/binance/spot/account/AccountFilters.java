package dev.signet.binance.spot.account;

import dev.signet.binance.internal.SymbolFilterDeserializer;
import dev.signet.binance.spot.market.SymbolFilter;
import dev.signet.core.internal.json.Required;
import java.util.List;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The filters that apply to the account on one symbol, as {@code GET /api/v3/myFilters} reports
 * them: the only place {@code MAX_ASSET} filters show. One record per filter type, as in
 * {@code exchangeInfo} ({@link SymbolFilter}); an unknown type is kept as
 * {@link SymbolFilter.UnknownFilter}.
 *
 * <pre>{@code
 * AccountFilters f = client.spot().accountData().myFilters("BTCUSDT");
 * for (SymbolFilter a : f.assetFilters()) {
 *   if (a instanceof SymbolFilter.MaxAsset m) { cap = m.limit(); }
 * }
 * }</pre>
 *
 * <p>Every list is required: a missing or null one, or a null element, fails the decode naming it.
 *
 * @param exchangeFilters the exchange-wide filters (unmodifiable)
 * @param symbolFilters the symbol's filters (unmodifiable)
 * @param assetFilters the account's asset filters, e.g. {@code MAX_ASSET} (unmodifiable)
 */
public record AccountFilters(
    @JsonDeserialize(contentUsing = SymbolFilterDeserializer.class) List<SymbolFilter> exchangeFilters,
    @JsonDeserialize(contentUsing = SymbolFilterDeserializer.class) List<SymbolFilter> symbolFilters,
    @JsonDeserialize(contentUsing = SymbolFilterDeserializer.class) List<SymbolFilter> assetFilters) {
  /**
   * Checks every list is present; copies them (a null element is refused).
   *
   * @param exchangeFilters the exchange-wide filters (unmodifiable)
   * @param symbolFilters the symbol's filters (unmodifiable)
   * @param assetFilters the account's asset filters, e.g. {@code MAX_ASSET} (unmodifiable)
   */
  public AccountFilters {
    exchangeFilters = Required.list(exchangeFilters, "exchangeFilters");
    symbolFilters = Required.list(symbolFilters, "symbolFilters");
    assetFilters = Required.list(assetFilters, "assetFilters");
  }
}
