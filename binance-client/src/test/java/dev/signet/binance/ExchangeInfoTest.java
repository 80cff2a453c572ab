package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.spot.OrderType;
import dev.signet.binance.spot.SelfTradePreventionMode;
import dev.signet.binance.spot.market.ExchangeFilter;
import dev.signet.binance.spot.market.ExchangeInfo;
import dev.signet.binance.spot.market.ExchangeInfoQuery;
import dev.signet.binance.spot.market.RateLimitInterval;
import dev.signet.binance.spot.market.RateLimitRule;
import dev.signet.binance.spot.market.RateLimitType;
import dev.signet.binance.spot.market.Sor;
import dev.signet.binance.spot.market.SymbolFilter;
import dev.signet.binance.spot.market.SymbolInfo;
import dev.signet.binance.spot.market.SymbolStatus;
import dev.signet.core.MalformedResponseException;
import dev.signet.core.SignetJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/v3/exchangeInfo}: the documented body (the WebSocket API excerpt's {@code result},
 * which has the REST shape with real rate limits) with every documented filter of filters.md
 * inserted, each decoded to its record with exact values; the query parameters as sent; and the
 * failures naming the field.
 */
class ExchangeInfoTest {
  static final List<String> SYMBOL_FILTERS = List.of("PRICE_FILTER", "PERCENT_PRICE", "PERCENT_PRICE_BY_SIDE",
      "LOT_SIZE", "MIN_NOTIONAL", "NOTIONAL", "ICEBERG_PARTS", "MARKET_LOT_SIZE", "MAX_NUM_ORDERS",
      "MAX_NUM_ALGO_ORDERS", "MAX_NUM_ICEBERG_ORDERS", "MAX_POSITION", "TRAILING_DELTA", "MAX_NUM_ORDER_AMENDS",
      "MAX_NUM_ORDER_LISTS", "MAX_ASSET");
  static final List<String> EXCHANGE_FILTERS = List.of("EXCHANGE_MAX_NUM_ORDERS", "EXCHANGE_MAX_NUM_ALGO_ORDERS",
      "EXCHANGE_MAX_NUM_ICEBERG_ORDERS", "EXCHANGE_MAX_NUM_ORDER_LISTS");

  private final MockWebServer server = new MockWebServer();
  private BinanceClient client;

