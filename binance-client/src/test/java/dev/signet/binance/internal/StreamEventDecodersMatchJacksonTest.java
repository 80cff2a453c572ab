package dev.signet.binance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.spot.market.PriceLevel;
import dev.signet.binance.stream.AggTradeEvent;
import dev.signet.binance.stream.DepthUpdate;
import dev.signet.binance.stream.TradeEvent;
import dev.signet.core.Decoder;
import dev.signet.core.MalformedResponseException;
import dev.signet.core.SignetJson;
import dev.signet.core.internal.StreamFrames;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-written {@link DepthUpdateDeserializer}, {@link TradeEventDeserializer} and
 * {@link AggTradeEventDeserializer} decode the docs' examples (and reordered, extended copies) to
 * the records plain Jackson record decoding gives (same mapper settings, the deserializers switched
 * off by a mix-in), and refuse what it refuses, as a {@link MalformedResponseException}.
 */
class StreamEventDecodersMatchJacksonTest {
  @JsonDeserialize(using = ValueDeserializer.None.class)
  interface PlainRecord {}

  private static final JsonMapper PLAIN = SignetJson.mapper().<JsonMapper, JsonMapper.Builder>rebuild()
      .addMixIn(DepthUpdate.class, PlainRecord.class)
      .addMixIn(TradeEvent.class, PlainRecord.class)
      .addMixIn(AggTradeEvent.class, PlainRecord.class)
      .build();

  static final String DEPTH = "{\"e\":\"depthUpdate\",\"E\":1672515782136,\"s\":\"BNBBTC\",\"U\":157,\"u\":160,"
      + "\"b\":[[\"0.0024\",\"10\"]],\"a\":[[\"0.0026\",\"100\"]]}";
  static final String FUTURES_DEPTH = "{\"e\":\"depthUpdate\",\"E\":123456789,\"T\":123456788,\"s\":\"BTCUSDT\","
      + "\"U\":157,\"u\":160,\"pu\":149,\"b\":[[\"0.0024\",\"10\"]],\"a\":[[\"0.0026\",\"100\"]]}";
  static final String TRADE = "{\"e\":\"trade\",\"E\":1672515782136,\"s\":\"BNBBTC\",\"t\":12345,\"p\":\"0.001\","
      + "\"q\":\"100\",\"T\":1672515782136,\"m\":true,\"M\":true}";
  static final String AGG = "{\"e\":\"aggTrade\",\"E\":1672515782136,\"s\":\"BNBBTC\",\"a\":12345,\"p\":\"0.001\","
      + "\"q\":\"100\",\"f\":100,\"l\":105,\"T\":1672515782136,\"m\":true,\"M\":true}";

  private static <T> T streamed(String json, Class<T> type) {
    return StreamFrames.decode("s", json, Decoder.of(type));
  }

  private static <T> T plain(String json, Class<T> type) {
    return StreamFrames.decode("s", json, parser -> PLAIN.readerFor(type)
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(parser));
  }

  @Test
  void theDocsExamplesDecodeToTheSameRecordsBothWays() {
    assertThat(streamed(DEPTH, DepthUpdate.class)).isEqualTo(plain(DEPTH, DepthUpdate.class))
        .isEqualTo(new DepthUpdate("depthUpdate", Instant.ofEpochMilli(1672515782136L), null, "BNBBTC", 157, 160, null,
            List.of(new PriceLevel(new BigDecimal("0.0024"), new BigDecimal("10"))),
            List.of(new PriceLevel(new BigDecimal("0.0026"), new BigDecimal("100")))));
    assertThat(streamed(FUTURES_DEPTH, DepthUpdate.class)).isEqualTo(plain(FUTURES_DEPTH, DepthUpdate.class));
    assertThat(streamed(FUTURES_DEPTH, DepthUpdate.class).previousFinalUpdateId()).isEqualTo(149L);
    assertThat(streamed(TRADE, TradeEvent.class)).isEqualTo(plain(TRADE, TradeEvent.class))
        .isEqualTo(new TradeEvent(Instant.ofEpochMilli(1672515782136L), "BNBBTC", 12345, new BigDecimal("0.001"),
            new BigDecimal("100"), null, null, Instant.ofEpochMilli(1672515782136L), true));
    assertThat(streamed(AGG, AggTradeEvent.class)).isEqualTo(plain(AGG, AggTradeEvent.class))
        .isEqualTo(new AggTradeEvent(Instant.ofEpochMilli(1672515782136L), "BNBBTC", 12345, new BigDecimal("0.001"),
            new BigDecimal("100"), 100, 105, Instant.ofEpochMilli(1672515782136L), true));
  }

