package dev.signet.bench;

import dev.signet.binance.BinanceClient;
import dev.signet.binance.BinanceCredentials;
import dev.signet.binance.BinanceLimits;
import dev.signet.binance.spot.Account;
import dev.signet.core.RateLimiter;
import dev.signet.kraken.KrakenBalance;
import dev.signet.kraken.KrakenClient;
import dev.signet.kraken.KrakenCredentials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One private call, end to end, per call: Signet's typed calls against the hand-written lower
 * bounds (OkHttp 5 + Jackson 3 in this same JVM and run). {@code transport=loopback} sends real
 * HTTP to a server in its own process; {@code transport=memory} gives every client the same
 * {@link InMemorySocketFactory}, so OkHttp writes and parses the same HTTP bytes but no kernel or
 * server shares the 2 cores: the steadier measure of the client's own CPU.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class CallBenchmarks {
  static final String API_KEY = BenchKeys.API_KEY;
  static final String SECRET = BenchKeys.SECRET;
  static final String KRAKEN_SECRET = BenchKeys.KRAKEN_SECRET;
  private static final JsonMapper RAW_MAPPER = JsonMapper.builder().build();
  private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");

  /** {@code loopback}: HTTP to a server process; {@code memory}: in-memory sockets (see the class comment). */
  @Param({"loopback", "memory"})
  public String transport;

  private ServerProcess server;
  private OkHttpClient raw;
  private Request prebuiltAccount;
  private Request prebuiltBalance;
  private Mac mac;
  private Mac krakenMac;
  private MessageDigest sha256;
  private long krakenNonce;
  private String base;
  BinanceClient binance;
  KrakenClient kraken;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    OkHttpClient.Builder rawBuilder = new OkHttpClient.Builder().connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES));
    if (transport.equals("memory")) {
      base = "http://127.0.0.1:8080";
      rawBuilder.socketFactory(new InMemorySocketFactory());
    } else {
      server = ServerProcess.start();
      base = server.baseUrl();
    }
    raw = rawBuilder.build();
    prebuiltAccount = new Request.Builder()
        .url(base + BenchKeys.ACCOUNT_TARGET)
        .header("X-MBX-APIKEY", API_KEY).build();
    prebuiltBalance = new Request.Builder().url(base + "/0/private/Balance")
        .header("API-Key", API_KEY).header("API-Sign", BenchKeys.KRAKEN_SIGN)
        .post(RequestBody.create(BenchKeys.KRAKEN_BODY.getBytes(StandardCharsets.UTF_8), FORM)).build();
    mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    krakenMac = Mac.getInstance("HmacSHA512");
    krakenMac.init(new SecretKeySpec(Base64.getDecoder().decode(KRAKEN_SECRET), "HmacSHA512"));
    sha256 = MessageDigest.getInstance("SHA-256");
    krakenNonce = System.currentTimeMillis();
    int big = Integer.MAX_VALUE / 2;
    binance = BinanceClient.builder()
        .credentials(BinanceCredentials.hmac(API_KEY, SECRET))
        .spotBaseUrl(base).futuresBaseUrl(base)
        .httpClient(raw)
        .limits(new BinanceLimits(big, big, 0, 0), new BinanceLimits(big, big, 0, 0))
        .build();
    kraken = KrakenClient.builder()
        .credentials(KrakenCredentials.of(API_KEY, KRAKEN_SECRET))
        .baseUrl(base)
        .httpClient(raw)
        .rateLimiter(RateLimiter.unlimited())
        .build();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    binance.close();
    kraken.close();
    raw.dispatcher().executorService().shutdown();
    raw.connectionPool().evictAll();
    if (server != null) {
      server.close();
    }
  }

  /** Lower bound: a prebuilt, pre-signed request, decoded as a tree. */
  @Benchmark
  public JsonNode rawBinanceAccountPrebuilt() throws IOException {
    try (Response r = raw.newCall(prebuiltAccount).execute()) {
      return RAW_MAPPER.readTree(r.body().byteStream());
    }
  }

  /** Hand-written code that signs per call: timestamp, HMAC (Mac reused), URL, tree decode. */
  @Benchmark
  public JsonNode rawBinanceAccountSignedPerCall() throws IOException {
    String query = "timestamp=" + System.currentTimeMillis();
    String signature = HexFormat.of().formatHex(mac.doFinal(query.getBytes(StandardCharsets.UTF_8)));
    Request request = new Request.Builder().url(base + "/api/v3/account?" + query + "&signature=" + signature)
        .header("X-MBX-APIKEY", API_KEY).build();
    try (Response r = raw.newCall(request).execute()) {
      return RAW_MAPPER.readTree(r.body().byteStream());
    }
  }

  /** Signet: builds, rate-limits, signs, sends, decodes into the {@link Account} record. */
  @Benchmark
  public Account signetBinanceAccount() {
    return binance.spot().account();
  }

  /** Lower bound: a prebuilt Kraken Balance POST, decoded as a tree. */
  @Benchmark
  public JsonNode rawKrakenBalancePrebuilt() throws IOException {
    try (Response r = raw.newCall(prebuiltBalance).execute()) {
      return RAW_MAPPER.readTree(r.body().byteStream());
    }
  }

  /**
   * Hand-written code that signs per call: nonce, body, API-Sign (digest and {@code Mac} reused),
   * request, tree decode. Single-threaded use only.
   */
  @Benchmark
  public JsonNode rawKrakenBalanceSignedPerCall() throws IOException {
    String nonce = Long.toString(++krakenNonce);
    String body = "nonce=" + nonce;
    sha256.update((nonce + body).getBytes(StandardCharsets.UTF_8));
    krakenMac.update("/0/private/Balance".getBytes(StandardCharsets.UTF_8));
    String sign = Base64.getEncoder().encodeToString(krakenMac.doFinal(sha256.digest()));
    Request request = new Request.Builder().url(base + "/0/private/Balance")
        .header("API-Key", API_KEY).header("API-Sign", sign)
        .post(RequestBody.create(body.getBytes(StandardCharsets.UTF_8), FORM)).build();
    try (Response r = raw.newCall(request).execute()) {
      return RAW_MAPPER.readTree(r.body().byteStream());
    }
  }

  /** Signet: nonce, API-Sign, ordered dispatch, decode into {@link KrakenBalance}. */
  @Benchmark
  public KrakenBalance signetKrakenBalance() {
    return kraken.balance();
  }
}
