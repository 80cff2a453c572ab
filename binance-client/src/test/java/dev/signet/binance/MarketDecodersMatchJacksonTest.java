package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.spot.market.ExchangeInfo;
import dev.signet.binance.spot.market.SymbolFilter;
import dev.signet.binance.spot.market.SymbolInfo;
import dev.signet.core.MalformedResponseException;
import dev.signet.core.SignetJson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The streaming exchangeInfo decoders ({@code SymbolInfoDeserializer}, and the streamed path of
 * {@code SymbolFilterDeserializer} when {@code filterType} comes first) decode exactly what the
 * record decoding they replace decodes: the same records for the documented body (every documented
 * filter in place), in either field order; and a malformed symbol is a
 * {@link MalformedResponseException} naming the endpoint, the path and the field.
 */
class MarketDecodersMatchJacksonTest {
  @JsonDeserialize(using = ValueDeserializer.None.class)
  interface PlainRecord {}

  /** SignetJson with {@code SymbolInfo} decoded by Jackson's own record decoding, as before the streaming decoder. */
  private static final JsonMapper PLAIN = SignetJson.mapper().<JsonMapper, JsonMapper.Builder>rebuild()
      .addMixIn(SymbolInfo.class, PlainRecord.class)
      .build();

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

  @Test
  void theDocumentedBodyDecodesToTheSameRecordsBothWaysInEitherFieldOrder() {
    ObjectNode body = ExchangeInfoTest.documentedBody();
    ExchangeInfo streamed = SignetJson.mapper().readValue(body.toString(), ExchangeInfo.class);
    assertThat(streamed).isEqualTo(PLAIN.readValue(body.toString(), ExchangeInfo.class));
    assertThat(streamed.symbols().get(0).filters()).hasSize(ExchangeInfoTest.SYMBOL_FILTERS.size());

    ObjectNode reversed = body.deepCopy();
    ObjectNode symbol = (ObjectNode) reversed.get("symbols").get(0);
    List<String> names = new ArrayList<>(symbol.propertyNames());
    Collections.reverse(names);
    ObjectNode backwards = reversed.objectNode();
    names.forEach(n -> backwards.set(n, symbol.get(n)));
    backwards.put("notDocumented", "skipped");
    backwards.putObject("notDocumentedObject").putArray("x").add(1);
    ((ArrayNode) reversed.get("symbols")).set(0, backwards);
    assertThat(SignetJson.mapper().readValue(reversed.toString(), ExchangeInfo.class)).isEqualTo(streamed);
  }

  @Test
  void everyFilterDecodesTheSameWithItsTypeFirstOrLast() {
    List<String> all = new ArrayList<>(ExchangeInfoTest.SYMBOL_FILTERS);
    all.addAll(ExchangeInfoTest.EXCHANGE_FILTERS);
    for (String type : all) {
      ObjectNode first = (ObjectNode) SignetJson.mapper().readTree(TestData.resource("fixtures/filters/" + type + ".json"));
      assertThat(first.propertyNames().iterator().next()).as(type).isEqualTo("filterType");
      ObjectNode last = first.deepCopy();
      last.remove("filterType");
      last.put("filterType", type);
      SymbolFilter streamed = filter(first);
      assertThat(streamed).as(type).isEqualTo(filter(last));
      assertThat(streamed.filterType()).isEqualTo(type);
    }
    String unknownFirst = "{\"filterType\":\"NEW_FILTER\",\"limit\":7,\"ratio\":\"0.50\",\"nested\":{\"a\":[1]},\"none\":null}";
    String unknownLast = "{\"limit\":7,\"ratio\":\"0.50\",\"nested\":{\"a\":[1]},\"none\":null,\"filterType\":\"NEW_FILTER\"}";
    SymbolFilter unknown = filter(SignetJson.mapper().readTree(unknownFirst));
    assertThat(unknown).isEqualTo(new SymbolFilter.UnknownFilter("NEW_FILTER",
        Map.of("limit", "7", "ratio", "0.50", "nested", "{\"a\":[1]}", "none", "null")));
    assertThat(filter(SignetJson.mapper().readTree(unknownLast))).isEqualTo(unknown);
  }

