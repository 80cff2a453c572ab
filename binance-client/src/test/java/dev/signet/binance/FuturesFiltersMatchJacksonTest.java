package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.futures.market.FuturesExchangeInfo;
import dev.signet.binance.futures.market.FuturesFilter;
import dev.signet.binance.spot.market.SymbolFilter;
import dev.signet.core.MalformedResponseException;
import dev.signet.core.SignetJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The USD-M Futures filters stream off the parser when {@code filterType} comes first (as Binance
 * sends them, {@code FilterTable}'s futures rows) and go through the tree and Jackson's record
 * decoding otherwise: both paths decode the docs' seven filters to the same records, an unknown
 * type to the same {@link FuturesFilter.Unknown}, and a malformed filter to the same
 * {@link MalformedResponseException} naming the endpoint, the path and the field.
 */
class FuturesFiltersMatchJacksonTest {
  private static final List<FuturesFilter> DOCUMENTED = List.of(
      new FuturesFilter.Shared(new SymbolFilter.PriceFilter(d("0.0001"), d("300"), d("0.0001"))),
      new FuturesFilter.Shared(new SymbolFilter.LotSize(d("1"), d("10000000"), d("1"))),
      new FuturesFilter.Shared(new SymbolFilter.MarketLotSize(d("1"), d("590119"), d("1"))),
      new FuturesFilter.MaxNumOrders(200), new FuturesFilter.MaxNumAlgoOrders(10),
      new FuturesFilter.MinNotional(d("5.0")), new FuturesFilter.PercentPrice(d("1.1500"), d("0.8500"), 4));

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

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private static ObjectNode body() {
    return (ObjectNode) SignetJson.mapper().readTree(TestData.jsonc("fixtures/futures_exchange_info_excerpt.json"));
  }

  /** The body with its symbol's filters in the docs' order, each with {@code filterType} moved last. */
  private static ObjectNode typesLast(ObjectNode body) {
    for (JsonNode f : body.get("symbols").get(0).get("filters")) {
      ObjectNode filter = (ObjectNode) f;
      JsonNode type = filter.remove("filterType");
      filter.set("filterType", type);
    }
    return body;
  }

  private static List<FuturesFilter> filters(ObjectNode body) {
    return SignetJson.mapper().readValue(body.toString(), FuturesExchangeInfo.class).symbols().get(0).filters();
  }

  @Test
  void theDocumentedFiltersDecodeToTheSameRecordsWithTheTypeFirstOrLast() {
    ObjectNode body = body();
    assertThat(body.get("symbols").get(0).get("filters").get(0).propertyNames().iterator().next()).isEqualTo("filterType");
    assertThat(filters(body)).isEqualTo(DOCUMENTED);
    ObjectNode last = typesLast(body());
    assertThat(last.get("symbols").get(0).get("filters").get(6).propertyNames().iterator().next()).isEqualTo("multiplierUp");
    assertThat(filters(last)).isEqualTo(DOCUMENTED);
  }

  @Test
  void undocumentedFieldsAreSkippedAndNumbersTakeEitherSpelling() {
    ObjectNode body = body();
    ArrayNode filters = (ArrayNode) body.get("symbols").get(0).get("filters");
    ((ObjectNode) filters.get(3)).put("extra", "x").putObject("nested").putArray("a").add(1);
    ((ObjectNode) filters.get(3)).put("limit", "200");
    ((ObjectNode) filters.get(5)).put("notional", 5.0);
    assertThat(filters(body)).isEqualTo(DOCUMENTED);
  }

  @Test
  void anUnknownTypeKeepsItsRawFieldsWithTheTypeFirstOrLast() {
    FuturesFilter.Unknown expected = new FuturesFilter.Unknown("POSITION_RISK_CONTROL",
        Map.of("limit", "7", "ratio", "0.50", "nested", "{\"a\":[1]}", "none", "null"));
    for (String filter : List.of(
        "{\"filterType\":\"POSITION_RISK_CONTROL\",\"limit\":7,\"ratio\":\"0.50\",\"nested\":{\"a\":[1]},\"none\":null}",
        "{\"limit\":7,\"ratio\":\"0.50\",\"nested\":{\"a\":[1]},\"none\":null,\"filterType\":\"POSITION_RISK_CONTROL\"}")) {
      ObjectNode body = body();
      ((ObjectNode) body.get("symbols").get(0)).putArray("filters").add(SignetJson.mapper().readTree(filter));
      assertThat(filters(body)).as(filter).containsExactly(expected);
    }
  }

  @Test
  void aMalformedFilterIsMalformedNamingThePathAndFieldWithTheTypeFirstOrLast() {
    assertMalformed(f -> f.get(3).remove("limit"),
        "at symbols[0].filters[3]: required field 'limit' is missing or null (in MaxNumOrders)");
    // the same path and field both ways; the streamed read words what is wrong as Spot's streamed filters do
    assertMalformed(f -> f.get(4).put("limit", "ten"), "at symbols[0].filters[4].limit: "
        + "Cannot deserialize value of type `long` from String \"ten\": 'limit' of MaxNumAlgoOrders is not an integer",
        "at symbols[0].filters[4].limit: Cannot deserialize value of type `int` from String \"ten\": not a valid `int` value");
    assertMalformed(f -> f.get(5).putNull("notional"), "at symbols[0].filters[5]: required field 'notional' is missing or null");
    assertMalformed(f -> f.get(6).remove("multiplierDecimal"),
        "at symbols[0].filters[6]: required field 'multiplierDecimal' is missing or null (in PercentPrice)",
        "at symbols[0].filters[6].multiplierDecimal: Missing required creator property 'multiplierDecimal' (index 2)");
    assertMalformed(f -> f.get(0).putNull("tickSize"), "at symbols[0].filters[0]: required field 'tickSize' is missing or null");
    assertMalformed(f -> f.get(1).put("stepSize", true), "at symbols[0].filters[1].stepSize: "
        + "Unexpected token (`JsonToken.VALUE_TRUE`), expected `JsonToken.VALUE_STRING`: 'stepSize' must be a decimal",
        "at symbols[0].filters[1].stepSize: Cannot deserialize value of type `java.math.BigDecimal` from Boolean value (token `JsonToken.VALUE_TRUE`)");
  }

  private void assertMalformed(Consumer<List<ObjectNode>> breakFilters, String message) {
    assertMalformed(breakFilters, message, message);
  }

  /** {@code streamed}: the message with {@code filterType} first; {@code tree}: with it last. */
  private void assertMalformed(Consumer<List<ObjectNode>> breakFilters, String streamed, String tree) {
    for (boolean last : new boolean[] {false, true}) {
      String message = last ? tree : streamed;
      ObjectNode body = last ? typesLast(body()) : body();
      List<ObjectNode> filters = new ArrayList<>();
      body.get("symbols").get(0).get("filters").forEach(f -> filters.add((ObjectNode) f));
      breakFilters.accept(filters);
      server.enqueue(new MockResponse.Builder().body(body.toString()).build());
      assertThatThrownBy(() -> client.futures().market().exchangeInfo()).as("type last: " + last)
          .isInstanceOf(MalformedResponseException.class)
          .hasMessage("GET /fapi/v1/exchangeInfo: the response (HTTP 200) could not be decoded: " + message);
    }
  }
}
