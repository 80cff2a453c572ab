package dev.signet.kraken.stream;

import dev.signet.kraken.trading.KrakenOrder;
import dev.signet.kraken.trading.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One Kraken order's state as a bot should act on it, from {@link KrakenOrderReconciler}: either an
 * execution report of the {@code executions} channel ({@code reconciled() == false}) or, where the
 * stream could not prove it delivered every report (a gap), the order as OpenOrders, ClosedOrders or
 * QueryOrders answered it over REST ({@code reconciled() == true}: several fills may be folded into one
 * update; the difference in {@link #cumQty()} is what filled meanwhile). A report that leaves a field
 * out keeps the value known before. Immutable.
 *
 * <pre>{@code
 * for (KrakenOrderUpdate u : reconciler.accept(executions.take())) {
 *   if (u.state() == KrakenOrderUpdate.State.FILLED) {
 *     bot.onFilled(u.orderId(), u.cumQty(), u.reconciled());
 *   }
 * }
 * }</pre>
 *
 * @param orderId Kraken's txid
 * @param clientOrderId the order's {@code cl_ord_id}, or null
 * @param pair the pair as the source names it ({@code BTC/USD} on the stream, {@code XBTUSD} over REST), or null
 * @param side buy or sell, or null when not known yet
 * @param state where the order is in its life
 * @param status the status as sent ({@code pending_new}, {@code new}, {@code filled} on the stream;
 *     {@code pending}, {@code open}, {@code closed} over REST; ...)
 * @param orderQty the order's quantity, or null when not known yet
 * @param limitPrice the limit price, or null (a market order, or not known yet)
 * @param cumQty the quantity filled so far, cumulative
 * @param cumCost the quote quantity filled so far, cumulative, or null when not known
 * @param time when this state was reported (the report's timestamp; the close, else open, time over REST)
 * @param reconciled true when read over REST after a gap, false when from a stream report
 */
public record KrakenOrderUpdate(String orderId, String clientOrderId, String pair, Side side, State state, String status,
    BigDecimal orderQty, BigDecimal limitPrice, BigDecimal cumQty, BigDecimal cumCost, Instant time, boolean reconciled) {

  /** Where an order is in its life, in order; the last three are final. */
  public enum State {
    /** Received, not yet on the book ({@code pending_new}, {@code pending}). */
    PENDING,
    /** On the book or waiting for its trigger, maybe partly filled ({@code new}, {@code partially_filled}, {@code open}). */
    OPEN,
    /** Filled whole ({@code filled}, {@code closed}). */
    FILLED,
    /** Cancelled ({@code canceled}), maybe after partial fills. */
    CANCELED,
    /** Expired ({@code expired}). */
    EXPIRED;

    /**
     * Whether the order can change no more.
     *
     * @return true for FILLED, CANCELED and EXPIRED
     */
    public boolean isFinal() {
      return ordinal() >= FILLED.ordinal();
    }
  }

  /**
   * Checks the fields always known.
   *
   * @param orderId the txid
   * @param clientOrderId the client order id
   * @param pair the pair
   * @param side the side
   * @param state the state
   * @param status the status as sent
   * @param orderQty the quantity
   * @param limitPrice the limit price
   * @param cumQty the quantity filled
   * @param cumCost the quote quantity filled
   * @param time when
   * @param reconciled whether read over REST
   */
  public KrakenOrderUpdate {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(cumQty, "cumQty");
  }

  /**
   * The state an execution report gives, the fields it leaves out taken from {@code earlier}.
   *
   * @param e the report
   * @param earlier the state known so far, or null
   * @return the update, not reconciled
   */
  public static KrakenOrderUpdate of(ExecutionEvent e, KrakenOrderUpdate earlier) {
    String status = e.orderStatus() != null ? e.orderStatus() : e.execType();
    State state = streamState(status);
    if (state == null) {
      state = earlier != null ? earlier.state : State.OPEN;
    }
    return new KrakenOrderUpdate(e.orderId(), or(e.clOrdId(), earlier == null ? null : earlier.clientOrderId),
        or(e.symbol(), earlier == null ? null : earlier.pair), or(e.side(), earlier == null ? null : earlier.side), state,
        status, or(e.orderQty(), earlier == null ? null : earlier.orderQty),
        or(e.limitPrice(), earlier == null ? null : earlier.limitPrice),
        or(e.cumQty(), earlier == null ? BigDecimal.ZERO : earlier.cumQty), or(e.cumCost(), earlier == null ? null : earlier.cumCost),
        e.timestamp(), false);
  }

  /**
   * The state a REST order read gives.
   *
   * @param txid the order's txid (the key of the answer's map)
   * @param o the order
   * @return the update, reconciled
   */
  public static KrakenOrderUpdate of(String txid, KrakenOrder o) {
    String status = o.status().wireValue();
    State state = switch (status) {
      case "pending" -> State.PENDING;
      case "closed" -> State.FILLED;
      case "canceled" -> State.CANCELED;
      case "expired" -> State.EXPIRED;
      default -> State.OPEN;
    };
    BigDecimal seconds = o.closeTime() != null ? o.closeTime() : o.openTime();
    Instant time = seconds == null ? null
        : Instant.ofEpochSecond(0, seconds.movePointRight(9).toBigInteger().longValueExact());
    BigDecimal limit = o.descr() == null || o.descr().price() == null || o.descr().price().signum() == 0 ? null : o.descr().price();
    return new KrakenOrderUpdate(txid, o.clientOrderId(), o.descr() == null ? null : o.descr().pair(),
        o.descr() == null ? null : o.descr().type(), state, status, o.volume(), limit,
        o.volumeExecuted() == null ? BigDecimal.ZERO : o.volumeExecuted(), o.cost(), time, true);
  }

  /**
   * Whether this state comes after {@code earlier}: {@code earlier} is not final, the state does not go
   * back (PENDING before OPEN before a final state), nothing filled is taken back, and something
   * changed (the state, the filled or ordered quantity, the limit price). A duplicate or a stale report
   * (one older than a reconciled state) does not.
   *
   * @param earlier the state known so far, or null for an order not seen yet
   * @return true when a bot should act on this one
   */
  public boolean advances(KrakenOrderUpdate earlier) {
    if (earlier == null) {
      return true;
    }
    if (earlier.state.isFinal() || rank(state) < rank(earlier.state) || cumQty.compareTo(earlier.cumQty) < 0) {
      return false;
    }
    return state != earlier.state || cumQty.compareTo(earlier.cumQty) != 0 || differs(orderQty, earlier.orderQty)
        || differs(limitPrice, earlier.limitPrice);
  }

  private static int rank(State s) {
    return Math.min(s.ordinal(), State.FILLED.ordinal());
  }

  private static boolean differs(BigDecimal a, BigDecimal b) {
    return a != null && b != null && a.compareTo(b) != 0;
  }

  private static State streamState(String status) {
    return switch (status) {
      case "pending_new" -> State.PENDING;
      case "new", "partially_filled" -> State.OPEN;
      case "filled" -> State.FILLED;
      case "canceled" -> State.CANCELED;
      case "expired" -> State.EXPIRED;
      default -> null;
    };
  }

  private static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }
}
