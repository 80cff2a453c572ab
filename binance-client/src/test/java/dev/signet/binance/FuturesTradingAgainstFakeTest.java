package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.futures.Income;
import dev.signet.binance.futures.IncomeQuery;
import dev.signet.binance.futures.IncomeType;
import dev.signet.binance.futures.MarginType;
import dev.signet.binance.futures.PositionSide;
import dev.signet.binance.futures.trade.AlgoOrder;
import dev.signet.binance.futures.trade.AlgoOrderRef;
import dev.signet.binance.futures.trade.AlgoStatus;
import dev.signet.binance.futures.trade.BatchOutcome;
import dev.signet.binance.futures.trade.CanceledAlgoOrder;
import dev.signet.binance.futures.trade.FuturesOrder;
import dev.signet.binance.futures.trade.FuturesOrderType;
import dev.signet.binance.futures.trade.FuturesResponseType;
import dev.signet.binance.futures.trade.FuturesTrading;
import dev.signet.binance.futures.trade.LeverageChange;
import dev.signet.binance.futures.trade.ModifyFuturesOrder;
import dev.signet.binance.futures.trade.NewAlgoOrder;
import dev.signet.binance.futures.trade.NewFuturesOrder;
import dev.signet.binance.futures.trade.PositionMarginChange;
import dev.signet.binance.spot.OrderRef;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.OrderStatus;
import dev.signet.core.Params;
import dev.signet.testkit.FakeBinance;
import dev.signet.testkit.FakeClock;
import dev.signet.testkit.FakeFutures;
import dev.signet.testkit.TestKeys;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A bot trading USD-M futures through the typed client on testkit's FakeBinance: fills, positions, PnL and funding. */
class FuturesTradingAgainstFakeTest {
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
  private final String secret = TestKeys.binanceSecret();
  private final FakeClock clock = FakeClock.at(T0);
  private final FakeFutures futures = FakeFutures.withBalance(d("10000"))
      .market("BTCUSDT", d("40000"), d("0.10"), d("0.001"));
  private final FakeBinance fake = FakeBinance.builder().hmacKey("bot-key", secret).clock(clock).futures(futures).build();
  private final BinanceClient client = BinanceClient.builder().credentials(BinanceCredentials.hmac("bot-key", secret))
      .futuresBaseUrl(fake.baseUrl()).clock(clock).build();
  private final FuturesTrading trading = client.futures().trading();

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private FuturesOrder query(long orderId) {
    JsonNode n = client.futures().signed("GET", "/fapi/v1/order", Params.of("symbol", "BTCUSDT").add("orderId", orderId));
    return dev.signet.core.SignetJson.mapper().treeToValue(n, FuturesOrder.class);
  }

  private JsonNode positions(String version) {
    return client.futures().signed("GET", "/fapi/" + version + "/positionRisk", Params.of("symbol", "BTCUSDT"));
  }

  /** One income entry of {@code type} and {@code amount}, at or after {@code notBefore} (the fake clock also ticks). */
  private static void assertIncome(List<Income> income, IncomeType type, String amount, Instant notBefore) {
    assertThat(income).hasSize(1);
    assertThat(income.get(0)).extracting(Income::symbol, Income::incomeType, Income::income, Income::asset, Income::info,
        Income::tranId, Income::tradeId).containsExactly("BTCUSDT", type, d(amount), "USDT", type.toString(), 9689322392L, "");
    assertThat(income.get(0).time()).isBetween(notBefore, notBefore.plusSeconds(30));
  }

  private FuturesOrder buyMarket(String qty) {
    return trading.newOrder(NewFuturesOrder.market("BTCUSDT", OrderSide.BUY, d(qty)).responseType(FuturesResponseType.RESULT)
        .build());
  }

