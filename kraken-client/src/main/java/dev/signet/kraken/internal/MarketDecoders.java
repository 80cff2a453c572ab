package dev.signet.kraken.internal;

import static dev.signet.kraken.internal.MarketRows.decimal;
import static dev.signet.kraken.internal.MarketRows.integer;
import static dev.signet.kraken.internal.MarketRows.seconds;

import dev.signet.core.Decoder;
import dev.signet.kraken.market.AssetInfo;
import dev.signet.kraken.market.AssetPair;
import dev.signet.kraken.market.BookLevel;
import dev.signet.kraken.market.Candle;
import dev.signet.kraken.market.GroupedBook;
import dev.signet.kraken.market.Level3Book;
import dev.signet.kraken.market.Ohlc;
import dev.signet.kraken.market.OrderBook;
import dev.signet.kraken.market.PostTrades;
import dev.signet.kraken.market.PreTradeBook;
import dev.signet.kraken.market.PublicTrade;
import dev.signet.kraken.market.RecentTrades;
import dev.signet.kraken.market.SpreadQuote;
import dev.signet.kraken.market.Spreads;
import dev.signet.kraken.market.SystemStatus;
import dev.signet.kraken.market.TickerInfo;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The decoders of Kraken's market data, built once. Objects with named members go through Jackson
 * (records, streamed off the parser, no tree); the pair-keyed answers with positional rows and a
 * {@code last} cursor beside the pair key (OHLC, Depth, Trades, Spread) are read row by row with
 * {@link MarketRows}. Not API.
 *
 * <pre>{@code
 * Operation.of(KrakenEndpoints.OHLC, params, MarketDecoders.OHLC);
 * }</pre>
 */
public final class MarketDecoders {
  /** SystemStatus. */
  public static final Decoder<SystemStatus> SYSTEM_STATUS = Decoder.of(SystemStatus.class);
  /** Assets: asset id to asset. */
  public static final Decoder<Map<String, AssetInfo>> ASSETS = Decoder.mapOf(AssetInfo.class);
  /** AssetPairs: pair id to pair. */
  public static final Decoder<Map<String, AssetPair>> ASSET_PAIRS = Decoder.mapOf(AssetPair.class);
  /** Ticker: pair id to ticker. */
  public static final Decoder<Map<String, TickerInfo>> TICKER = Decoder.mapOf(TickerInfo.class);
  /** GroupedBook. */
  public static final Decoder<GroupedBook> GROUPED_BOOK = Decoder.of(GroupedBook.class);
  /** PreTrade. */
  public static final Decoder<PreTradeBook> PRE_TRADE = Decoder.of(PreTradeBook.class);
  /** PostTrade. */
  public static final Decoder<PostTrades> POST_TRADE = Decoder.of(PostTrades.class);
  /** Level3. */
  public static final Decoder<Level3Book> LEVEL3 = Decoder.of(Level3Book.class);

  /** The candles an OHLC answer holds: Kraken sends the latest 720 (fewer only with {@code since}). */
  private static final int OHLC_ROWS = 720;

  /** OHLC: {@code {pair: [[time, o, h, l, c, vwap, volume, count]...], last: int}}. */
  public static final Decoder<Ohlc> OHLC = p -> {
    Keyed<List<Candle>> k = keyed(p, "last", (q, at) -> MarketRows.rows(q, at, OHLC_ROWS, (r, row) -> new Candle(
        seconds(r, row, "time"), decimal(r, row, "open"), decimal(r, row, "high"), decimal(r, row, "low"),
        decimal(r, row, "close"), decimal(r, row, "vwap"), decimal(r, row, "volume"), integer(r, row, "count"))));
    return new Ohlc(k.pair(), k.value(), k.lastLong());
  };

  /** Spread: {@code {pair: [[time, bid, ask]...], last: int}}. */
  public static final Decoder<Spreads> SPREAD = p -> {
    Keyed<List<SpreadQuote>> k = keyed(p, "last", (q, at) -> MarketRows.rows(q, at, (r, row) -> new SpreadQuote(
        seconds(r, row, "time"), decimal(r, row, "bid"), decimal(r, row, "ask"))));
    return new Spreads(k.pair(), k.value(), k.lastLong());
  };

