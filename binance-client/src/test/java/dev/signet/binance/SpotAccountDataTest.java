package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.internal.SpotEndpoints;
import dev.signet.binance.spot.CommissionRates;
import dev.signet.binance.spot.ContingencyType;
import dev.signet.binance.spot.ExpiryReason;
import dev.signet.binance.spot.ListOrderStatus;
import dev.signet.binance.spot.ListStatusType;
import dev.signet.binance.spot.Order;
import dev.signet.binance.spot.OrderList;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.OrderStatus;
import dev.signet.binance.spot.OrderType;
import dev.signet.binance.spot.PegOffsetType;
import dev.signet.binance.spot.PegPriceType;
import dev.signet.binance.spot.SelfTradePreventionMode;
import dev.signet.binance.spot.TimeInForce;
import dev.signet.binance.spot.WorkingFloor;
import dev.signet.binance.spot.account.AccountCommission;
import dev.signet.binance.spot.account.AccountFilters;
import dev.signet.binance.spot.account.AccountTrade;
import dev.signet.binance.spot.account.AllOrdersQuery;
import dev.signet.binance.spot.account.Allocation;
import dev.signet.binance.spot.account.AllocationQuery;
import dev.signet.binance.spot.account.AllocationType;
import dev.signet.binance.spot.account.OrderAmendment;
import dev.signet.binance.spot.account.OrderListQuery;
import dev.signet.binance.spot.account.PreventedMatch;
import dev.signet.binance.spot.account.PreventedMatchQuery;
import dev.signet.binance.spot.account.TradeQuery;
import dev.signet.binance.spot.account.UnfilledOrderCount;
import dev.signet.binance.spot.market.ExchangeFilter;
import dev.signet.binance.spot.market.SymbolFilter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every typed Spot account-data call: the request as sent and signed, the docs' example decoded exactly. */
class SpotAccountDataTest {
  static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
  private final SapiCalls calls;

  SpotAccountDataTest() throws Exception {
    calls = new SapiCalls();
  }