  @Test
  void aMarketBuyOpensALongAndARestingSellClosesItRealizingPnlIntoTheWallet() {
    FuturesOrder ack = trading.newOrder(NewFuturesOrder.market("BTCUSDT", OrderSide.BUY, d("0.010")).clientOrderId("bot-1")
        .build());
    assertThat(ack).extracting(FuturesOrder::status, FuturesOrder::executedQty, FuturesOrder::clientOrderId)
        .containsExactly(OrderStatus.NEW, d("0.000"), "bot-1");
    assertThat(query(ack.orderId())).extracting(FuturesOrder::status, FuturesOrder::executedQty, FuturesOrder::avgPrice,
        FuturesOrder::cumQuote).containsExactly(OrderStatus.FILLED, d("0.010"), d("40000.00000"), d("400.00000"));
    JsonNode long1 = positions("v3").get(0);
    assertThat(long1.get("positionAmt").asString()).isEqualTo("0.010");
    assertThat(long1.get("entryPrice").asString()).isEqualTo("40000");
    assertThat(long1.get("positionInitialMargin").asString()).isEqualTo("20.00000000");

    FuturesOrder sell = trading.newOrder(NewFuturesOrder.limit("BTCUSDT", OrderSide.SELL, d("0.010"), d("41000")).build());
    futures.setMarkPrice("BTCUSDT", d("40999.90"));
    assertThat(query(sell.orderId()).status()).isEqualTo(OrderStatus.NEW);
    assertThat(positions("v3").get(0).get("unRealizedProfit").asString()).isEqualTo("9.99900000");
    clock.advance(Duration.ofMinutes(1));
    futures.setMarkPrice("BTCUSDT", d("41000.00"));

    FuturesOrder filled = query(sell.orderId());
    assertThat(filled).extracting(FuturesOrder::status, FuturesOrder::avgPrice).containsExactly(OrderStatus.FILLED,
        d("41000.00000"));
    assertThat(filled.updateTime()).isAfterOrEqualTo(T0.plusSeconds(60));
    assertThat(futures.positionAmount("BTCUSDT", "BOTH")).isEqualByComparingTo("0");
    assertThat(futures.walletBalance()).isEqualByComparingTo("10010");
    assertThat(positions("v3")).isEmpty();
    assertIncome(client.futures().income(IncomeQuery.all()), IncomeType.REALIZED_PNL, "10.00000000", T0.plusSeconds(60));
  }

  @Test
  void addingToALongAveragesTheEntryAndSellingMoreFlipsItShort() {
    buyMarket("0.010");
    futures.setMarkPrice("BTCUSDT", d("40300"));
    buyMarket("0.020");
    assertThat(futures.entryPrice("BTCUSDT", "BOTH")).isEqualByComparingTo("40200");
    FuturesOrder sell = trading.newOrder(NewFuturesOrder.market("BTCUSDT", OrderSide.SELL, d("0.040"))
        .responseType(FuturesResponseType.RESULT).build());
    assertThat(sell).extracting(FuturesOrder::status, FuturesOrder::executedQty, FuturesOrder::avgPrice)
        .containsExactly(OrderStatus.FILLED, d("0.040"), d("40300.00000"));
    assertThat(futures.positionAmount("BTCUSDT", "BOTH")).isEqualByComparingTo("-0.010");
    assertThat(futures.entryPrice("BTCUSDT", "BOTH")).isEqualByComparingTo("40300");
    assertThat(futures.walletBalance()).isEqualByComparingTo("10003");
  }

  @Test
  void aStopMarketClosingThePositionTriggersWhenTheMarkFallsThroughIt() {
    buyMarket("0.010");
    AlgoOrder stop = trading.newAlgoOrder(NewAlgoOrder.stopMarket("BTCUSDT", OrderSide.SELL, d("39000")).closePosition()
        .clientAlgoId("bot-stop").build());
    assertThat(stop).extracting(AlgoOrder::algoStatus, AlgoOrder::orderType, AlgoOrder::triggerPrice, AlgoOrder::closePosition,
        AlgoOrder::quantity).containsExactly(AlgoStatus.NEW, FuturesOrderType.STOP_MARKET, d("39000.00"), true, d("0.000"));
    futures.setMarkPrice("BTCUSDT", d("39000.10"));
    assertThat(futures.positionAmount("BTCUSDT", "BOTH")).isEqualByComparingTo("0.010");

    futures.setMarkPrice("BTCUSDT", d("38900"));
    assertThat(futures.positionAmount("BTCUSDT", "BOTH")).isEqualByComparingTo("0");
    assertThat(futures.walletBalance()).isEqualByComparingTo("9989");
    JsonNode done = client.futures().signed("GET", "/fapi/v1/algoOrder", Params.of("clientAlgoId", "bot-stop"));
    assertThat(done.get("algoStatus").asString()).isEqualTo("FINISHED");
    assertThat(done.get("actualPrice").asString()).isEqualTo("38900.00");
    assertThat(query(Long.parseLong(done.get("actualOrderId").asString()))).extracting(FuturesOrder::type,
        FuturesOrder::origType, FuturesOrder::status, FuturesOrder::executedQty, FuturesOrder::clientOrderId)
        .containsExactly(FuturesOrderType.MARKET, FuturesOrderType.STOP_MARKET, OrderStatus.FILLED, d("0.010"), "bot-stop");
    assertThatThrownBy(() -> trading.cancelAlgoOrder(AlgoOrderRef.byClientId("bot-stop")))
        .isInstanceOfSatisfying(BinanceApiException.class, e -> assertThat(e.code()).isEqualTo(-2011));
  }