  @Test
  void reorderedUnknownAndNumericFieldsDecodeAlikeBothWays() {
    String depth = "{\"x\":{\"y\":[1]},\"a\":[[0.5,\"2.50\"],[\"0.6\",0]],\"b\":[],\"u\":\"9\",\"U\":7,"
        + "\"s\":\"BTCUSDT\",\"E\":\"5\",\"pu\":null,\"e\":\"depthUpdate\",\"T\":null}";
    assertThat(streamed(depth, DepthUpdate.class)).isEqualTo(plain(depth, DepthUpdate.class));
    assertThat(streamed(depth, DepthUpdate.class).asks().get(0).qty()).isEqualTo(new BigDecimal("2.50"));
    String trade = "{\"m\":\"false\",\"b\":88,\"a\":\"89\",\"T\":2,\"q\":1E+2,\"p\":\"0.001\",\"t\":\"3\","
        + "\"s\":\"BNBBTC\",\"E\":1}";
    assertThat(streamed(trade, TradeEvent.class)).isEqualTo(plain(trade, TradeEvent.class));
    assertThat(streamed(trade, TradeEvent.class).sellerOrderId()).isEqualTo(89L);
  }

  @Test
  void malformedEventsAreRefusedBothWays() {
    List<String> depth = List.of(DEPTH.replace("\"U\":157,", ""), DEPTH.replace("\"u\":160", "\"u\":100"),
        DEPTH.replace("\"s\":\"BNBBTC\",", ""), DEPTH.replace("\"E\":1672515782136", "\"E\":null"),
        DEPTH.replace("\"b\":[[\"0.0024\",\"10\"]]", "\"b\":[[\"x\",\"10\"]]"),
        DEPTH.replace("\"b\":[[\"0.0024\",\"10\"]]", "\"b\":[null]"), DEPTH.replace("\"b\":[[", "\"b\":{\"k\":[[")
            .replace("]],\"a\"", "]]},\"a\""), DEPTH.replace("\"a\":[[\"0.0026\",\"100\"]]", "\"a\":null"),
        DEPTH.replace("\"U\":157", "\"U\":\"x\""), DEPTH.replace("\"s\":\"BNBBTC\"", "\"s\":5"), "[]",
        DEPTH.substring(0, 60));
    for (String json : depth) {
      assertThatThrownBy(() -> streamed(json, DepthUpdate.class)).as(json).isInstanceOf(MalformedResponseException.class);
      assertThatThrownBy(() -> plain(json, DepthUpdate.class)).as(json).isInstanceOf(MalformedResponseException.class);
    }
    List<String> trades = List.of(TRADE.replace("\"t\":12345,", ""), TRADE.replace(",\"m\":true", ""),
        TRADE.replace("\"p\":\"0.001\"", "\"p\":null"), TRADE.replace("\"q\":\"100\"", "\"q\":true"),
        TRADE.replace("\"m\":true", "\"m\":\"maybe\""), TRADE.replace("\"T\":1672515782136,", ""));
    for (String json : trades) {
      assertThatThrownBy(() -> streamed(json, TradeEvent.class)).as(json).isInstanceOf(MalformedResponseException.class);
      assertThatThrownBy(() -> plain(json, TradeEvent.class)).as(json).isInstanceOf(MalformedResponseException.class);
    }
    List<String> aggs = List.of(AGG.replace("\"f\":100,", ""), AGG.replace("\"l\":105", "\"l\":99"),
        AGG.replace("\"a\":12345,", ""), AGG.replace("\"s\":\"BNBBTC\",", ""));
    for (String json : aggs) {
      assertThatThrownBy(() -> streamed(json, AggTradeEvent.class)).as(json).isInstanceOf(MalformedResponseException.class);
      assertThatThrownBy(() -> plain(json, AggTradeEvent.class)).as(json).isInstanceOf(MalformedResponseException.class);
    }
  }

  @Test
  void refusalsNameTheFieldAndThePlace() {
    assertThatThrownBy(() -> streamed(DEPTH.replace("\"U\":157,", ""), DepthUpdate.class))
        .hasMessage("stream s: the frame could not be decoded: required field 'U' is missing or null (in DepthUpdate)");
    assertThatThrownBy(() -> streamed(DEPTH.replace("\"b\":[[\"0.0024\",\"10\"]]", "\"b\":[[\"0.0024\"]]"),
        DepthUpdate.class)).hasMessageStartingWith("stream s: the frame could not be decoded: at b[0]: ")
        .hasMessageContaining("(qty) is missing");
    assertThatThrownBy(() -> streamed(DEPTH.replace("\"s\":\"BNBBTC\",", ""), DepthUpdate.class))
        .hasMessage("stream s: the frame could not be decoded: required field 's' is missing or null");
    assertThatThrownBy(() -> streamed(TRADE.replace(",\"m\":true", ""), TradeEvent.class))
        .hasMessage("stream s: the frame could not be decoded: required field 'm' is missing or null (in TradeEvent)");
    assertThatThrownBy(() -> streamed(AGG.replace("\"l\":105,", ""), AggTradeEvent.class))
        .hasMessage("stream s: the frame could not be decoded: required field 'l' is missing or null (in AggTradeEvent)");
    assertThatThrownBy(() -> streamed(AGG.replace("\"l\":105", "\"l\":99"), AggTradeEvent.class))
        .hasMessage("stream s: the frame could not be decoded: l (99) is below f (100)");
  }
}
