package dev.signet.testkit;

import dev.signet.testkit.FuturesBook.Algo;
import dev.signet.testkit.FuturesBook.Order;
import dev.signet.testkit.FuturesPositions.Contract;
import dev.signet.testkit.FuturesPositions.Position;
import dev.signet.testkit.internal.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The documented JSON shapes of {@link FakeFutures}'s answers: orders, algo orders and positions.
 * Prices and trigger prices have the tick size's decimals, quantities the step size's, {@code avgPrice}
 * 5 decimals, {@code cumQuote} both; money (PnL, margins, wallet) 8 decimals.
 */
final class FuturesJson {
  private FuturesJson() {}

  static String scaled(BigDecimal v, BigDecimal step) {
    return v == null ? "0" : v.setScale(Math.max(step.scale(), 0), RoundingMode.HALF_UP).toPlainString();
  }

  static String money(BigDecimal v) {
    return v.setScale(8, RoundingMode.HALF_UP).toPlainString();
  }

  /** A plain order; {@code asPlaced} shows it as {@code ACK} does, before matching; {@code withTime} gives the query shape ({@code time}, no {@code cumQty}). */
  static Map<String, Object> order(Order o, Contract c, boolean asPlaced, boolean withTime) {
    BigDecimal executed = asPlaced ? BigDecimal.ZERO : o.executed;
    BigDecimal cumQuote = asPlaced ? BigDecimal.ZERO : o.cumQuote;
    Map<String, Object> r = Json.object();
    r.put("orderId", o.id);
    r.put("symbol", o.symbol);
    r.put("status", asPlaced ? "NEW" : o.status);
    r.put("clientOrderId", o.clientOrderId);
    r.put("price", o.price == null ? "0" : scaled(o.price, c.tickSize));
    r.put("avgPrice", executed.signum() == 0 ? "0.00000" : cumQuote.divide(executed, 5, RoundingMode.HALF_UP).toPlainString());
    r.put("origQty", scaled(o.quantity, c.stepSize));
    r.put("executedQty", scaled(executed, c.stepSize));
    if (!withTime) {
      r.put("cumQty", scaled(executed, c.stepSize));
    }
    r.put("cumQuote", cumQuote.setScale(c.tickSize.scale() + c.stepSize.scale(), RoundingMode.HALF_UP).toPlainString());
    r.put("timeInForce", o.timeInForce);
    r.put("type", o.type);
    r.put("reduceOnly", o.reduceOnly);
    r.put("closePosition", o.closePosition);
    r.put("side", o.buy ? "BUY" : "SELL");
    r.put("positionSide", o.positionSide);
    r.put("stopPrice", "0");
    r.put("workingType", "CONTRACT_PRICE");
    r.put("priceProtect", false);
    r.put("origType", o.origType);
    r.put("priceMatch", o.priceMatch);
    r.put("selfTradePreventionMode", o.selfTradePreventionMode);
    r.put("goodTillDate", o.goodTillDate);
    if (withTime) {
      r.put("time", o.time);
    }
    r.put("updateTime", asPlaced ? o.time : o.updateTime);
    return r;
  }