  @Test
  void aTakeProfitLimitPlacesItsLimitOrderOnTriggerWhichThenRestsUntilReached() {
    buyMarket("0.010");
    AlgoOrder tp = trading.newAlgoOrder(NewAlgoOrder.takeProfit("BTCUSDT", OrderSide.SELL, d("0.010"), d("42000"))
        .price(d("42500")).build());
    futures.setMarkPrice("BTCUSDT", d("42100"));
    JsonNode triggered = client.futures().signed("GET", "/fapi/v1/algoOrder", Params.empty().add("algoId", tp.algoId()));
    assertThat(triggered.get("algoStatus").asString()).isEqualTo("TRIGGERED");
    FuturesOrder limit = query(Long.parseLong(triggered.get("actualOrderId").asString()));
    assertThat(limit).extracting(FuturesOrder::type, FuturesOrder::status, FuturesOrder::price)
        .containsExactly(FuturesOrderType.LIMIT, OrderStatus.NEW, d("42500.00"));
    futures.setMarkPrice("BTCUSDT", d("42500"));
    assertThat(query(limit.orderId()).status()).isEqualTo(OrderStatus.FILLED);
    assertThat(futures.walletBalance()).isEqualByComparingTo("10025");
  }

  @Test
  void algoOrdersTheMarkHasAlreadyCrossedAreRefusedAndOpenOnesCancel() {
    assertThatThrownBy(() -> trading.newAlgoOrder(NewAlgoOrder.stopMarket("BTCUSDT", OrderSide.BUY, d("39000"))
        .quantity(d("0.010")).build())).isInstanceOfSatisfying(BinanceApiException.class, e -> {
          assertThat(e.code()).isEqualTo(-2021);
          assertThat(e.message()).isEqualTo("Order would immediately trigger.");
        });
    AlgoOrder a = trading.newAlgoOrder(NewAlgoOrder.stopMarket("BTCUSDT", OrderSide.BUY, d("41000")).quantity(d("0.010"))
        .clientAlgoId("bot-a").build());
    assertThat(trading.cancelAlgoOrder(AlgoOrderRef.byId(a.algoId())))
        .isEqualTo(new CanceledAlgoOrder(a.algoId(), "bot-a", "200", "success"));
    trading.newAlgoOrder(NewAlgoOrder.stopMarket("BTCUSDT", OrderSide.BUY, d("41000")).quantity(d("0.010")).build());
    trading.cancelAllAlgoOrders("BTCUSDT");
    assertThat(client.futures().signed("GET", "/fapi/v1/openAlgoOrders", Params.of("symbol", "BTCUSDT"))).isEmpty();
    futures.setMarkPrice("BTCUSDT", d("41500"));
    assertThat(futures.positionAmount("BTCUSDT", "BOTH")).isEqualByComparingTo("0");
  }