  private static SymbolFilter filter(JsonNode filter) {
    ObjectNode body = ExchangeInfoTest.documentedBody();
    ((ObjectNode) body.get("symbols").get(0)).putArray("filters").add(filter);
    return SignetJson.mapper().readValue(body.toString(), ExchangeInfo.class).symbols().get(0).filters().get(0);
  }

  @Test
  void aMalformedSymbolIsMalformedNamingThePathAndTheField() {
    assertMalformed(s -> s.put("baseAssetPrecision", "eight"), "at symbols[0].baseAssetPrecision: "
        + "Cannot deserialize value of type `long` from String \"eight\": 'baseAssetPrecision' of SymbolInfo is not an integer");
    assertMalformed(s -> s.remove("icebergAllowed"),
        "at symbols[0]: required field 'icebergAllowed' is missing or null (in SymbolInfo)");
    assertMalformed(s -> s.putNull("isSpotTradingAllowed"), "at symbols[0].isSpotTradingAllowed: Unexpected token (`JsonToken.VALUE_NULL`), expected `JsonToken.VALUE_TRUE`: 'isSpotTradingAllowed' must be a boolean");
    assertMalformed(s -> s.putNull("status"), "at symbols[0]: required field 'status' is missing or null");
    assertMalformed(s -> s.put("status", " "), "at symbols[0].status: SymbolStatus is blank; use one of the SymbolStatus"
        + " constants, or SymbolStatus.of(text) with the exchange's exact spelling.");
    assertMalformed(s -> s.put("symbol", 5), "at symbols[0].symbol: Unexpected token (`JsonToken.VALUE_NUMBER_INT`), expected `JsonToken.VALUE_STRING`: 'symbol' must be a string");
    assertMalformed(s -> s.putArray("orderTypes").add("LIMIT").add(5), "at symbols[0].orderTypes: Unexpected token (`JsonToken.VALUE_NUMBER_INT`), expected `JsonToken.VALUE_STRING`: 'orderTypes' must be a string");
    assertMalformed(s -> s.putObject("filters"), "at symbols[0].filters: Unexpected token (`JsonToken.START_OBJECT`), expected `JsonToken.START_ARRAY`: 'filters' must be an array");
    assertMalformed(s -> s.putArray("filters").addNull(), "at symbols[0]: field 'filters' has a null element at index 0");
    assertMalformed(s -> s.putArray("permissionSets").add(s.arrayNode().add("SPOT")).addNull(),
        "at symbols[0]: field 'permissionSets' has a null element at index 1");
    assertMalformed(s -> s.putArray("permissionSets").add("SPOT"),
        "at symbols[0].permissionSets[0]: Unexpected token (`JsonToken.VALUE_STRING`), expected `JsonToken.START_ARRAY`: 'permissionSets' must be an array of strings");
    assertMalformed(s -> ((ObjectNode) s.get("filters").get(0)).put("filterType", 3),
        "at symbols[0].filters[0]: required field 'filterType' is missing or not a string");
    assertMalformed(s -> ((ObjectNode) s.get("filters").get(0)).putNull("tickSize"),
        "at symbols[0].filters[0]: required field 'tickSize' is missing or null");
  }

  private void assertMalformed(Consumer<ObjectNode> breakSymbol, String message) {
    ObjectNode body = ExchangeInfoTest.documentedBody();
    breakSymbol.accept((ObjectNode) body.get("symbols").get(0));
    server.enqueue(new MockResponse.Builder().body(body.toString()).build());
    assertThatThrownBy(() -> client.spot().market().exchangeInfo())
        .isInstanceOf(MalformedResponseException.class)
        .hasMessage("GET /api/v3/exchangeInfo: the response (HTTP 200) could not be decoded: " + message);
  }
}