  @AfterEach
  void stop() {
    calls.close();
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static Instant ms(long millis) {
    return Instant.ofEpochMilli(millis);
  }

  /** The docs' order example (query order, open orders, all orders). */
  static final Order DOCS_ORDER = new Order("LTCBTC", 1, -1, "myOrder1", d("0.1"), d("1.0"), d("0.0"), d("0.0"),
      OrderStatus.NEW, TimeInForce.GTC, OrderType.LIMIT, OrderSide.BUY, d("0.0"), d("0.0"), ms(1499827319559L),
      ms(1499827319559L), true, d("0.000000"), ms(1499827319559L), SelfTradePreventionMode.NONE);

  @Test
  void accountSendsOmitZeroBalances() throws Exception {
    calls.respondWith("spot_account.json");
    assertThat(calls.client.spot().accountData().account(true).uid()).isEqualTo(354937868L);
    calls.assertSignedRequest("GET", "/api/v3/account", "omitZeroBalances", "true");
    calls.respondWith("spot_account.json");
    calls.client.spot().accountData().account();
    calls.assertSignedRequest("GET", "/api/v3/account");
  }

  @Test
  void queryOrderAndOpenOrdersDecodeTheDocsExample() throws Exception {
    calls.respondWith("spot_query_order.json");
    assertThat(calls.client.spot().accountData().queryOrder(dev.signet.binance.spot.OrderRef.byId("LTCBTC", 1)))
        .isEqualTo(DOCS_ORDER);
    calls.assertSignedRequest("GET", "/api/v3/order", "symbol", "LTCBTC", "orderId", "1");
    calls.respondWith("spot_open_orders.json");
    assertThat(calls.client.spot().accountData().openOrders("LTCBTC")).containsExactly(DOCS_ORDER);
    calls.assertSignedRequest("GET", "/api/v3/openOrders", "symbol", "LTCBTC");
  }

  @Test
  void allOrdersSendsEveryFilterInTheDocsOrder() throws Exception {
    calls.respondWith("spot_all_orders.json");
    List<Order> orders = calls.client.spot().accountData().allOrders(AllOrdersQuery.builder("LTCBTC").limit(1000)
        .endTime(T0.plusSeconds(86_400)).startTime(T0).orderId(7).build());
    calls.assertSignedRequest("GET", "/api/v3/allOrders", "symbol", "LTCBTC", "orderId", "7", "startTime",
        "1793491200000", "endTime", "1793577600000", "limit", "1000");
    assertThat(orders).containsExactly(DOCS_ORDER);
  }

  @Test
  void orderListByIdOrClientIdDecodesTheDocsExample() throws Exception {
    calls.respondWith("spot_order_list.json");
    OrderList<Void> list = calls.client.spot().accountData().orderList(27);
    calls.assertSignedRequest("GET", "/api/v3/orderList", "orderListId", "27");
    assertThat(list).isEqualTo(new OrderList<Void>(27, ContingencyType.OCO, ListStatusType.EXEC_STARTED,
        ListOrderStatus.EXECUTING, "h2USkA5YQpaXHPIrkd96xE", ms(1565245656253L), "LTCBTC",
        List.of(new OrderList.Member("LTCBTC", 4, "qD1gy3kc3Gx0rihm9Y3xwS"),
            new OrderList.Member("LTCBTC", 5, "ARzZ9I00CPM8i3NhmU9Ega")), List.of()));
    calls.respondWith("spot_order_list.json");
    calls.client.spot().accountData().orderListByClientId("h2USkA5YQpaXHPIrkd96xE");
    calls.assertSignedRequest("GET", "/api/v3/orderList", "origClientOrderId", "h2USkA5YQpaXHPIrkd96xE");
  }

  @Test
  void allAndOpenOrderLists() throws Exception {
    calls.respondWith("spot_all_order_list.json");
    List<OrderList<Void>> all = calls.client.spot().accountData().allOrderLists(OrderListQuery.builder().limit(2)
        .fromId(28).build());
    calls.assertSignedRequest("GET", "/api/v3/allOrderList", "fromId", "28", "limit", "2");
    assertThat(all).extracting(OrderList::orderListId).containsExactly(29L, 28L);
    assertThat(all.get(1)).extracting(OrderList::listClientOrderId, OrderList::transactionTime)
        .containsExactly("hG7hFNxJV6cZy3Ze4AUT4d", ms(1565245913407L));
    assertThat(all.get(1).orders().get(1)).isEqualTo(new OrderList.Member("LTCBTC", 3, "z0KCjOdditiLS5ekAFtK81"));
    calls.respondWith("spot_all_order_list.json");
    calls.client.spot().accountData().allOrderLists(OrderListQuery.builder().startTime(T0).endTime(T0.plusSeconds(60))
        .build());
    calls.assertSignedRequest("GET", "/api/v3/allOrderList", "startTime", "1793491200000", "endTime", "1793491260000");
    calls.respondWith("spot_open_order_list.json");
    assertThat(calls.client.spot().accountData().openOrderLists()).singleElement()
        .extracting(OrderList::orderListId, l -> l.orders().get(0).clientOrderId())
        .containsExactly(31L, "r3EH2N76dHfLoSZWIUw1bT");
    calls.assertSignedRequest("GET", "/api/v3/openOrderList");
  }

  @Test
  void myTradesSendsTheFiltersInTheDocsOrderAndDecodesTheExample() throws Exception {
    calls.respondWith("spot_my_trades.json");
    List<AccountTrade> trades = calls.client.spot().accountData().myTrades(TradeQuery.builder("BNBBTC").limit(10)
        .fromId(28457).orderId(100234).build());
    calls.assertSignedRequest("GET", "/api/v3/myTrades", "symbol", "BNBBTC", "orderId", "100234", "fromId", "28457",
        "limit", "10");
    assertThat(trades).containsExactly(new AccountTrade("BNBBTC", 28457, 100234, -1, d("4.00000100"), d("12.00000000"),
        d("48.000012"), d("10.10000000"), "BNB", ms(1499865549590L), true, false, true));
    calls.respondWith("spot_my_trades.json");
    calls.client.spot().accountData().myTrades(TradeQuery.builder("BNBBTC").endTime(T0.plusSeconds(1)).startTime(T0)
        .build());
    calls.assertSignedRequest("GET", "/api/v3/myTrades", "symbol", "BNBBTC", "startTime", "1793491200000", "endTime",
        "1793491201000");
  }

  @Test
  void unfilledOrderCount() throws Exception {
    calls.respondWith("spot_unfilled_order_count.json");
    assertThat(calls.client.spot().accountData().unfilledOrderCount()).containsExactly(
        new UnfilledOrderCount("ORDERS", "SECOND", 10, 50, 0), new UnfilledOrderCount("ORDERS", "DAY", 1, 160000, 0));
    calls.assertSignedRequest("GET", "/api/v3/rateLimit/order");
  }

  @Test
  void preventedMatchesByIdAndByOrderPaged() throws Exception {
    PreventedMatch expected = new PreventedMatch("BTCUSDT", 1, 5, "BTCUSDT", 3, 1, SelfTradePreventionMode.EXPIRE_MAKER,
        d("1.100000"), d("1.300000"), ms(1669101687094L));
    calls.respondWith("spot_my_prevented_matches.json");
    assertThat(calls.client.spot().accountData().myPreventedMatches(PreventedMatchQuery.byId("BTCUSDT", 1)))
        .containsExactly(expected);
    calls.assertSignedRequest("GET", "/api/v3/myPreventedMatches", "symbol", "BTCUSDT", "preventedMatchId", "1");
    calls.respondWith("spot_my_prevented_matches.json");
    calls.client.spot().accountData().myPreventedMatches(PreventedMatchQuery.byOrder("BTCUSDT", 5).from(1).limit(100));
    calls.assertSignedRequest("GET", "/api/v3/myPreventedMatches", "symbol", "BTCUSDT", "orderId", "5",
        "fromPreventedMatchId", "1", "limit", "100");
  }

  @Test
  void myAllocationsSendsTheFiltersInTheDocsOrder() throws Exception {
    calls.respondWith("spot_my_allocations.json");
    List<Allocation> a = calls.client.spot().accountData().myAllocations(AllocationQuery.builder("BTCUSDT").orderId(1)
        .limit(5).fromAllocationId(0).build());
    calls.assertSignedRequest("GET", "/api/v3/myAllocations", "symbol", "BTCUSDT", "fromAllocationId", "0", "limit", "5",
        "orderId", "1");
    assertThat(a).containsExactly(new Allocation("BTCUSDT", 0, AllocationType.SOR, 1, -1, d("1.00000000"),
        d("5.00000000"), d("5.00000000"), d("0.00000000"), "BTC", ms(1687506878118L), true, false, false));
  }

  @Test
  void commissionDecodesEveryRate() throws Exception {
    calls.respondWith("spot_account_commission.json");
    AccountCommission c = calls.client.spot().accountData().commission("BTCUSDT");
    calls.assertSignedRequest("GET", "/api/v3/account/commission", "symbol", "BTCUSDT");
    assertThat(c).isEqualTo(new AccountCommission("BTCUSDT",
        new CommissionRates(d("0.00000010"), d("0.00000020"), d("0.00000030"), d("0.00000040")),
        new CommissionRates(d("0.01000000"), d("0.02000000"), d("0.03000000"), d("0.04000000")),
        new CommissionRates(d("0.00000112"), d("0.00000114"), d("0.00000118"), d("0.00000116")),
        new AccountCommission.Discount(true, true, "BNB", d("0.75000000"))));
  }

  @Test
  void orderAmendmentsWithAndWithoutPaging() throws Exception {
    calls.respondWith("spot_order_amendments.json");
    List<OrderAmendment> a = calls.client.spot().accountData().orderAmendments("BTCUSDT", 9);
    calls.assertSignedRequest("GET", "/api/v3/order/amendments", "symbol", "BTCUSDT", "orderId", "9");
    assertThat(a).containsExactly(
        new OrderAmendment("BTCUSDT", 9, 22, "W0fJ9fiLKHOJutovPK3oJp", "UQ1Np3bmQ71jJzsSDW9Vpi", d("5.00000000"),
            d("4.00000000"), ms(1741669661670L)),
        new OrderAmendment("BTCUDST", 9, 25, "UQ1Np3bmQ71jJzsSDW9Vpi", "5uS0r35ohuQyDlCzZuYXq2", d("4.00000000"),
            d("3.00000000"), ms(1741672924895L)));
    calls.respondWith("spot_order_amendments.json");
    calls.client.spot().accountData().orderAmendments("BTCUSDT", 9, 22L, 2);
    calls.assertSignedRequest("GET", "/api/v3/order/amendments", "symbol", "BTCUSDT", "orderId", "9",
        "fromExecutionId", "22", "limit", "2");
  }

  @Test
  void myFiltersDecodesOneRecordPerFilter() throws Exception {
    calls.respondWith("spot_my_filters.json");
    AccountFilters f = calls.client.spot().accountData().myFilters("BTCUSDT");
    calls.assertSignedRequest("GET", "/api/v3/myFilters", "symbol", "BTCUSDT");
    assertThat(f.exchangeFilters()).containsExactly(new ExchangeFilter.ExchangeMaxNumOrders(1000));
    assertThat(f.symbolFilters()).containsExactly(new SymbolFilter.MaxNumOrderLists(20));
    assertThat(f.assetFilters()).containsExactly(new SymbolFilter.MaxAsset("JPY", d("1000000.00000000")));
  }

  @Test
  void aTradeWithoutItsPriceFailsNamingTheField() {
    calls.respond("[{\"symbol\":\"BNBBTC\",\"id\":1,\"orderId\":2,\"orderListId\":-1,\"qty\":\"1\",\"quoteQty\":\"1\","
        + "\"commission\":\"0\",\"commissionAsset\":\"BNB\",\"time\":1,\"isBuyer\":true,\"isMaker\":false,"
        + "\"isBestMatch\":true}]");
    assertThatThrownBy(() -> calls.client.spot().accountData().myTrades(TradeQuery.builder("BNBBTC").build()))
        .isInstanceOf(dev.signet.core.MalformedResponseException.class)
        .hasMessage("GET /api/v3/myTrades: the response (HTTP 200) could not be decoded: at [0]: required field 'price' is missing or null");
  }

  @Test
  void weightsFollowTheDocsByParameter() {
    assertThat(SpotEndpoints.MY_TRADES.weightOf(TradeQuery.builder("BTCUSDT").build().toParams())).isEqualTo(20);
    assertThat(SpotEndpoints.MY_TRADES.weightOf(TradeQuery.builder("BTCUSDT").orderId(1).build().toParams())).isEqualTo(5);
    assertThat(SpotEndpoints.MY_PREVENTED_MATCHES.weightOf(PreventedMatchQuery.byId("BTCUSDT", 1).toParams())).isEqualTo(2);
    assertThat(SpotEndpoints.MY_PREVENTED_MATCHES.weightOf(PreventedMatchQuery.byOrder("BTCUSDT", 1).toParams()))
        .isEqualTo(20);
    assertThat(List.of(SpotEndpoints.ALL_ORDERS, SpotEndpoints.ORDER_LIST, SpotEndpoints.ALL_ORDER_LISTS,
        SpotEndpoints.OPEN_ORDER_LISTS, SpotEndpoints.UNFILLED_ORDER_COUNT, SpotEndpoints.MY_ALLOCATIONS,
        SpotEndpoints.ACCOUNT_COMMISSION, SpotEndpoints.ORDER_AMENDMENTS, SpotEndpoints.MY_FILTERS))
        .extracting(e -> e.weightOf(dev.signet.core.Params.empty())).containsExactly(20, 4, 20, 6, 40, 20, 20, 4, 40);
  }

  @Test
  void theConditionalOrderFieldsAreDecodedWhenSentAndNullWhenNot() throws Exception {
    calls.respond(TestData.jsonc("fixtures/spot_query_order.json").replace("\"selfTradePreventionMode\": \"NONE\"",
        "\"selfTradePreventionMode\": \"NONE\", \"preventedMatchId\": 0, \"preventedQuantity\": \"1.200000\","
            + " \"strategyId\": 37463720, \"strategyType\": 1000000, \"trailingDelta\": 10, \"trailingTime\": -1,"
            + " \"usedSor\": true, \"workingFloor\": \"SOR\", \"pegPriceType\": \"PRIMARY_PEG\","
            + " \"pegOffsetType\": \"PRICE_LEVEL\", \"pegOffsetValue\": 5, \"peggedPrice\": \"87523.83710000\","
            + " \"expiryReason\": \"INSUFFICIENT_LIQUIDITY\""));
    Order o = calls.client.spot().accountData().queryOrder(dev.signet.binance.spot.OrderRef.byId("LTCBTC", 1));
    assertThat(o).extracting(Order::preventedMatchId, Order::preventedQuantity, Order::strategyId, Order::strategyType,
        Order::trailingDelta, Order::trailingTime, Order::usedSor, Order::workingFloor, Order::pegPriceType,
        Order::pegOffsetType, Order::pegOffsetValue, Order::peggedPrice, Order::expiryReason)
        .containsExactly(0L, d("1.200000"), 37463720L, 1000000, 10L, -1L, true, WorkingFloor.SOR, PegPriceType.PRIMARY_PEG,
            PegOffsetType.PRICE_LEVEL, 5, d("87523.83710000"), ExpiryReason.INSUFFICIENT_LIQUIDITY);
    assertThat(DOCS_ORDER.expiryReason()).isNull();
  }

  /** Serves {@code fixture} with the first {@code drop} removed; {@code call} must fail with {@code message}. */
  private void malformed(String fixture, String drop, ThrowingCallable call, String message) {
    String body = TestData.jsonc("fixtures/" + fixture);
    assertThat(body).contains(drop);
    calls.respond(body.replaceFirst(java.util.regex.Pattern.quote(drop), ""));
    assertThatThrownBy(call).isInstanceOf(dev.signet.core.MalformedResponseException.class).hasMessage(message);
  }

  @Test
  void answersWithoutARequiredFieldFailNamingIt() {
    var account = calls.client.spot().accountData();
    malformed("spot_order_list.json", "\"listClientOrderId\": \"h2USkA5YQpaXHPIrkd96xE\",", () -> account.orderList(27),
        "GET /api/v3/orderList: the response (HTTP 200) could not be decoded: required field 'listClientOrderId' is missing or null");
    malformed("spot_my_allocations.json", "\"allocationType\": \"SOR\",",
        () -> account.myAllocations(AllocationQuery.builder("BTCUSDT").build()),
        "GET /api/v3/myAllocations: the response (HTTP 200) could not be decoded: at [0]: required field 'allocationType' is missing or null");
    malformed("spot_account_commission.json", "\"discountAsset\": \"BNB\",", () -> account.commission("BTCUSDT"),
        "GET /api/v3/account/commission: the response (HTTP 200) could not be decoded: at discount: required field 'discountAsset' is missing or null");
    malformed("spot_unfilled_order_count.json", "\"limit\": 50,", account::unfilledOrderCount,
        "GET /api/v3/rateLimit/order: the response (HTTP 200) could not be decoded: at [0].limit: Missing required creator property 'limit' (index 3)");
    malformed("spot_my_prevented_matches.json", "\"makerPreventedQuantity\": \"1.300000\",",
        () -> account.myPreventedMatches(PreventedMatchQuery.byId("BTCUSDT", 1)),
        "GET /api/v3/myPreventedMatches: the response (HTTP 200) could not be decoded: at [0]: required field 'makerPreventedQuantity' is missing or null");
    malformed("spot_order_amendments.json", "\"newQty\": \"4.00000000\",", () -> account.orderAmendments("BTCUSDT", 9),
        "GET /api/v3/order/amendments: the response (HTTP 200) could not be decoded: at [0]: required field 'newQty' is missing or null");
    malformed("spot_my_filters.json", "\"symbolFilters\": [\n        {\n            \"filterType\": \"MAX_NUM_ORDER_LISTS\",\n"
        + "            \"maxNumOrderLists\": 20\n        }\n    ],", () -> account.myFilters("BTCUSDT"),
        "GET /api/v3/myFilters: the response (HTTP 200) could not be decoded: required field 'symbolFilters' is missing or null");
  }
}