  @Test
  void hedgeModeKeepsALongAndAShortAndHoldsOrdersToItsRules() {
    trading.changePositionMode(true);
    assertThatThrownBy(() -> trading.changePositionMode(true)).isInstanceOfSatisfying(BinanceApiException.class,
        e -> assertThat(e.message()).isEqualTo("No need to change position side."));
    assertThatThrownBy(() -> buyMarket("0.010")).isInstanceOfSatisfying(BinanceApiException.class, e -> {
      assertThat(e.code()).isEqualTo(-4061);
      assertThat(e.message()).isEqualTo("Order's position side does not match user's setting.");
    });
    assertThatThrownBy(() -> trading.newOrder(NewFuturesOrder.market("BTCUSDT", OrderSide.SELL, d("0.010"))
        .positionSide(PositionSide.LONG).build())).isInstanceOfSatisfying(BinanceApiException.class,
            e -> assertThat(e.message()).isEqualTo("ReduceOnly Order is rejected."));

    trading.newOrder(NewFuturesOrder.market("BTCUSDT", OrderSide.BUY, d("0.010")).positionSide(PositionSide.LONG).build());
    trading.newOrder(NewFuturesOrder.market("BTCUSDT", OrderSide.SELL, d("0.020")).positionSide(PositionSide.SHORT).build());
    futures.setMarkPrice("BTCUSDT", d("39000"));
    JsonNode risk = positions("v2");
    assertThat(risk).hasSize(2);
    assertThat(List.of(risk.get(0).get("positionSide").asString(), risk.get(0).get("positionAmt").asString(),
        risk.get(0).get("unRealizedProfit").asString(), risk.get(1).get("positionSide").asString(),
        risk.get(1).get("positionAmt").asString(), risk.get(1).get("unRealizedProfit").asString()))
        .containsExactly("LONG", "0.010", "-10.00000000", "SHORT", "-0.020", "20.00000000");
    assertThatThrownBy(() -> trading.changePositionMode(false)).isInstanceOfSatisfying(BinanceApiException.class, e -> {
      assertThat(e.code()).isEqualTo(-4068);
      assertThat(e.message()).isEqualTo("Position side cannot be changed if there exists position.");
    });
    trading.newOrder(NewFuturesOrder.market("BTCUSDT", OrderSide.BUY, d("0.020")).positionSide(PositionSide.SHORT).build());
    assertThat(futures.walletBalance()).isEqualByComparingTo("10020");
    assertThat(futures.positionAmount("BTCUSDT", "LONG")).isEqualByComparingTo("0.010");
  }

  @Test
  void positionModeCannotChangeWithOpenOrders() {
    trading.newOrder(NewFuturesOrder.limit("BTCUSDT", OrderSide.BUY, d("0.010"), d("39000")).build());
    assertThatThrownBy(() -> trading.changePositionMode(true)).isInstanceOfSatisfying(BinanceApiException.class, e -> {
      assertThat(e.code()).isEqualTo(-4067);
      assertThat(e.message()).isEqualTo("Position side cannot be changed if there exists open orders.");
    });
  }

  @Test
  void aReduceOnlyOrderThatWouldOpenIsRejected() {
    assertThatThrownBy(() -> trading.newOrder(NewFuturesOrder.market("BTCUSDT", OrderSide.SELL, d("0.010")).reduceOnly(true)
        .build())).isInstanceOfSatisfying(BinanceApiException.class, e -> {
          assertThat(e.code()).isEqualTo(-2022);
          assertThat(e.message()).isEqualTo("ReduceOnly Order is rejected.");
        });
  }

  @Test
  void leverageSetsTheMarginAnOrderNeedsAndTooLargeAnOrderIsRefused() {
    assertThat(trading.changeLeverage("BTCUSDT", 5)).isEqualTo(new LeverageChange(5, d("1000000"), "BTCUSDT"));
    assertThatThrownBy(() -> buyMarket("1.300")).isInstanceOfSatisfying(BinanceApiException.class, e -> {
      assertThat(e.code()).isEqualTo(-2019);
      assertThat(e.message()).isEqualTo("Margin is insufficient.");
    });
    buyMarket("1.250");
    assertThat(positions("v2").get(0).get("leverage").asString()).isEqualTo("5");
    assertThat(positions("v3").get(0).get("positionInitialMargin").asString()).isEqualTo("10000.00000000");
  }

  @Test
  void marginTypeAndIsolatedMargin() {
    assertThatThrownBy(() -> trading.changeMarginType("BTCUSDT", MarginType.CROSSED))
        .isInstanceOfSatisfying(BinanceApiException.class, e -> {
          assertThat(e.code()).isEqualTo(-4046);
          assertThat(e.message()).isEqualTo("No need to change margin type.");
        });
    trading.changeMarginType("BTCUSDT", MarginType.ISOLATED);
    buyMarket("0.010");
    assertThat(trading.addPositionMargin("BTCUSDT", PositionSide.BOTH, d("100")))
        .isEqualTo(new PositionMarginChange(d("100"), 200, "Successfully modify position margin.", 1));
    JsonNode p = positions("v2").get(0);
    assertThat(List.of(p.get("marginType").asString(), p.get("isolatedWallet").asString()))
        .containsExactly("isolated", "120.00000000");
    assertThatThrownBy(() -> trading.reducePositionMargin("BTCUSDT", PositionSide.BOTH, d("100.01")))
        .isInstanceOfSatisfying(BinanceApiException.class, e -> assertThat(e.code()).isEqualTo(-4051));
    assertThatThrownBy(() -> trading.changeMarginType("BTCUSDT", MarginType.CROSSED))
        .isInstanceOfSatisfying(BinanceApiException.class, e -> assertThat(e.code()).isEqualTo(-4048));
  }