  @BeforeEach
  void start() throws Exception {
    server.start(0);
    client = TestData.clientFor(server).retryPolicy(dev.signet.core.RetryPolicy.none()).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  /** The documented exchangeInfo body with every documented filter of filters.md in place. */
  static ObjectNode documentedBody() {
    ObjectNode body = (ObjectNode) SignetJson.mapper()
        .readTree(TestData.jsonc("fixtures/spot_exchange_info_excerpt_ws_api.json")).get("result");
    ArrayNode filters = ((ObjectNode) body.get("symbols").get(0)).putArray("filters");
    SYMBOL_FILTERS.forEach(f -> filters.add(filter(f)));
    ArrayNode exchange = body.putArray("exchangeFilters");
    EXCHANGE_FILTERS.forEach(f -> exchange.add(filter(f)));
    return body;
  }

  private static JsonNode filter(String type) {
    return SignetJson.mapper().readTree(TestData.resource("fixtures/filters/" + type + ".json"));
  }

  private ExchangeInfo serve(String body, java.util.function.Supplier<ExchangeInfo> call) {
    server.enqueue(new MockResponse.Builder().body(body).build());
    return call.get();
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void everyDocumentedFieldAndFilterDecodesExactly() throws Exception {
    ExchangeInfo info = serve(documentedBody().toString(), () -> client.spot().market().exchangeInfo("BNBBTC"));
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v3/exchangeInfo?symbol=BNBBTC");

    assertThat(info.timezone()).isEqualTo("UTC");
    assertThat(info.serverTime()).isEqualTo(Instant.ofEpochMilli(1655969291181L));
    assertThat(info.rateLimits()).containsExactly(
        new RateLimitRule(RateLimitType.REQUEST_WEIGHT, RateLimitInterval.MINUTE, 1, 6000),
        new RateLimitRule(RateLimitType.ORDERS, RateLimitInterval.SECOND, 10, 50),
        new RateLimitRule(RateLimitType.ORDERS, RateLimitInterval.DAY, 1, 160000),
        new RateLimitRule(RateLimitType.of("CONNECTIONS"), RateLimitInterval.MINUTE, 5, 300));
    assertThat(info.rateLimits().get(0).rateLimitType()).isSameAs(RateLimitType.REQUEST_WEIGHT);
    assertThat(info.rateLimits().get(3).rateLimitType().isKnown()).isFalse();
    assertThat(info.rateLimits().get(3).rateLimitType().wireValue()).isEqualTo("CONNECTIONS");
    assertThat(info.sors()).containsExactly(new Sor("BTC", List.of("BTCUSDT", "BTCUSDC")));
    assertThat(info.exchangeFilters()).containsExactly(new ExchangeFilter.ExchangeMaxNumOrders(1000),
        new ExchangeFilter.ExchangeMaxNumAlgoOrders(200), new ExchangeFilter.ExchangeMaxNumIcebergOrders(10000),
        new ExchangeFilter.ExchangeMaxNumOrderLists(20));

    SymbolInfo bnb = info.symbol("BNBBTC").orElseThrow();
    assertThat(bnb.filters()).containsExactly(
        new SymbolFilter.PriceFilter(d("0.00000100"), d("100000.00000000"), d("0.00000100")),
        new SymbolFilter.PercentPrice(d("1.3000"), d("0.7000"), 5),
        new SymbolFilter.PercentPriceBySide(d("1.2"), d("0.2"), d("5"), d("0.8"), 1),
        new SymbolFilter.LotSize(d("0.00100000"), d("100000.00000000"), d("0.00100000")),
        new SymbolFilter.MinNotional(d("0.00100000"), true, 5),
        new SymbolFilter.Notional(d("10.00000000"), false, d("10000.00000000"), false, 5),
        new SymbolFilter.IcebergParts(10),
        new SymbolFilter.MarketLotSize(d("0.00100000"), d("100000.00000000"), d("0.00100000")),
        new SymbolFilter.MaxNumOrders(25), new SymbolFilter.MaxNumAlgoOrders(5), new SymbolFilter.MaxNumIcebergOrders(5),
        new SymbolFilter.MaxPosition(d("10.00000000")), new SymbolFilter.TrailingDelta(10, 2000, 10, 2000),
        new SymbolFilter.MaxNumOrderAmends(10), new SymbolFilter.MaxNumOrderLists(20),
        new SymbolFilter.MaxAsset("USDC", d("42.00000000")));
    assertThat(bnb.filters()).extracting(SymbolFilter::filterType).containsExactlyElementsOf(SYMBOL_FILTERS);
    assertThat(info.exchangeFilters()).extracting(SymbolFilter::filterType).containsExactlyElementsOf(EXCHANGE_FILTERS);

    assertThat(bnb).usingRecursiveComparison().ignoringFields("filters").isEqualTo(new SymbolInfo("BNBBTC",
        SymbolStatus.TRADING, "BNB", 8, "BTC", 8, 8, 8, 8,
        List.of(OrderType.LIMIT, OrderType.LIMIT_MAKER, OrderType.MARKET, OrderType.STOP_LOSS_LIMIT,
            OrderType.TAKE_PROFIT_LIMIT),
        true, true, true, true, true, true, true, false, true, true, true, List.of(), List.of(),
        List.of(List.of("SPOT", "MARGIN", "TRD_GRP_004")), SelfTradePreventionMode.of("NONE"),
        List.of(SelfTradePreventionMode.of("NONE"))));
    assertThat(bnb.filter(SymbolFilter.LotSize.class).orElseThrow().stepSize()).isEqualTo(d("0.00100000"));
  }

  @Test
  void aFilterTypeNotDocumentedYetKeepsItsRawFields() {
    ObjectNode body = documentedBody();
    ((ArrayNode) body.get("symbols").get(0).get("filters")).addObject()
        .put("filterType", "MAX_NUM_FOO").put("maxNumFoo", 3).put("note", "x").putArray("list").add(1);
    SymbolFilter last = serve(body.toString(), () -> client.spot().market().exchangeInfo()).symbols().get(0)
        .filters().get(SYMBOL_FILTERS.size());
    assertThat(last).isEqualTo(new SymbolFilter.UnknownFilter("MAX_NUM_FOO",
        Map.of("maxNumFoo", "3", "note", "x", "list", "[1]")));
    assertThat(last.filterType()).isEqualTo("MAX_NUM_FOO");
  }

  @Test
  void queryParametersAreSentInTheDocumentedOrder() throws Exception {
    String body = documentedBody().toString();
    serve(body, () -> client.spot().market().exchangeInfo());
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v3/exchangeInfo");
    serve(body, () -> client.spot().market().exchangeInfo(List.of("BNBBTC", "BTCUSDT")));
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/api/v3/exchangeInfo?symbols=%5B%22BNBBTC%22%2C%22BTCUSDT%22%5D");
    serve(body, () -> client.spot().market().exchangeInfo(ExchangeInfoQuery.builder().permissions(List.of("SPOT"))
        .showPermissionSets(false).symbolStatus(SymbolStatus.TRADING).build()));
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/api/v3/exchangeInfo?permissions=SPOT&showPermissionSets=false&symbolStatus=TRADING");
    serve(body, () -> client.spot().market().exchangeInfo(ExchangeInfoQuery.builder()
        .permissions(List.of("MARGIN", "LEVERAGED")).build()));
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/api/v3/exchangeInfo?permissions=%5B%22MARGIN%22%2C%22LEVERAGED%22%5D");
  }

  @Test
  void theRestSkeletonsCommentOnlyRateLimitIsRefusedNamingTheField() {
    assertThatThrownBy(() -> serve(TestData.jsonc("fixtures/spot_exchange_info_excerpt.json"),
        () -> client.spot().market().exchangeInfo()))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessage("GET /api/v3/exchangeInfo: the response (HTTP 200) could not be decoded:"
            + " at rateLimits[0].intervalNum: Missing required creator property 'intervalNum' (index 2)");
  }

  @Test
  void aNonNumericTickSizeIsMalformedNamingThePath() {
    ObjectNode body = documentedBody();
    ((ObjectNode) body.get("symbols").get(0).get("filters").get(0)).put("tickSize", "0.0000O1");
    assertThatThrownBy(() -> serve(body.toString(), () -> client.spot().market().exchangeInfo()))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageStartingWith("GET /api/v3/exchangeInfo: the response (HTTP 200) could not be decoded:"
            + " at symbols[0].filters[0].tickSize");
  }

  @Test
  void missingSymbolsIsMalformedNamingTheField() {
    ObjectNode body = documentedBody();
    body.remove("symbols");
    assertThatThrownBy(() -> serve(body.toString(), () -> client.spot().market().exchangeInfo()))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessage("GET /api/v3/exchangeInfo: the response (HTTP 200) could not be decoded:"
            + " required field 'symbols' is missing or null");
  }

  @Test
  void aDocumentedFilterMissingAFieldIsMalformed() {
    ObjectNode body = documentedBody();
    ((ObjectNode) body.get("symbols").get(0).get("filters").get(3)).remove("stepSize");
    assertThatThrownBy(() -> serve(body.toString(), () -> client.spot().market().exchangeInfo()))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("at symbols[0].filters[3]")
        .hasMessageContaining("required field 'stepSize' is missing or null");
  }
}
