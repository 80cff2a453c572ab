package dev.signet.testkit;

import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.Ledger;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One fill {@link FakeBinance} made, as {@code GET /api/v3/myTrades} serves it.
 *
 * @param id the trade id, from 1 in the order the fake made them
 * @param symbol the symbol
 * @param orderId the order that filled
 * @param orderListId the order's list, or -1
 * @param price the fill price
 * @param qty the filled quantity, in base units
 * @param commission the commission charged (the fake charges none)
 * @param commissionAsset the asset the commission is in (the market's quote asset)
 * @param time when it filled, epoch milliseconds
 * @param buyer whether the order bought
 * @param maker whether the order rested on the book (filled at its limit price by a price move)
 */
record SpotTrade(long id, String symbol, long orderId, long orderListId, BigDecimal price, BigDecimal qty,
    BigDecimal commission, String commissionAsset, long time, boolean buyer, boolean maker) {

  /** The trade in {@code myTrades}' documented JSON. */
  Map<String, Object> json() {
    Map<String, Object> t = Json.object();
    t.put("symbol", symbol);
    t.put("id", id);
    t.put("orderId", orderId);
    t.put("orderListId", orderListId);
    t.put("price", Ledger.plain(price, 8));
    t.put("qty", Ledger.plain(qty, 8));
    t.put("quoteQty", Ledger.plain(price.multiply(qty), 8));
    t.put("commission", Ledger.plain(commission, 8));
    t.put("commissionAsset", commissionAsset);
    t.put("time", time);
    t.put("isBuyer", buyer);
    t.put("isMaker", maker);
    t.put("isBestMatch", true);
    return t;
  }

  /** The trade as an entry of the {@code fills} of a FULL order answer. */
  Map<String, Object> fill() {
    Map<String, Object> f = Json.object();
    f.put("price", Ledger.plain(price, 8));
    f.put("qty", Ledger.plain(qty, 8));
    f.put("commission", Ledger.plain(commission, 8));
    f.put("commissionAsset", commissionAsset);
    f.put("tradeId", id);
    return f;
  }
}
