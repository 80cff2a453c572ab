package dev.signet.bench.anchors;

import com.binance.connector.client.impl.SpotClientImpl;
import com.binance.connector.client.impl.spot.Trade;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signet.bench.BenchKeys;
import dev.signet.bench.ServerProcess;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.knowm.xchange.Exchange;
import org.knowm.xchange.ExchangeFactory;
import org.knowm.xchange.ExchangeSpecification;
import org.knowm.xchange.binance.BinanceExchange;
import org.knowm.xchange.binance.dto.account.BinanceAccountInformation;
import org.knowm.xchange.binance.service.BinanceAccountServiceRaw;
import org.knowm.xchange.kraken.KrakenExchange;
import org.knowm.xchange.kraken.service.KrakenAccountServiceRaw;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The other Java SDKs on the same calls and the same loopback server as the Signet benchmarks,
 * with their own lower bound (a prebuilt OkHttp 4 request decoded as a Jackson 2 tree): OkHttp 4
 * cannot share a class path with Signet's OkHttp 5, so this is a separate jar, run by the same
 * script, each row's ratio taken against the lower bound of its own jar.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class AnchorBenchmarks {
  static final String API_KEY = BenchKeys.API_KEY;
  static final String SECRET = BenchKeys.SECRET;
  static final String KRAKEN_SECRET = BenchKeys.KRAKEN_SECRET;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ServerProcess server;
  private OkHttpClient raw;
  private Request prebuiltAccount;
  private Request prebuiltBalance;
  private Trade connectorTrade;
  private BinanceAccountServiceRaw xchangeBinance;
  private KrakenAccountServiceRaw xchangeKraken;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    server = ServerProcess.start();
    String base = server.baseUrl();
    raw = new OkHttpClient.Builder().connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES)).build();
    prebuiltAccount = new Request.Builder()
        .url(base + BenchKeys.ACCOUNT_TARGET)
        .header("X-MBX-APIKEY", API_KEY).build();
    prebuiltBalance = new Request.Builder().url(base + "/0/private/Balance")
        .header("API-Key", API_KEY).header("API-Sign", BenchKeys.KRAKEN_SIGN)
        .post(RequestBody.create(BenchKeys.KRAKEN_BODY.getBytes(StandardCharsets.UTF_8),
            MediaType.get("application/x-www-form-urlencoded"))).build();

    connectorTrade = new SpotClientImpl(API_KEY, SECRET, base).createTrade();

    ExchangeSpecification binanceSpec = new BinanceExchange().getDefaultExchangeSpecification();
    binanceSpec.setSslUri(base);
    binanceSpec.setHost("127.0.0.1");
    binanceSpec.setApiKey(API_KEY);
    binanceSpec.setSecretKey(SECRET);
    binanceSpec.setShouldLoadRemoteMetaData(false);
    Exchange binance = ExchangeFactory.INSTANCE.createExchange(binanceSpec);
    xchangeBinance = (BinanceAccountServiceRaw) binance.getAccountService();

    ExchangeSpecification krakenSpec = new KrakenExchange().getDefaultExchangeSpecification();
    krakenSpec.setSslUri(base);
    krakenSpec.setHost("127.0.0.1");
    krakenSpec.setApiKey(API_KEY);
    krakenSpec.setSecretKey(KRAKEN_SECRET);
    krakenSpec.setShouldLoadRemoteMetaData(false);
    Exchange kraken = ExchangeFactory.INSTANCE.createExchange(krakenSpec);
    xchangeKraken = (KrakenAccountServiceRaw) kraken.getAccountService();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    raw.dispatcher().executorService().shutdown();
    raw.connectionPool().evictAll();
    server.close();
  }

  /** Lower bound of this jar: prebuilt OkHttp 4 request, Jackson 2 tree. */
  @Benchmark
  public JsonNode rawBinanceAccountPrebuilt() throws IOException {
    try (Response r = raw.newCall(prebuiltAccount).execute()) {
      return MAPPER.readTree(r.body().byteStream());
    }
  }

  /** Lower bound of this jar for Kraken Balance. */
  @Benchmark
  public JsonNode rawKrakenBalancePrebuilt() throws IOException {
    try (Response r = raw.newCall(prebuiltBalance).execute()) {
      return MAPPER.readTree(r.body().byteStream());
    }
  }

  /** binance-connector-java: signs per call, returns the body as a String (not parsed). */
  @Benchmark
  public String connectorBinanceAccount() {
    Map<String, Object> params = new LinkedHashMap<>();
    return connectorTrade.account(params);
  }

  /** XChange: the raw account service, typed DTO. */
  @Benchmark
  public BinanceAccountInformation xchangeBinanceAccount() throws IOException {
    return xchangeBinance.account();
  }

  /** XChange: the raw Kraken Balance call. */
  @Benchmark
  public Map<String, BigDecimal> xchangeKrakenBalance() throws IOException {
    return xchangeKraken.getKrakenBalance();
  }
}
