package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.futures.market.ContractType;
import dev.signet.binance.futures.market.FuturesExchangeInfo;
import dev.signet.binance.futures.market.FuturesSymbol;
import dev.signet.core.MalformedResponseException;
import dev.signet.core.SignetJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code FuturesSymbolDeserializer} decodes exactly what Jackson's record decoding of
 * {@link FuturesSymbol} (which it replaced) decodes: the docs' contract in Binance's field order, in
 * reverse order with undocumented fields between, and with either spelling of the order types; a
 * malformed contract is a {@link MalformedResponseException} naming the endpoint, the path and the
 * field (worded as Spot's streamed symbols word it where Jackson's wording differed).
 */
class FuturesSymbolMatchJacksonTest {
  @JsonDeserialize(using = ValueDeserializer.None.class)
  interface PlainRecord {}

  /** SignetJson with {@code FuturesSymbol} decoded by Jackson's own record decoding. */
  private static final JsonMapper PLAIN = SignetJson.mapper().<JsonMapper, JsonMapper.Builder>rebuild()
      .addMixIn(FuturesSymbol.class, PlainRecord.class)
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

  private static ObjectNode body() {
    return (ObjectNode) SignetJson.mapper().readTree(TestData.jsonc("fixtures/futures_exchange_info_excerpt.json"));
  }

  private static ObjectNode symbol(ObjectNode body) {
    return (ObjectNode) body.get("symbols").get(0);
  }

  private static FuturesSymbol streamed(ObjectNode body) {
    return SignetJson.mapper().readValue(body.toString(), FuturesExchangeInfo.class).symbols().get(0);
  }

  @Test
  void theDocumentedContractDecodesToTheSameRecordBothWaysWithExactValues() {
    ObjectNode body = body();
    FuturesSymbol s = streamed(body);
    assertThat(s).isEqualTo(PLAIN.readValue(body.toString(), FuturesExchangeInfo.class).symbols().get(0));
    assertThat(s.symbol()).isEqualTo("BLZUSDT");
    assertThat(s.contractType()).isSameAs(ContractType.PERPETUAL);
    assertThat(s.deliveryDate()).isEqualTo(Instant.ofEpochMilli(4133404800000L));
    assertThat(s.onboardDate()).isEqualTo(Instant.ofEpochMilli(1598252400000L));
    assertThat(s.pricePrecision()).isEqualTo(5);
    assertThat(s.quantityPrecision()).isEqualTo(0);
    assertThat(s.triggerProtect()).isEqualTo(new BigDecimal("0.15"));
    assertThat(s.triggerProtect().scale()).isEqualTo(2);
    assertThat(s.filters()).hasSize(7);
  }

  @Test
  void anyOrderUndocumentedFieldsAndEitherOrderTypeSpellingDecodeTheSame() {
    ObjectNode body = body();
    FuturesSymbol expected = streamed(body);
    ObjectNode symbol = symbol(body);
    List<String> names = new ArrayList<>(symbol.propertyNames());
    Collections.reverse(names);
    ObjectNode backwards = body.objectNode();
    for (String n : names) {
      backwards.set(n.equals("OrderType") ? "orderTypes" : n, symbol.get(n));
      backwards.put("x" + n, "skipped");
      backwards.putObject("y" + n).putArray("a").add(1);
    }
    ((tools.jackson.databind.node.ArrayNode) body.get("symbols")).set(0, backwards);
    assertThat(streamed(body)).isEqualTo(expected);
    assertThat(PLAIN.readValue(body.toString(), FuturesExchangeInfo.class).symbols().get(0)).isEqualTo(expected);
    ObjectNode stringly = body();
    symbol(stringly).put("pricePrecision", "5").put("deliveryDate", "4133404800000").remove("settlePlan");
    assertThat(streamed(stringly)).isEqualTo(expected); // settlePlan absent is 0, as in the docs' example
  }

  @Test
  void aMalformedContractIsMalformedNamingThePathAndTheField() {
    assertMalformed(s -> s.remove("pricePrecision"),
        "at symbols[0]: required field 'pricePrecision' is missing or null (in FuturesSymbol)");
    assertMalformed(s -> s.putNull("quotePrecision"), "at symbols[0].quotePrecision: Unexpected token "
        + "(`JsonToken.VALUE_NULL`), expected `JsonToken.VALUE_NUMBER_INT`: 'quotePrecision' must be an integer");
    assertMalformed(s -> s.put("settlePlan", "x"), "at symbols[0].settlePlan: Cannot deserialize value of type `long` "
        + "from String \"x\": 'settlePlan' of FuturesSymbol is not an integer");
    assertMalformed(s -> s.remove("pair"), "at symbols[0]: required field 'pair' is missing or null");
    assertMalformed(s -> s.putNull("contractType"), "at symbols[0]: required field 'contractType' is missing or null");
    assertMalformed(s -> s.put("contractType", " "), "at symbols[0].contractType: ContractType is blank; use one of the"
        + " ContractType constants, or ContractType.of(text) with the exchange's exact spelling.");
    assertMalformed(s -> s.put("symbol", 5), "at symbols[0].symbol: Unexpected token (`JsonToken.VALUE_NUMBER_INT`), "
        + "expected `JsonToken.VALUE_STRING`: 'symbol' must be a string");
    assertMalformed(s -> s.put("triggerProtect", "high"), "at symbols[0].triggerProtect: Cannot deserialize value of type"
        + " `java.math.BigDecimal` from String \"high\": 'triggerProtect' of FuturesSymbol is not a decimal");
    assertMalformed(s -> s.putArray("filters").addNull(), "at symbols[0]: field 'filters' has a null element at index 0");
    assertMalformed(s -> s.putObject("filters"), "at symbols[0].filters: Unexpected token (`JsonToken.START_OBJECT`), "
        + "expected `JsonToken.START_ARRAY`: 'filters' must be an array");
    assertMalformed(s -> s.remove("OrderType"), "at symbols[0]: required field 'orderTypes' is missing or null");
  }

  private void assertMalformed(Consumer<ObjectNode> breakSymbol, String message) {
    ObjectNode body = body();
    breakSymbol.accept(symbol(body));
    server.enqueue(new MockResponse.Builder().body(body.toString()).build());
    assertThatThrownBy(() -> client.futures().market().exchangeInfo())
        .isInstanceOf(MalformedResponseException.class)
        .hasMessage("GET /fapi/v1/exchangeInfo: the response (HTTP 200) could not be decoded: " + message);
  }
}
