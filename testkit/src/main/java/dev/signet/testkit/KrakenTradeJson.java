package dev.signet.testkit;

import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.Ledger;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** How {@link FakeKraken} writes an order (OpenOrders, ClosedOrders, QueryOrders) and its AddOrder answer. */
final class KrakenTradeJson {
  private KrakenTradeJson() {}

  /** AddOrder's answer: {@code {descr:{order}, txid:[...]}}, without {@code txid} when only validated. */
  static Map<String, Object> added(String describe, String txid) {
    Map<String, Object> out = Json.object();
    out.put("descr", Map.of("order", describe));
    if (txid != null) {
      out.put("txid", java.util.List.of(txid));
    }
    return out;
  }

  /** The Order object (catalog §2.7.1); {@code trades} adds the fills' txids. */
  static Map<String, Object> order(KrakenTradeOrder t, boolean trades) {
    Ledger.Order o = t.order;
    Map<String, Object> r = Json.object();
    r.put("refid", null);
    r.put("userref", t.userref == null ? 0 : t.userref);
    if (o.clientOrderId != null) {
      r.put("cl_ord_id", o.clientOrderId);
    }
    String status = switch (o.status) {
      case "NEW" -> "open";
      case "FILLED" -> "closed";
      default -> "canceled";
    };
    r.put("status", status);
    r.put("opentm", seconds(o.createdMillis));
    if (!status.equals("open")) {
      r.put("closetm", seconds(o.updatedMillis));
      r.put("reason", t.reason);
    }
    r.put("starttm", 0);
    r.put("expiretm", 0);
    Map<String, Object> descr = Json.object();
    descr.put("pair", t.pair.altname());
    descr.put("type", o.buy ? "buy" : "sell");
    descr.put("ordertype", t.ordertype);
    descr.put("price", t.price == null ? "0" : t.price.toPlainString());
    descr.put("price2", t.price2 == null ? "0" : t.price2.toPlainString());
    descr.put("leverage", "none");
    descr.put("order", t.describe());
    descr.put("close", "");
    r.put("descr", descr);
    r.put("vol", Ledger.plain(o.quantity, 8));
    r.put("vol_exec", Ledger.plain(o.executed, 8));
    r.put("cost", Ledger.plain(o.quoteExecuted, 5));
    r.put("fee", Ledger.plain(t.fee, 5));
    r.put("price", o.executed.signum() == 0 ? "0.00000"
        : Ledger.plain(o.quoteExecuted.divide(o.executed, 5, RoundingMode.HALF_EVEN), 5));
    r.put("stopprice", o.stopPrice == null ? "0.00000" : Ledger.plain(o.stopPrice, 5));
    r.put("limitprice", t.limit() == null ? "0.00000" : Ledger.plain(t.limit(), 5));
    r.put("misc", String.join(",", t.misc));
    r.put("oflags", (t.post ? "post," : "") + (o.buy ? "fciq" : "fcib"));
    if (trades && !t.trades.isEmpty()) {
      r.put("trades", t.trades);
    }
    return r;
  }

  /** Epoch milliseconds as fractional seconds, e.g. {@code 1688666559.845}. */
  static BigDecimal seconds(long millis) {
    return BigDecimal.valueOf(millis, 3);
  }
}