  /** An algo order, as {@code POST /fapi/v1/algoOrder} and {@code GET /fapi/v1/openAlgoOrders} show it. */
  static Map<String, Object> algo(Algo a, Contract c) {
    Map<String, Object> r = Json.object();
    r.put("algoId", a.algoId);
    r.put("clientAlgoId", a.clientAlgoId);
    r.put("algoType", "CONDITIONAL");
    r.put("orderType", a.orderType);
    r.put("symbol", a.symbol);
    r.put("side", a.buy ? "BUY" : "SELL");
    r.put("positionSide", a.positionSide);
    r.put("timeInForce", a.timeInForce);
    r.put("quantity", a.quantity == null ? scaled(BigDecimal.ZERO, c.stepSize) : scaled(a.quantity, c.stepSize));
    r.put("algoStatus", a.algoStatus());
    r.put("actualOrderId", a.placed == null ? "" : Long.toString(a.placed.id));
    r.put("actualPrice", a.placed == null || a.placed.executed.signum() == 0 ? scaled(BigDecimal.ZERO, c.tickSize)
        : scaled(a.placed.cumQuote.divide(a.placed.executed, 8, RoundingMode.HALF_UP), c.tickSize));
    r.put("triggerPrice", scaled(a.triggerPrice == null ? BigDecimal.ZERO : a.triggerPrice, c.tickSize));
    r.put("price", scaled(a.price == null ? BigDecimal.ZERO : a.price, c.tickSize));
    r.put("icebergQuantity", null);
    r.put("tpOrderType", "");
    r.put("selfTradePreventionMode", a.selfTradePreventionMode);
    r.put("workingType", a.workingType);
    r.put("priceMatch", a.priceMatch);
    r.put("closePosition", a.closePosition);
    r.put("priceProtect", a.priceProtect);
    r.put("reduceOnly", a.reduceOnly);
    if (a.callbackRate != null) {
      r.put("activatePrice", a.activatePrice == null ? "" : scaled(a.activatePrice, c.tickSize));
      r.put("callbackRate", a.callbackRate.toPlainString());
    }
    r.put("createTime", a.createTime);
    r.put("updateTime", a.updateTime);
    r.put("triggerTime", a.triggerTime);
    r.put("goodTillDate", a.goodTillDate);
    return r;
  }

  /** A position as {@code GET /fapi/v2/positionRisk} shows it (with its contract's settings). */
  static Map<String, Object> positionV2(Position p, Contract c, FuturesPositions book) {
    Map<String, Object> r = Json.object();
    r.put("symbol", p.symbol);
    r.put("positionAmt", scaled(p.amount, c.stepSize));
    r.put("entryPrice", p.entry.stripTrailingZeros().toPlainString());
    r.put("breakEvenPrice", p.entry.stripTrailingZeros().toPlainString());
    r.put("markPrice", money(c.mark));
    r.put("unRealizedProfit", money(book.unrealized(p)));
    r.put("liquidationPrice", "0");
    r.put("leverage", Integer.toString(c.leverage));
    r.put("maxNotionalValue", FuturesPositionRoutes.MAX_NOTIONAL);
    r.put("marginType", c.isolated ? "isolated" : "cross");
    r.put("isolatedMargin", money(c.isolated ? p.isolatedWallet.add(book.unrealized(p)) : BigDecimal.ZERO));
    r.put("isAutoAddMargin", "false");
    r.put("positionSide", p.side);
    r.put("notional", money(p.amount.multiply(c.mark)));
    r.put("isolatedWallet", money(c.isolated ? p.isolatedWallet : BigDecimal.ZERO));
    r.put("updateTime", p.updateTime);
    return r;
  }

  /** A position as {@code GET /fapi/v3/positionRisk} shows it; {@code ordersMargin} is its open orders' initial margin. */
  static Map<String, Object> positionV3(Position p, Contract c, FuturesPositions book, BigDecimal ordersMargin) {
    BigDecimal notional = p.amount.multiply(c.mark);
    BigDecimal initial = book.initialMargin(p);
    Map<String, Object> r = Json.object();
    r.put("symbol", p.symbol);
    r.put("positionSide", p.side);
    r.put("positionAmt", scaled(p.amount, c.stepSize));
    r.put("entryPrice", p.entry.stripTrailingZeros().toPlainString());
    r.put("breakEvenPrice", p.entry.stripTrailingZeros().toPlainString());
    r.put("markPrice", money(c.mark));
    r.put("unRealizedProfit", money(book.unrealized(p)));
    r.put("liquidationPrice", "0");
    r.put("isolatedMargin", money(c.isolated ? p.isolatedWallet.add(book.unrealized(p)) : BigDecimal.ZERO));
    r.put("notional", money(notional));
    r.put("marginAsset", "USDT");
    r.put("isolatedWallet", money(c.isolated ? p.isolatedWallet : BigDecimal.ZERO));
    r.put("initialMargin", money(initial.add(ordersMargin)));
    r.put("maintMargin", money(notional.abs().multiply(FuturesPositionRoutes.MAINT_RATE)));
    r.put("positionInitialMargin", money(initial));
    r.put("openOrderInitialMargin", money(ordersMargin));
    r.put("adl", 0);
    r.put("bidNotional", "0");
    r.put("askNotional", "0");
    r.put("updateTime", p.updateTime);
    return r;
  }
}