  /** Trades: {@code {pair: [[price, volume, time, side, ordType, misc, trade_id]...], last: "ns id"}}. */
  public static final Decoder<RecentTrades> TRADES = p -> {
    Keyed<List<PublicTrade>> k = keyed(p, "last", (q, at) -> MarketRows.rows(q, at, (r, row) -> new PublicTrade(
        decimal(r, row, "price"), decimal(r, row, "volume"), seconds(r, row, "time"), MarketRows.string(r, row, "side"),
        MarketRows.string(r, row, "ordType"), MarketRows.string(r, row, "misc"), integer(r, row, "trade_id"))));
    return new RecentTrades(k.pair(), k.value(), k.lastString());
  };

  /** Depth: {@code {pair: {asks: [[price, volume, ts]...], bids: [...]}}}. */
  public static final Decoder<OrderBook> DEPTH = p -> {
    Keyed<OrderBook> k = keyed(p, null, (q, at) -> {
      MarketRows.expect(q, JsonToken.START_OBJECT, at, "an object with asks and bids");
      List<BookLevel> asks = null;
      List<BookLevel> bids = null;
      for (String side = q.nextName(); side != null; side = q.nextName()) {
        q.nextToken();
        if (side.equals("asks")) {
          asks = MarketRows.rows(q, at + ".asks", MarketDecoders::level);
        } else if (side.equals("bids")) {
          bids = MarketRows.rows(q, at + ".bids", MarketDecoders::level);
        } else {
          q.skipChildren();
        }
      }
      if (asks == null || bids == null) {
        throw new IllegalArgumentException(at + "." + (asks == null ? "asks" : "bids") + ": missing");
      }
      return new OrderBook(at, asks, bids);
    });
    return k.value();
  };

  private MarketDecoders() {}

  private static BookLevel level(JsonParser r, Object row) {
    return new BookLevel(decimal(r, row, "price"), decimal(r, row, "volume"), seconds(r, row, "timestamp"));
  }

  /** Reads one member's value; the parser is on the value's first token. */
  private interface Member<V> {
    V read(JsonParser p, String name);
  }

  /** The first pair member's value and the cursor member's token and text (null when none is asked for). */
  private record Keyed<V>(String pair, V value, JsonToken lastToken, String lastText) {
    long lastLong() {
      if (lastToken != JsonToken.VALUE_NUMBER_INT) {
        throw new IllegalArgumentException("result.last: expected an integer, found " + lastToken);
      }
      try {
        return Long.parseLong(lastText);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("result.last: " + lastText + " does not fit a long");
      }
    }

    String lastString() {
      if (lastToken != JsonToken.VALUE_STRING && lastToken != JsonToken.VALUE_NUMBER_INT) {
        throw new IllegalArgumentException("result.last: expected the cursor as a string, found " + lastToken);
      }
      return lastText;
    }
  }

  /**
   * Reads a pair-keyed result to its end: the first member not named {@code cursor} is the pair
   * (its name is Kraken's pair id, kept whatever name was sent); other pair members are skipped.
   */
  private static <V> Keyed<V> keyed(JsonParser p, String cursor, Member<V> member) {
    MarketRows.begin(p);
    MarketRows.expect(p, JsonToken.START_OBJECT, "result", "an object keyed by pair");
    String pair = null;
    V value = null;
    JsonToken lastToken = null;
    String lastText = null;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      JsonToken t = p.nextToken();
      if (name.equals(cursor)) {
        lastToken = t;
        lastText = t.isScalarValue() ? p.getString() : null;
        p.skipChildren();
      } else if (pair == null) {
        pair = name;
        value = member.read(p, name);
      } else {
        p.skipChildren();
      }
    }
    if (pair == null) {
      throw new IllegalArgumentException("result: holds no pair");
    }
    if (cursor != null && lastToken == null) {
      throw new IllegalArgumentException("result." + cursor + ": missing");
    }
    return new Keyed<>(pair, value, lastToken, lastText);
  }
}
