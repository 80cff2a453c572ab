package dev.signet.kraken.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.Decoder;
import dev.signet.core.MalformedResponseException;
import dev.signet.core.SignetJson;
import dev.signet.core.internal.StreamFrames;
import dev.signet.kraken.stream.BookMessage;
import dev.signet.kraken.stream.KrakenTrade;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-written {@link KrakenTradeDeserializer} and {@link BookMessageDeserializer} (with
 * {@link StreamTimestamps}) decode the v2 docs' shapes to the records plain Jackson record decoding
 * gives (same mapper, the deserializers switched off by a mix-in), and refuse what it refuses.
 */
class StreamEventDecodersMatchJacksonTest {
  @JsonDeserialize(using = ValueDeserializer.None.class)
  interface PlainRecord {}

  private static final JsonMapper PLAIN = SignetJson.mapper().<JsonMapper, JsonMapper.Builder>rebuild()
      .addMixIn(KrakenTrade.class, PlainRecord.class)
      .addMixIn(BookMessage.class, PlainRecord.class)
      .build();

  static final String TRADE = "{\"symbol\":\"MATIC/USD\",\"side\":\"buy\",\"price\":0.5147,\"qty\":6423.46326,"
      + "\"ord_type\":\"limit\",\"trade_id\":4665846,\"timestamp\":\"2023-09-25T07:48:36.925533Z\"}";
  static final String BOOK = "{\"channel\":\"book\",\"type\":\"update\",\"data\":[{\"symbol\":\"MATIC/USD\","
      + "\"bids\":[{\"price\":0.5657,\"qty\":1098.39475580}],\"asks\":[],\"checksum\":2114181697,"
      + "\"timestamp\":\"2023-10-06T17:35:55.440295Z\"}]}";

  private static <T> T streamed(String json, Class<T> type) {
    return StreamFrames.decode("s", json, Decoder.of(type));
  }

  private static <T> T plain(String json, Class<T> type) {
    return StreamFrames.decode("s", json, parser -> PLAIN.readerFor(type)
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(parser));
  }

  @Test
  void theDocsShapesDecodeToTheSameRecordsBothWays() {
    KrakenTrade trade = streamed(TRADE, KrakenTrade.class);
    assertThat(trade).isEqualTo(plain(TRADE, KrakenTrade.class));
    assertThat(trade.price()).isEqualTo(new BigDecimal("0.5147"));
    assertThat(trade.timestamp()).isEqualTo(Instant.parse("2023-09-25T07:48:36.925533Z"));
    BookMessage book = streamed(BOOK, BookMessage.class);
    assertThat(book).isEqualTo(plain(BOOK, BookMessage.class));
    assertThat(book.data().get(0).bids().get(0).qty()).isEqualTo(new BigDecimal("1098.39475580"));
    assertThat(book.data().get(0).checksum()).isEqualTo(2114181697L);
  }

  @Test
  void otherTimestampFormsGoThroughJacksonAlike() {
    for (String ts : List.of("2023-09-25T07:48:36Z", "2023-09-25T07:48:36.1Z", "2023-09-25T07:48:36.123456789Z",
        "2024-02-29T23:59:59.5Z", "2023-09-25T07:48:36+00:00", "1695628116925")) {
      String json = TRADE.replace("2023-09-25T07:48:36.925533Z", ts);
      assertThat(streamed(json, KrakenTrade.class)).as(ts).isEqualTo(plain(json, KrakenTrade.class));
    }
  }

  @Test
  void malformedEventsAreRefusedBothWays() {
    List<String> trades = List.of(TRADE.replace("\"trade_id\":4665846,", ""), TRADE.replace("\"price\":0.5147", "\"price\":null"),
        TRADE.replace("\"side\":\"buy\",", ""), TRADE.replace("36.925533Z", "36.925533"), TRADE.replace("09-25", "02-30"),
        TRADE.replace("\"qty\":6423.46326", "\"qty\":\"x\""), TRADE.replace("\"symbol\":\"MATIC/USD\"", "\"symbol\":5"), "[]");
    for (String json : trades) {
      assertThatThrownBy(() -> streamed(json, KrakenTrade.class)).as(json).isInstanceOf(MalformedResponseException.class);
      assertThatThrownBy(() -> plain(json, KrakenTrade.class)).as(json).isInstanceOf(MalformedResponseException.class);
    }
    List<String> books = List.of(BOOK.replace("\"checksum\":2114181697,", ""), BOOK.replace("\"update\"", "\"delta\""),
        BOOK.replace("\"channel\":\"book\"", "\"channel\":\"trade\""), BOOK.replace("\"price\":0.5657", "\"price\":-1"),
        BOOK.replace("2114181697", "-1"), BOOK.replace("\"data\":[", "\"data\":[null,"), BOOK.replace("\"symbol\":\"MATIC/USD\",", ""));
    for (String json : books) {
      assertThatThrownBy(() -> streamed(json, BookMessage.class)).as(json).isInstanceOf(MalformedResponseException.class);
      assertThatThrownBy(() -> plain(json, BookMessage.class)).as(json).isInstanceOf(MalformedResponseException.class);
    }
    assertThatThrownBy(() -> streamed(BOOK.replace("\"price\":0.5657", "\"price\":-1"), BookMessage.class))
        .hasMessage("stream s: the frame could not be decoded: at data[0].bids[0]: price must be positive, got -1");
  }
}
