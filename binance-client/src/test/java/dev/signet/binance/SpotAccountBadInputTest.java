package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.spot.SpotAccountData;
import dev.signet.binance.spot.account.AllOrdersQuery;
import dev.signet.binance.spot.account.AllocationQuery;
import dev.signet.binance.spot.account.OrderListQuery;
import dev.signet.binance.spot.account.PreventedMatchQuery;
import dev.signet.binance.spot.account.TradeQuery;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Spot account-data input Binance would refuse is refused before anything is sent, with the exact message. */
class SpotAccountBadInputTest {
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
  private final SapiCalls calls;
  private final SpotAccountData account;

  SpotAccountBadInputTest() throws Exception {
    calls = new SapiCalls();
    account = calls.client.spot().accountData();
  }

  @AfterEach
  void stop() {
    calls.close();
  }

  private void refused(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    assertThat(calls.server.getRequestCount()).isZero();
  }

  @Test
  void myTradesRefusesFromIdWithTimes() {
    refused(() -> account.myTrades(TradeQuery.builder("BTCUSDT").fromId(1).startTime(T0).build()),
        "fromId cannot be combined with startTime/endTime, which Binance refuses; query by fromId or by time, not both.");
  }

  @Test
  void myTradesRefusesOrderIdWithTimes() {
    refused(() -> account.myTrades(TradeQuery.builder("BTCUSDT").orderId(1).endTime(T0).build()),
        "orderId cannot be combined with startTime/endTime, which Binance refuses; query by orderId or by time, not both.");
  }

  @Test
  void myTradesRefusesAWindowLongerThan24Hours() {
    refused(() -> account.myTrades(TradeQuery.builder("BTCUSDT").startTime(T0).endTime(T0.plusSeconds(86_401)).build()),
        "startTime 2026-11-01T00:00:00Z to endTime 2026-11-02T00:00:01Z is longer than 24 hours, which Binance refuses;"
            + " query one 24-hour window at a time.");
  }

  @Test
  void myTradesRefusesALimitOutOfRange() {
    refused(() -> account.myTrades(TradeQuery.builder("BTCUSDT").limit(1001).build()),
        "limit 1001 is outside 1..1000; ask for at most 1000 and page with fromId or startTime/endTime for more.");
  }

  @Test
  void allOrdersRefusesTimesOutOfOrder() {
    refused(() -> account.allOrders(AllOrdersQuery.builder("BTCUSDT").startTime(T0).endTime(T0.minusMillis(1)).build()),
        "startTime 2026-11-01T00:00:00Z is after endTime 2026-10-31T23:59:59.999Z; swap them.");
  }

  @Test
  void allOrdersRefusesALowerCaseSymbol() {
    refused(() -> account.allOrders(AllOrdersQuery.builder("btcusdt").build()),
        "symbol 'btcusdt' is not a Binance symbol: it must match ^[A-Z0-9-_.]{1,20}$ (1 to 20 upper-case letters,"
            + " digits, '-', '_' or '.', or non-ASCII letters and digits). Pass it as exchangeInfo lists it, e.g. BTCUSDT (here BTCUSDT).");
  }

  @Test
  void allOrderListsRefusesFromIdWithTimesAndLimitZero() {
    refused(() -> account.allOrderLists(OrderListQuery.builder().fromId(3).endTime(T0).build()),
        "fromId cannot be combined with startTime/endTime, which Binance refuses; query by fromId or by time, not both.");
    refused(() -> account.allOrderLists(OrderListQuery.builder().limit(0).build()),
        "limit 0 is outside 1..1000; ask for at most 1000 and page with fromId or startTime/endTime for more.");
  }

  @Test
  void myAllocationsRefusesOrderIdOrFromAllocationIdWithTimes() {
    refused(() -> account.myAllocations(AllocationQuery.builder("BTCUSDT").orderId(1).startTime(T0).build()),
        "orderId cannot be combined with startTime/endTime, which Binance refuses; query by orderId or by time, not both.");
    refused(() -> account.myAllocations(AllocationQuery.builder("BTCUSDT").fromAllocationId(1).endTime(T0).build()),
        "fromAllocationId cannot be combined with startTime/endTime, which Binance refuses; query by fromAllocationId"
            + " or by time, not both.");
  }

  @Test
  void preventedMatchesRefuseUnsupportedCombinations() {
    refused(() -> PreventedMatchQuery.byId("BTCUSDT", 1).from(2),
        "fromPreventedMatchId pages the matches of an order; start from PreventedMatchQuery.byOrder(symbol, orderId).");
    refused(() -> PreventedMatchQuery.byOrder("BTCUSDT", 1).limit(10),
        "limit is only taken with fromPreventedMatchId; call from(...) too.");
    refused(() -> new PreventedMatchQuery("BTCUSDT", 1L, 2L, null, null),
        "Give exactly one of preventedMatchId and orderId; use PreventedMatchQuery.byId or PreventedMatchQuery.byOrder.");
  }

  @Test
  void symbolTakingCallsCheckTheSymbol() {
    String slash = "symbol 'BTC/USDT' is not a Binance symbol: it must match ^[A-Z0-9-_.]{1,20}$ (1 to 20 upper-case"
        + " letters, digits, '-', '_' or '.', or non-ASCII letters and digits). Pass it as exchangeInfo lists it, e.g. BTCUSDT (here BTCUSDT).";
    refused(() -> account.commission("BTC/USDT"), slash);
    refused(() -> account.myFilters("BTC/USDT"), slash);
    refused(() -> account.openOrders("BTC/USDT"), slash);
    refused(() -> account.orderAmendments("BTC/USDT", 1), slash);
    refused(() -> account.myFilters(null), "symbol is null; pass a Binance symbol such as BTCUSDT.");
  }

  @Test
  void orderAmendmentsRefusesALimitOutOfRange() {
    refused(() -> account.orderAmendments("BTCUSDT", 1, null, 1001),
        "limit 1001 is outside 1..1000; ask for at most 1000 and page with fromExecutionId for more.");
  }

  @Test
  void orderListByClientIdRefusesAnIdBinanceWouldRefuse() {
    refused(() -> account.orderListByClientId("has space"),
        "origClientOrderId 'has space' must be 1 to 36 characters of A-Z a-z 0-9 . : / _ -.");
  }
}
