package dev.signet.testkit;

import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.Ledger;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns {@link FakeBinance}'s Spot order changes into the user data stream's documented events: an
 * {@code executionReport} per change (execution type {@code NEW}, {@code TRADE}, {@code CANCELED},
 * {@code EXPIRED} or {@code REPLACED}; cumulative quantities; the fill's price, quantity and
 * commission, which the fake charges none of, in the quote asset) and, when balances moved, an
 * {@code outboundAccountPosition} with the market's two assets. Execution ids count from 1. Each
 * event goes to {@code sink} (the fake user stream's publish), in order, inside the matcher's lock.
 *
 * <p>Example: {@code matcher.listen(new SpotUserEvents(ledger, clock, stream::publish))}
 */
final class SpotUserEvents implements SpotOrderListener {
  private final Ledger ledger;
  private final Clock clock;
  private final Consumer<String> sink;
  private long executionId;

  SpotUserEvents(Ledger ledger, Clock clock, Consumer<String> sink) {
    this.ledger = ledger;
    this.clock = clock;
    this.sink = sink;
  }

  @Override
  public void changed(Ledger.Order o, String executionType, SpotTrade trade, String cancelClientOrderId) {
    long now = clock.millis();
    sink.accept(Json.write(executionReport(o, executionType, trade, cancelClientOrderId, ++executionId, now)));
    sink.accept(Json.write(accountPosition(o.symbol, now)));
  }

  /** The documented {@code executionReport} of {@code o} after a change. */
  static Map<String, Object> executionReport(Ledger.Order o, String executionType, SpotTrade trade,
      String cancelClientOrderId, long executionId, long now) {
    boolean canceled = executionType.equals("CANCELED");
    Map<String, Object> e = Json.object();
    e.put("e", "executionReport");
    e.put("E", now);
    e.put("s", o.symbol);
    e.put("c", canceled ? (cancelClientOrderId != null ? cancelClientOrderId : "cancel-" + o.id) : o.clientOrderId);
    e.put("S", o.buy ? "BUY" : "SELL");
    e.put("o", o.type);
    e.put("f", o.timeInForce);
    e.put("q", plain(o.quantity));
    e.put("p", plain(o.price));
    e.put("P", plain(o.stopPrice));
    e.put("F", plain(null));
    e.put("g", o.orderListId);
    e.put("C", canceled ? o.clientOrderId : "");
    e.put("x", executionType);
    e.put("X", o.status);
    e.put("r", "NONE");
    e.put("i", o.id);
    e.put("l", plain(trade == null ? null : trade.qty()));
    e.put("z", plain(o.executed));
    e.put("L", plain(trade == null ? null : trade.price()));
    e.put("n", trade == null ? "0" : plain(trade.commission()));
    e.put("N", trade == null ? null : trade.commissionAsset());
    e.put("T", trade == null ? o.updatedMillis : trade.time());
    e.put("t", trade == null ? -1 : trade.id());
    e.put("I", executionId);
    e.put("w", Ledger.isOpen(o) && o.workingMillis >= 0);
    e.put("m", trade != null && trade.maker());
    e.put("M", false);
    e.put("O", o.createdMillis);
    e.put("Z", plain(o.quoteExecuted));
    e.put("Y", plain(trade == null ? null : trade.price().multiply(trade.qty())));
    e.put("Q", plain(null));
    if (o.workingMillis >= 0) {
      e.put("W", o.workingMillis);
    }
    e.put("V", "NONE");
    return e;
  }

  private Map<String, Object> accountPosition(String symbol, long now) {
    Ledger.Market m = ledger.findMarket(symbol).orElseThrow(() -> new IllegalStateException("no market " + symbol));
    Map<String, BigDecimal[]> balances = ledger.balances();
    List<Map<String, Object>> changed = new ArrayList<>();
    for (String asset : List.of(m.base(), m.quote())) {
      BigDecimal[] fl = balances.getOrDefault(asset, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      Map<String, Object> b = Json.object();
      b.put("a", asset);
      b.put("f", plain(fl[0]));
      b.put("l", plain(fl[1]));
      changed.add(b);
    }
    Map<String, Object> e = Json.object();
    e.put("e", "outboundAccountPosition");
    e.put("E", now);
    e.put("u", now);
    e.put("B", changed);
    return e;
  }

  private static String plain(BigDecimal value) {
    return Ledger.plain(value == null ? BigDecimal.ZERO : value, 8);
  }
}
