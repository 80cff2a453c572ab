package dev.signet.bench;

import dev.signet.core.Decoder;
import dev.signet.core.Endpoint;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import dev.signet.kraken.internal.KrakenEndpoints;
import dev.signet.kraken.internal.KrakenResponses;
import dev.signet.kraken.internal.MarketDecoders;
import dev.signet.kraken.market.AssetPair;
import dev.signet.kraken.market.Ohlc;
import dev.signet.kraken.market.OrderBook;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Okio;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two sides of the Kraken market decode benchmarks over the same bytes, envelope included:
 * Jackson 3's tree ({@code readTree} from a byte stream, a plain mapper) and Signet's typed decode
 * as {@code KrakenMarket} runs it: {@link KrakenResponses#read} (the envelope read off the stream
 * by hand, the result through the endpoint's decoder from {@link MarketDecoders}) on a response
 * whose body streams the bytes (as from a socket; both sides read them through an input stream,
 * neither copies them first). Bodies from {@link KrakenBodies}: AssetPairs of {@value #PAIRS} pairs, OHLC of
 * {@value #CANDLES} candles (the most Kraken sends), Depth of {@value #LEVELS} levels a side (the
 * most {@code count} allows).
 *
 * <p>Example: {@code Map<String, AssetPair> pairs = KrakenMarketDecodes.typed(body, KrakenMarketDecodes.ASSET_PAIRS);}
 */
final class KrakenMarketDecodes {
  static final Operation<Map<String, AssetPair>> ASSET_PAIRS = operation(KrakenEndpoints.ASSET_PAIRS, MarketDecoders.ASSET_PAIRS);
  static final Operation<Ohlc> OHLC = operation(KrakenEndpoints.OHLC, MarketDecoders.OHLC);
  static final Operation<OrderBook> DEPTH = operation(KrakenEndpoints.DEPTH, MarketDecoders.DEPTH);

  static final int PAIRS = 1000;
  static final int CANDLES = 720;
  static final int LEVELS = 500;

  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final KrakenResponses READER = new KrakenResponses();
  private static final Request REQUEST = new Request.Builder().url("https://api.kraken.com/0/public/AssetPairs").build();
  private static final MediaType JSON = MediaType.get("application/json");

  private KrakenMarketDecodes() {}

  private static <T> Operation<T> operation(Endpoint endpoint, Decoder<T> decoder) {
    return Operation.of(endpoint, Params.empty(), decoder);
  }

  /** Jackson's tree decode of the bytes. */
  static JsonNode tree(byte[] body) {
    return PLAIN.readTree(new ByteArrayInputStream(body));
  }

  /** Signet's typed decode of the bytes, as a 200 answer is decoded by the client. */
  static <T> T typed(byte[] body, Operation<T> operation) throws IOException {
    Response response = new Response.Builder().request(REQUEST).protocol(Protocol.HTTP_1_1).code(200).message("OK")
        .body(ResponseBody.create(Okio.buffer(Okio.source(new ByteArrayInputStream(body))), JSON, body.length)).build();
    try (response) {
      return READER.read(response, operation);
    }
  }

  /** The AssetPairs body, checked to decode to {@link #PAIRS} pairs on both sides. */
  static byte[] assetPairs() throws IOException {
    byte[] body = KrakenBodies.assetPairs(PAIRS).getBytes(StandardCharsets.UTF_8);
    check(typed(body, ASSET_PAIRS).size(), tree(body).get("result").size(), PAIRS, "pairs");
    return body;
  }

  /** The OHLC body, checked to decode to {@link #CANDLES} candles on both sides. */
  static byte[] ohlc() throws IOException {
    byte[] body = KrakenBodies.ohlc(CANDLES).getBytes(StandardCharsets.UTF_8);
    check(typed(body, OHLC).candles().size(), tree(body).get("result").get("XXBTZUSD").size(), CANDLES, "candles");
    return body;
  }

  /** The Depth body, checked to decode to {@link #LEVELS} asks on both sides. */
  static byte[] depth() throws IOException {
    byte[] body = KrakenBodies.depth(LEVELS).getBytes(StandardCharsets.UTF_8);
    check(typed(body, DEPTH).asks().size(), tree(body).get("result").get("XXBTZUSD").get("asks").size(), LEVELS, "asks");
    return body;
  }

  private static void check(int typed, int tree, int expected, String what) {
    if (typed != expected || tree != expected) {
      throw new IllegalStateException(what + ": typed " + typed + ", tree " + tree + ", expected " + expected);
    }
  }
}
