package dev.signet.bench;

import dev.signet.binance.internal.BinanceStreamProtocol;
import dev.signet.binance.spot.market.PriceLevel;
import dev.signet.binance.stream.DepthUpdate;
import dev.signet.binance.stream.TradeEvent;
import dev.signet.core.Decoder;
import dev.signet.core.internal.StreamFrames;
import dev.signet.core.internal.stream.FrameParsers;
import dev.signet.core.internal.stream.StreamProtocol;
import dev.signet.kraken.internal.KrakenStreamProtocol;
import dev.signet.kraken.stream.BookData;
import dev.signet.kraken.stream.BookEntry;
import dev.signet.kraken.stream.BookMessage;
import dev.signet.kraken.stream.KrakenTrade;
import dev.signet.kraken.trading.OrderType;
import dev.signet.kraken.trading.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two sides of the stream decode benchmarks (issue 16) over the same text frames. Typed: the
 * path a frame takes in production, the exchange's {@link StreamProtocol#route} (Binance's
 * combined-stream envelope, Kraken's v2 framing) handing the payload's parser to a sink that decodes
 * it as {@code StreamQueue.offer} does ({@link StreamFrames#decode} with the decoder
 * {@code BinanceStreams}/{@code KrakenStreams} subscribe with); only the queue itself is left out.
 * Tree: Jackson 3's {@code readTree} of the frame (a plain mapper; Kraken's with
 * {@code USE_BIG_DECIMAL_FOR_FLOATS}, since its prices are JSON numbers), the stream name read for
 * routing, then every field extracted into the same record ({@code BigDecimal} money, {@code Instant}
 * times): the least a bot must do to use the event. Each frame set is checked at setup to decode to
 * equal records on both sides.
 *
 * A {@link Kind} holds one sink and is used by one thread, as one connection's reader is.
 *
 * <p>Example: {@code DepthUpdate u = (DepthUpdate) StreamDecodes.binanceDepth().typed(frame);}
 */
final class StreamDecodes {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final JsonMapper DECIMALS = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private StreamDecodes() {}

  /** Binance diff. depth, as {@code BinanceStreams.depth} subscribes it. */
  static Kind binanceDepth() {
    return new Kind(BinanceStreamProtocol.INSTANCE, "btcusdt@depth@100ms", Decoder.of(DepthUpdate.class),
        StreamDecodes::treeDepth);
  }

  /** Binance trades, as {@code BinanceStreams.trades} subscribes them. */
  static Kind binanceTrade() {
    return new Kind(BinanceStreamProtocol.INSTANCE, "btcusdt@trade", Decoder.of(TradeEvent.class),
        StreamDecodes::treeTrade);
  }

  /** Kraken v2 book updates, as {@code KrakenStreams} subscribes {@code book:BTC/USD}. */
  static Kind krakenBook() {
    return new Kind(new KrakenStreamProtocol(null), "book:BTC/USD", Decoder.of(BookMessage.class),
        StreamDecodes::treeBook);
  }

  /** Kraken v2 trades, as {@code KrakenStreams.trades} subscribes them. */
  static Kind krakenTrade() {
    return new Kind(new KrakenStreamProtocol(null), "trade:BTC/USD", Decoder.of(KrakenTrade.class),
        StreamDecodes::treeKrakenTrade);
  }

  /** One stream: its framing, its name, the typed decoder and the tree extraction. */
  static final class Kind {
    private final StreamProtocol protocol;
    private final String stream;
    private final Function<String, Object> tree;
    private final Capture sink;

    Kind(StreamProtocol protocol, String stream, Decoder<?> decoder, Function<String, Object> tree) {
      this.protocol = protocol;
      this.stream = stream;
      this.tree = tree;
      this.sink = new Capture(stream, decoder);
    }

    /** Signet's decode of one frame, through the protocol's routing. */
    Object typed(String frame) {
      sink.event = null; // one sink per connection, as StreamConnection's reader
      protocol.route(frame, sink);
      if (sink.event == null) {
        throw new IllegalStateException(stream + ": the frame delivered no event: " + frame);
      }
      return sink.event;
    }

    /** The tree decode of one frame into the same record. */
    Object tree(String frame) {
      return tree.apply(frame);
    }

    /**
     * {@code count} frames made by {@code frames}, each checked to decode to equal records on both sides.
     *
     * @param count how many
     * @param frames frame {@code i}
     * @return the frames
     */
    String[] frames(int count, IntFunction<String> frames) {
      String[] out = new String[count];
      for (int i = 0; i < count; i++) {
        out[i] = frames.apply(i);
        Object typed = typed(out[i]);
        Object tree = tree(out[i]);
        if (!typed.equals(tree)) {
          throw new IllegalStateException(stream + " frame " + i + ": typed " + typed + ", tree " + tree);
        }
      }
      return out;
    }
  }