  @Test
  void fundingIsChargedPerOpenPositionAsIncome() {
    buyMarket("0.010");
    clock.advance(Duration.ofHours(8));
    futures.chargeFunding("BTCUSDT", d("0.0001"));
    assertThat(futures.walletBalance()).isEqualByComparingTo("9999.96");
    assertIncome(client.futures().income(IncomeQuery.builder().incomeType(IncomeType.FUNDING_FEE).build()),
        IncomeType.FUNDING_FEE, "-0.04000000", T0.plusSeconds(8 * 3600));
  }

  @Test
  void batchesAnswerEachElementAsAnOrderOrAnError() {
    List<BatchOutcome<FuturesOrder>> placed = trading.newOrders(List.of(
        NewFuturesOrder.limit("BTCUSDT", OrderSide.BUY, d("0.010"), d("39000")).clientOrderId("b-1").build(),
        NewFuturesOrder.market("BTCUSDT", OrderSide.SELL, d("0.010")).reduceOnly(true).build()));
    assertThat(placed.get(1)).isEqualTo(new BatchOutcome.Failed<FuturesOrder>(-2022, "ReduceOnly Order is rejected."));
    long id = ((BatchOutcome.Done<FuturesOrder>) placed.get(0)).value().orderId();

    List<BatchOutcome<FuturesOrder>> modified = trading.modifyOrders(List.of(
        ModifyFuturesOrder.of(OrderRef.byClientId("BTCUSDT", "b-1"), OrderSide.BUY, d("0.020"), d("39100"))));
    assertThat(((BatchOutcome.Done<FuturesOrder>) modified.get(0)).value()).extracting(FuturesOrder::origQty,
        FuturesOrder::price, FuturesOrder::status).containsExactly(d("0.020"), d("39100.00"), OrderStatus.NEW);

    List<BatchOutcome<FuturesOrder>> cancelled = trading.cancelOrdersById("BTCUSDT", List.of(id, 999L));
    assertThat(((BatchOutcome.Done<FuturesOrder>) cancelled.get(0)).value().status()).isEqualTo(OrderStatus.CANCELED);
    assertThat(cancelled.get(1)).isEqualTo(new BatchOutcome.Failed<FuturesOrder>(-2011, "Unknown order sent."));
  }

  @Test
  void modifyCancelCancelAllAndTheDeadManSwitch() {
    FuturesOrder o = trading.newOrder(NewFuturesOrder.limit("BTCUSDT", OrderSide.BUY, d("0.010"), d("39000")).build());
    FuturesOrder moved = trading.modifyOrder(ModifyFuturesOrder.of(OrderRef.byId("BTCUSDT", o.orderId()), OrderSide.BUY,
        d("0.010"), d("40100")));
    assertThat(moved).extracting(FuturesOrder::status, FuturesOrder::avgPrice).containsExactly(OrderStatus.FILLED,
        d("40000.00000"));
    FuturesOrder rest = trading.newOrder(NewFuturesOrder.limit("BTCUSDT", OrderSide.BUY, d("0.010"), d("39000")).build());
    assertThat(trading.cancelOrder(OrderRef.byId("BTCUSDT", rest.orderId())).status()).isEqualTo(OrderStatus.CANCELED);
    assertThatThrownBy(() -> trading.cancelOrder(OrderRef.byId("BTCUSDT", rest.orderId())))
        .isInstanceOfSatisfying(BinanceApiException.class, e -> assertThat(e.message()).isEqualTo("Unknown order sent."));

    FuturesOrder a = trading.newOrder(NewFuturesOrder.limit("BTCUSDT", OrderSide.BUY, d("0.010"), d("39000")).build());
    trading.cancelAllOpenOrders("BTCUSDT");
    assertThat(query(a.orderId()).status()).isEqualTo(OrderStatus.CANCELED);

    FuturesOrder b = trading.newOrder(NewFuturesOrder.limit("BTCUSDT", OrderSide.BUY, d("0.010"), d("39000")).build());
    assertThat(trading.countdownCancelAll("BTCUSDT", Duration.ofSeconds(120))).isEqualTo(Duration.ofSeconds(120));
    clock.advance(Duration.ofSeconds(119));
    assertThat(query(b.orderId()).status()).isEqualTo(OrderStatus.NEW);
    clock.advance(Duration.ofSeconds(1));
    assertThat(query(b.orderId()).status()).isEqualTo(OrderStatus.CANCELED);
  }

