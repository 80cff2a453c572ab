package dev.signet.bench;

import dev.signet.binance.futures.market.FuturesExchangeInfo;
import dev.signet.binance.spot.market.Candle;
import dev.signet.binance.spot.market.ExchangeInfo;
import dev.signet.binance.spot.market.OrderBook;
import dev.signet.core.Decoder;
import dev.signet.core.SignetJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two sides of the Spot and USD-M Futures market decode benchmarks over the same bytes:
 * Jackson 3's tree ({@code readTree} from a byte stream, a plain mapper) and Signet's typed decode,
 * which takes the path {@code SpotMarket} and {@code FuturesMarket} take: the decoders are built as
 * their constants are ({@code Decoder.of(ExchangeInfo.class)}, {@code Decoder.of(OrderBook.class)},
 * {@code Decoder.listOf(Candle.class)}, {@code Decoder.of(FuturesExchangeInfo.class)}) and run as {@code BinanceResponses.read} runs them (a
 * parser of {@link SignetJson#mapper()} over the body stream, the first token, the decoder, then a
 * check that nothing follows).
 *
 * <p>Example: {@code ExchangeInfo info = MarketDecodes.typed(body, MarketDecodes.EXCHANGE_INFO);}
 */
final class MarketDecodes {
  /** As {@code SpotMarket}'s {@code EXCHANGE} decoder. */
  static final Decoder<ExchangeInfo> EXCHANGE_INFO = Decoder.of(ExchangeInfo.class);
  /** As {@code SpotMarket}'s {@code BOOK} decoder. */
  static final Decoder<OrderBook> DEPTH = Decoder.of(OrderBook.class);
  /** As {@code SpotMarket}'s {@code CANDLES} decoder. */
  static final Decoder<List<Candle>> KLINES = Decoder.listOf(Candle.class);

  /** As {@code FuturesMarket}'s {@code EXCHANGE} decoder. */
  static final Decoder<FuturesExchangeInfo> FUTURES_EXCHANGE_INFO = Decoder.of(FuturesExchangeInfo.class);
  /** As {@code FuturesMarket}'s {@code CANDLES} decoder (the same type as Spot's, a decoder of its own). */
  static final Decoder<List<Candle>> FUTURES_KLINES = Decoder.listOf(Candle.class);

  /** Sizes of the issues: about 3,000 symbols, 5,000 levels each side, 1,000 klines (Spot). */
  static final int SYMBOLS = 3000;
  static final int LEVELS = 5000;
  static final int ROWS = 1000;
  /** Sizes of the futures issue: about 700 contracts (the real answer's size), 1,500 klines (the limit's maximum). */
  static final int CONTRACTS = 700;
  static final int FUTURES_ROWS = 1500;

  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private MarketDecodes() {}

  /** Jackson's tree decode of the bytes. */
  static JsonNode tree(byte[] body) {
    return PLAIN.readTree(new ByteArrayInputStream(body));
  }

  /** Signet's typed decode of the bytes, as a 2xx body is decoded by the client. */
  static <T> T typed(byte[] body, Decoder<T> decoder) {
    try (JsonParser parser = SignetJson.mapper().createParser(new ByteArrayInputStream(body))) {
      if (parser.nextToken() == null) {
        throw new IllegalArgumentException("the body is empty");
      }
      T value = decoder.decode(parser);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        throw new IllegalArgumentException("more JSON follows the value (" + trailing + ")");
      }
      return value;
    }
  }

  /** The exchangeInfo body of {@link #SYMBOLS} symbols, checked to decode to that many on both sides. */
  static byte[] exchangeInfo() {
    byte[] body = MarketBodies.exchangeInfo(SYMBOLS).getBytes(StandardCharsets.UTF_8);
    check(typed(body, EXCHANGE_INFO).symbols().size(), tree(body).get("symbols").size(), SYMBOLS, "symbols");
    check(typed(body, EXCHANGE_INFO).symbols().get(SYMBOLS - 1).filters().size(),
        tree(body).get("symbols").get(SYMBOLS - 1).get("filters").size(), 9, "filters");
    return body;
  }

  /** The depth body of {@link #LEVELS} levels each side, checked likewise. */
  static byte[] depth() {
    byte[] body = MarketBodies.depth(LEVELS).getBytes(StandardCharsets.UTF_8);
    check(typed(body, DEPTH).asks().size(), tree(body).get("asks").size(), LEVELS, "asks");
    return body;
  }

  /** The klines body of {@link #ROWS} rows, checked likewise. */
  static byte[] klines() {
    byte[] body = MarketBodies.klines(ROWS).getBytes(StandardCharsets.UTF_8);
    check(typed(body, KLINES).size(), tree(body).size(), ROWS, "klines");
    return body;
  }

  /** The futures exchangeInfo body of {@link #CONTRACTS} contracts, checked to decode to that many and seven filters. */
  static byte[] futuresExchangeInfo() {
    byte[] body = MarketBodies.futuresExchangeInfo(CONTRACTS).getBytes(StandardCharsets.UTF_8);
    FuturesExchangeInfo typed = typed(body, FUTURES_EXCHANGE_INFO);
    JsonNode tree = tree(body);
    check(typed.symbols().size(), tree.get("symbols").size(), CONTRACTS, "contracts");
    check(typed.symbols().get(CONTRACTS - 1).filters().size(),
        tree.get("symbols").get(CONTRACTS - 1).get("filters").size(), 7, "futures filters");
    return body;
  }

  /** The futures klines body of {@link #FUTURES_ROWS} rows, checked likewise. */
  static byte[] futuresKlines() {
    byte[] body = MarketBodies.futuresKlines(FUTURES_ROWS).getBytes(StandardCharsets.UTF_8);
    check(typed(body, FUTURES_KLINES).size(), tree(body).size(), FUTURES_ROWS, "futures klines");
    return body;
  }

  private static void check(int typed, int tree, int expected, String what) {
    if (typed != expected || tree != expected) {
      throw new IllegalStateException(what + ": typed " + typed + ", tree " + tree + ", expected " + expected);
    }
  }
}
