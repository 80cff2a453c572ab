package dev.signet.testkit;

import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.Ledger;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns {@link FakeKraken}'s order changes into the WebSocket v2 {@code executions} channel's
 * documented execution reports, the {@code data} of an update frame
 * ({@code {"channel":"executions","type":"update","data":[{...}],"sequence":N}}, numbered per connection
 * by {@link FakeKrakenStreams}), one per change: a new order {@code exec_type} {@code pending_new}
 * (status {@code pending_new}) then {@code new},
 * {@code trade} (with {@code exec_id}, the trade txid; {@code trade_id}, {@code last_qty},
 * {@code last_price}, {@code cost}, {@code liquidity_ind} {@code m} or {@code t}, and {@code fees} in
 * the quote asset), {@code filled}, {@code canceled} (with its {@code reason}) or {@code amended};
 * each with the order's {@code order_status}, quantities and prices as JSON numbers, cumulative
 * {@code cum_qty}, {@code cum_cost} and {@code avg_price}, and an RFC 3339 {@code timestamp} from the
 * fake's clock; {@code symbol} and fee assets by their v2 names ({@code BTC/USD}, not
 * {@code XBT/USD}). Each report goes to {@code sink}, in order, inside the matcher's lock.
 *
 * <p>Example: {@code kraken.matcher.listen(new KrakenExecutionEvents(kraken.clock(), e -> send("update", List.of(e))))}
 */
final class KrakenExecutionEvents implements KrakenOrderListener {
  private final Clock clock;
  private final Consumer<Map<String, Object>> sink;

  KrakenExecutionEvents(Clock clock, Consumer<Map<String, Object>> sink) {
    this.clock = clock;
    this.sink = sink;
  }

  @Override
  public void changed(KrakenTradeOrder t, String execType, KrakenHistory.Trade trade) {
    Instant now = clock.instant();
    if (execType.equals("new")) {
      sink.accept(execution(t, "pending_new", null, now));
    }
    sink.accept(execution(t, execType, trade, now));
  }

  /** The documented execution report of {@code t} after a change. */
  static Map<String, Object> execution(KrakenTradeOrder t, String execType, KrakenHistory.Trade trade, Instant now) {
    Ledger.Order o = t.order;
    Map<String, Object> e = Json.object();
    e.put("order_id", t.txid());
    if (t.userref != null) {
      e.put("order_userref", t.userref);
    }
    if (o.clientOrderId != null) {
      e.put("cl_ord_id", o.clientOrderId);
    }
    e.put("exec_type", execType);
    if (trade != null) {
      e.put("exec_id", trade.txid());
      e.put("trade_id", trade.tradeId());
      e.put("last_qty", number(trade.vol()));
      e.put("last_price", number(trade.price()));
      e.put("liquidity_ind", trade.maker() ? "m" : "t");
      e.put("cost", number(trade.cost()));
      Map<String, Object> fee = Json.object();
      fee.put("asset", asset(t.pair.quote()));
      fee.put("qty", number(trade.fee()));
      e.put("fees", List.of(fee));
    }
    e.put("symbol", asset(t.pair.base()) + "/" + asset(t.pair.quote()));
    e.put("side", o.buy ? "buy" : "sell");
    e.put("order_type", t.ordertype);
    e.put("order_qty", number(o.quantity));
    if (t.limit() != null) {
      e.put("limit_price", number(t.limit()));
    }
    if (o.stopPrice != null) {
      e.put("stop_price", number(o.stopPrice));
    }
    e.put("time_in_force", o.timeInForce);
    e.put("cum_qty", number(o.executed));
    e.put("cum_cost", number(o.quoteExecuted));
    e.put("avg_price", o.executed.signum() == 0 ? BigDecimal.ZERO
        : number(o.quoteExecuted.divide(o.executed, MathContext.DECIMAL64)));
    e.put("order_status", execType.equals("pending_new") ? "pending_new" : status(o.status));
    if (execType.equals("canceled")) {
      e.put("reason", t.reason);
    }
    if (execType.equals("amended")) {
      e.put("amended", true);
    }
    e.put("timestamp", now.toString());
    return e;
  }

  /** An asset as v2 names it: {@code XXBT} → {@code BTC}, {@code XXDG} → {@code DOGE}, {@code ZUSD} → {@code USD}. */
  static String asset(String id) {
    String altname = KrakenPairs.assetAltname(id);
    return altname.equals("XBT") ? "BTC" : altname.equals("XDG") ? "DOGE" : altname;
  }

  /** The ledger's status as v2 writes it: {@code NEW} → {@code new}, {@code FILLED} → {@code filled}, ... */
  private static String status(String ledgerStatus) {
    return ledgerStatus.toLowerCase(Locale.ROOT);
  }

  /** {@code value} with no trailing zeros and never in exponent form, e.g. {@code 150.000} → {@code 150}. */
  static BigDecimal number(BigDecimal value) {
    return new BigDecimal(value.stripTrailingZeros().toPlainString());
  }
}