  @Test
  void aGoodTillDateOrderExpiresAtItsDate() {
    FuturesOrder gtd = trading.newOrder(NewFuturesOrder.limit("BTCUSDT", OrderSide.BUY, d("0.010"), d("39000"))
        .timeInForce(dev.signet.binance.futures.trade.FuturesTimeInForce.GTD).goodTillDate(T0.plusSeconds(3600)).build());
    clock.advance(Duration.ofMinutes(59));
    assertThat(query(gtd.orderId()).status()).isEqualTo(OrderStatus.NEW);
    clock.advance(Duration.ofMinutes(1));
    assertThat(query(gtd.orderId())).extracting(FuturesOrder::status, FuturesOrder::timeInForce, FuturesOrder::goodTillDate)
        .containsExactly(OrderStatus.EXPIRED, dev.signet.binance.futures.trade.FuturesTimeInForce.GTD, T0.plusSeconds(3600));
  }

  @Test
  void aTestOrderIsCheckedButNotPlaced() {
    trading.testOrder(NewFuturesOrder.limit("BTCUSDT", OrderSide.BUY, d("0.010"), d("39000")).build());
    assertThat(client.futures().signed("GET", "/fapi/v1/openOrders", Params.empty())).isEmpty();
    assertThatThrownBy(() -> trading.testOrder(NewFuturesOrder.limit("BTCUSDT", OrderSide.BUY, d("0.010"), d("39000.05"))
        .build())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("price 39000.05 has 2 decimals; BTCUSDT allows at most 1 (pricePrecision) and Binance answers -1111"
            + " BAD_PRECISION; the nearest valid prices are 39000.0 and 39000.1.");
    BinanceClient unchecked = BinanceClient.builder().preflight(false).credentials(BinanceCredentials.hmac("bot-key", secret))
        .futuresBaseUrl(fake.baseUrl()).clock(clock).build();
    assertThatThrownBy(() -> unchecked.futures().trading().testOrder(NewFuturesOrder.limit("BTCUSDT", OrderSide.BUY,
        d("0.010"), d("39000.05")).build())).isInstanceOfSatisfying(BinanceApiException.class, e -> {
          assertThat(e.code()).isEqualTo(-4014);
          assertThat(e.message()).isEqualTo("Price not increased by tick size.");
        });
    unchecked.close();
    trading.changeMultiAssetsMode(true);
    assertThat(client.futures().signed("GET", "/fapi/v1/multiAssetsMargin", Params.empty()).get("multiAssetsMargin")
        .asBoolean()).isTrue();
  }

  @Test
  void cancellingByClientIdsAnswersEachInOrder() {
    trading.newOrder(NewFuturesOrder.limit("BTCUSDT", OrderSide.SELL, d("0.010"), d("41000")).clientOrderId("c-1").build());
    List<BatchOutcome<FuturesOrder>> out = trading.cancelOrdersByClientId("BTCUSDT", List.of("nope", "c-1"));
    assertThat(out.get(0)).isEqualTo(new BatchOutcome.Failed<FuturesOrder>(-2011, "Unknown order sent."));
    assertThat(((BatchOutcome.Done<FuturesOrder>) out.get(1)).value()).extracting(FuturesOrder::clientOrderId,
        FuturesOrder::status, FuturesOrder::side).containsExactly("c-1", OrderStatus.CANCELED, OrderSide.SELL);
    futures.setMarkPrice("BTCUSDT", d("41000"));
    assertThat(futures.positionAmount("BTCUSDT", "BOTH")).isEqualByComparingTo("0");
  }

  @Test
  void aStopLimitPricedByPriceMatchPlacesItsLimitAtTheMarkOnTrigger() {
    trading.newAlgoOrder(NewAlgoOrder.stop("BTCUSDT", OrderSide.BUY, d("0.010"), d("40500"))
        .priceMatch(dev.signet.binance.futures.trade.PriceMatch.QUEUE).clientAlgoId("s-1").build());
    futures.setMarkPrice("BTCUSDT", d("40600"));
    assertThat(futures.positionAmount("BTCUSDT", "BOTH")).isEqualByComparingTo("0.010");
    assertThat(futures.entryPrice("BTCUSDT", "BOTH")).isEqualByComparingTo("40600");
  }
}
