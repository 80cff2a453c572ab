package dev.signet.binance.spot;

import dev.signet.binance.internal.BinanceOrderIds;
import dev.signet.binance.internal.Symbols;
import dev.signet.core.Params;
import dev.signet.core.internal.Checks;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An order list whose working order, once it fills, places the pending order(s):
 * OTO ({@code POST /api/v3/orderList/oto}), OTOCO ({@code otoco}: the pending orders are an OCO
 * pair), OPO and OPOCO (the same, the pending quantity being what the working order filled).
 * The factories refuse, before anything is sent, a working type other than LIMIT or LIMIT_MAKER, a
 * pending OCO pair the docs do not allow, and a MARKET working or {@code quoteOrderQty} pending
 * order (legs take no {@code quoteOrderQty}). Parameters go out in the docs' order, with
 * {@code newOrderRespType=RESULT}. Immutable.
 *
 * <pre>{@code
 * TriggeredOrderList oto = TriggeredOrderList.oto("BTCUSDT",
 *     OrderSide.BUY, new BigDecimal("0.01"), OrderListLeg.limit(new BigDecimal("40000"), TimeInForce.GTC),
 *     OrderSide.SELL, new BigDecimal("0.01"), OrderListLeg.limitMaker(new BigDecimal("45000")));
 * }</pre>
 */
public final class TriggeredOrderList {
  private static final List<OrderType> WORKING = List.of(OrderType.LIMIT, OrderType.LIMIT_MAKER);

  /** Which list: the path's last segment. */
  private final String kind;
  private final String symbol;
  private final String listClientOrderId;
  private final Params legs;

  private TriggeredOrderList(String kind, String symbol, OrderSide workingSide, BigDecimal workingQty,
      OrderListLeg working, OrderSide pendingSide, BigDecimal pendingQty, OrderListLeg[] pending) {
    this(kind, symbol, BinanceOrderIds.generate(), build(kind, symbol, workingSide, workingQty, working, pendingSide,
        pendingQty, pending));
  }

  private TriggeredOrderList(String kind, String symbol, String listClientOrderId, Params legs) {
    this.kind = kind;
    this.symbol = symbol;
    this.listClientOrderId = NewOrder.checkClientOrderId(listClientOrderId, "listClientOrderId");
    this.legs = legs;
  }

  /** Checks the list and returns the legs' parameters, in the docs' order. */
  private static Params build(String kind, String symbol, OrderSide workingSide, BigDecimal workingQty,
      OrderListLeg working, OrderSide pendingSide, BigDecimal pendingQty, OrderListLeg[] pending) {
    Symbols.check("symbol", symbol);
    Objects.requireNonNull(workingSide, "workingSide");
    Checks.positive(workingQty, "workingQuantity");
    Objects.requireNonNull(working, "working");
    Objects.requireNonNull(pendingSide, "pendingSide");
    OrderListLeg.checkType("working", working, WORKING, "an " + kind.toUpperCase(java.util.Locale.ROOT));
    Params p = Params.empty();
    working.addTo(p, "working", workingSide, workingQty);
    if (pending.length == 1) {
      pending[0].addTo(p, "pending", pendingSide, pendingQty);
    } else {
      OrderListLeg.checkPair("pendingAbove", pending[0], "pendingBelow", pending[1],
          "the pending pair of an " + kind.toUpperCase(java.util.Locale.ROOT));
      p.add("pendingSide", pendingSide).addIfPresent("pendingQuantity", pendingQty);
      pending[0].addTo(p, "pendingAbove", null, null);
      pending[1].addTo(p, "pendingBelow", null, null);
    }
    return p;
  }

  /**
   * This list with your {@code listClientOrderId} instead of the generated one.
   *
   * @param id 1 to 36 of {@code A-Z a-z 0-9 . : / _ -}
   * @return a copy with the id
   */
  public TriggeredOrderList withListClientOrderId(String id) {
    return new TriggeredOrderList(kind, symbol, id, legs);
  }