  /** The sink of a connection with one subscription, decoding as the subscription's queue does. */
  private static final class Capture implements StreamProtocol.Sink {
    private final FrameParsers parsers = new FrameParsers(); // a socket's own, as StreamSocket's
    private final String stream;
    private final Decoder<?> decoder;
    private Object event;

    Capture(String stream, Decoder<?> decoder) {
      this.stream = stream;
      this.decoder = decoder;
    }

    @Override
    public boolean wants(String name) {
      return stream.equals(name);
    }

    @Override
    public JsonParser parse(String frame) {
      return parsers.parse(frame);
    }

    @Override
    public String name(JsonParser p) {
      return parsers.name(p);
    }

    @Override
    public void deliver(String name, JsonParser payload) {
      event = StreamFrames.decode(name, payload, decoder);
    }

    @Override
    public void accepted(long id) {
      throw new IllegalStateException("not a data frame");
    }

    @Override
    public void refused(long id, String error) {
      throw new IllegalStateException("not a data frame: " + error);
    }
  }

  private static JsonNode binanceData(String frame, String stream) {
    JsonNode root = PLAIN.readTree(frame);
    if (!stream.equals(root.get("stream").asString())) {
      throw new IllegalStateException("another stream: " + frame);
    }
    return root.get("data");
  }

  private static DepthUpdate treeDepth(String frame) {
    JsonNode d = binanceData(frame, "btcusdt@depth@100ms");
    JsonNode t = d.get("T");
    JsonNode pu = d.get("pu");
    return new DepthUpdate(d.get("e").asString(), Instant.ofEpochMilli(d.get("E").asLong()),
        t == null ? null : Instant.ofEpochMilli(t.asLong()), d.get("s").asString(), d.get("U").asLong(),
        d.get("u").asLong(), pu == null ? null : pu.asLong(), levels(d.get("b")), levels(d.get("a")));
  }

  private static List<PriceLevel> levels(JsonNode side) {
    List<PriceLevel> out = new ArrayList<>(side.size());
    for (JsonNode level : side) {
      out.add(new PriceLevel(new BigDecimal(level.get(0).asString()), new BigDecimal(level.get(1).asString())));
    }
    return out;
  }

  private static TradeEvent treeTrade(String frame) {
    JsonNode d = binanceData(frame, "btcusdt@trade");
    JsonNode b = d.get("b");
    JsonNode a = d.get("a");
    return new TradeEvent(Instant.ofEpochMilli(d.get("E").asLong()), d.get("s").asString(), d.get("t").asLong(),
        new BigDecimal(d.get("p").asString()), new BigDecimal(d.get("q").asString()), b == null ? null : b.asLong(),
        a == null ? null : a.asLong(), Instant.ofEpochMilli(d.get("T").asLong()), d.get("m").asBoolean());
  }

  private static JsonNode krakenElement(JsonNode root, String channel) {
    if (!channel.equals(root.get("channel").asString())) {
      throw new IllegalStateException("another channel: " + root);
    }
    JsonNode element = root.get("data").get(0);
    if (!"BTC/USD".equals(element.get("symbol").asString())) {
      throw new IllegalStateException("another symbol: " + root);
    }
    return element;
  }

  private static BookMessage treeBook(String frame) {
    JsonNode root = DECIMALS.readTree(frame);
    JsonNode e = krakenElement(root, "book");
    JsonNode ts = e.get("timestamp");
    BookData data = new BookData(e.get("symbol").asString(), entries(e.get("bids")), entries(e.get("asks")),
        e.get("checksum").asLong(), ts == null ? null : Instant.parse(ts.asString()));
    BookMessage.Type type = root.get("type").asString().equals("snapshot") ? BookMessage.Type.SNAPSHOT
        : BookMessage.Type.UPDATE;
    return new BookMessage("book", type, List.of(data));
  }

  private static List<BookEntry> entries(JsonNode side) {
    List<BookEntry> out = new ArrayList<>(side.size());
    for (JsonNode entry : side) {
      out.add(new BookEntry(entry.get("price").decimalValue(), entry.get("qty").decimalValue()));
    }
    return out;
  }

  private static KrakenTrade treeKrakenTrade(String frame) {
    JsonNode e = krakenElement(DECIMALS.readTree(frame), "trade");
    return new KrakenTrade(e.get("symbol").asString(), Side.of(e.get("side").asString()), e.get("price").decimalValue(),
        e.get("qty").decimalValue(), OrderType.of(e.get("ord_type").asString()), e.get("trade_id").asLong(),
        Instant.parse(e.get("timestamp").asString()));
  }
}