  /**
   * An OTO: the working order, then the pending order once it fills.
   *
   * @param symbol the symbol
   * @param workingSide the working order's side
   * @param workingQty the working order's quantity
   * @param working the working order (LIMIT or LIMIT_MAKER)
   * @param pendingSide the pending order's side
   * @param pendingQty the pending order's quantity
   * @param pending the pending order (any type)
   * @return the request
   */
  public static TriggeredOrderList oto(String symbol, OrderSide workingSide, BigDecimal workingQty, OrderListLeg working,
      OrderSide pendingSide, BigDecimal pendingQty, OrderListLeg pending) {
    return new TriggeredOrderList("oto", symbol, workingSide, workingQty, working, pendingSide,
        Checks.positive(pendingQty, "pendingQuantity"), new OrderListLeg[] {Objects.requireNonNull(pending, "pending")});
  }

  /**
   * An OTOCO: the working order, then an OCO pair once it fills.
   *
   * @param symbol the symbol
   * @param workingSide the working order's side
   * @param workingQty the working order's quantity
   * @param working the working order (LIMIT or LIMIT_MAKER)
   * @param pendingSide the pending pair's side
   * @param pendingQty the pending pair's quantity
   * @param above the pending order above the market
   * @param below the pending order below the market
   * @return the request
   */
  public static TriggeredOrderList otoco(String symbol, OrderSide workingSide, BigDecimal workingQty,
      OrderListLeg working, OrderSide pendingSide, BigDecimal pendingQty, OrderListLeg above, OrderListLeg below) {
    return new TriggeredOrderList("otoco", symbol, workingSide, workingQty, working, pendingSide,
        Checks.positive(pendingQty, "pendingQuantity"), pair(above, below));
  }

  /**
   * An OPO: like an OTO, the pending order's quantity being what the working order filled.
   *
   * @param symbol the symbol
   * @param workingSide the working order's side
   * @param workingQty the working order's quantity
   * @param working the working order (LIMIT or LIMIT_MAKER)
   * @param pendingSide the pending order's side
   * @param pending the pending order
   * @return the request
   */
  public static TriggeredOrderList opo(String symbol, OrderSide workingSide, BigDecimal workingQty, OrderListLeg working,
      OrderSide pendingSide, OrderListLeg pending) {
    return new TriggeredOrderList("opo", symbol, workingSide, workingQty, working, pendingSide, null,
        new OrderListLeg[] {Objects.requireNonNull(pending, "pending")});
  }

  /**
   * An OPOCO: like an OTOCO, the pending pair's quantity being what the working order filled.
   *
   * @param symbol the symbol
   * @param workingSide the working order's side
   * @param workingQty the working order's quantity
   * @param working the working order (LIMIT or LIMIT_MAKER)
   * @param pendingSide the pending pair's side
   * @param above the pending order above the market
   * @param below the pending order below the market
   * @return the request
   */
  public static TriggeredOrderList opoco(String symbol, OrderSide workingSide, BigDecimal workingQty,
      OrderListLeg working, OrderSide pendingSide, OrderListLeg above, OrderListLeg below) {
    return new TriggeredOrderList("opoco", symbol, workingSide, workingQty, working, pendingSide, null, pair(above, below));
  }

  /**
   * The path's last segment: {@code oto}, {@code otoco}, {@code opo} or {@code opoco}.
   *
   * @return the list kind
   */
  public String kind() {
    return kind;
  }

  /**
   * The symbol.
   *
   * @return the symbol
   */
  public String symbol() {
    return symbol;
  }

  /**
   * The list's client id, generated when the request was made.
   *
   * @return the list's client id
   */
  public String listClientOrderId() {
    return listClientOrderId;
  }

  /**
   * The parameters in the docs' order (a copy).
   *
   * @return the parameters in sending order
   */
  public Params toParams() {
    return Params.of("symbol", symbol).add("listClientOrderId", listClientOrderId)
        .add("newOrderRespType", ResponseType.RESULT).addAll(legs);
  }

  @Override
  public String toString() {
    return "TriggeredOrderList" + toParams();
  }

  private static OrderListLeg[] pair(OrderListLeg above, OrderListLeg below) {
    return new OrderListLeg[] {Objects.requireNonNull(above, "above"), Objects.requireNonNull(below, "below")};
  }
}
