package dev.signet.redis;

import dev.signet.binance.BinanceClient;
import dev.signet.binance.BinanceLimits;
import dev.signet.binance.spot.NewOrder;
import dev.signet.binance.spot.OrderSide;
import dev.signet.core.ExchangeApiException;
import dev.signet.core.Params;
import dev.signet.core.RetryPolicy;
import dev.signet.core.SignetException;
import dev.signet.kraken.KrakenClient;
import dev.signet.kraken.KrakenCredentials;
import dev.signet.kraken.trading.AddOrder;
import dev.signet.kraken.trading.Side;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/**
 * One process of {@link RedisMultiProcessTest}'s fleet: one {@link RedisLimitStore}, two Binance and
 * two Kraken clients on it; each Binance client hammers reads ({@code GET /api/v3/ping}) from one
 * thread and MARKET orders (each with its own {@code newClientOrderId}) from another, each Kraken
 * client alternates {@code Balance} and {@code AddOrder} (each with its own {@code cl_ord_id}), all
 * until the run's end, after one call of each kind per client to warm up. Prints {@code ready}, waits for a line on stdin, runs, then prints one line:
 * {@code done}, the exchange time its last call ended and each outcome with its count, e.g. {@code binance.read=120 kraken.order=40
 * RedisUnavailableException=3}; an outcome is a success or the simple name of the exception (and
 * the HTTP status and first error of an exchange's refusal).
 *
 * <p>Arguments: redis URI, key prefix, the base of the accelerated exchange time (epoch millis), its
 * factor for Binance, the run's wall length in millis, the fake Binance and Kraken URLs, the Kraken key and
 * secret, this process's number, and the Binance limits the clients count by: weight per minute,
 * orders per 10 s; and the factor of Kraken's exchange time.
 */
final class FleetWorker {
  private FleetWorker() {}

  public static void main(String[] args) throws Exception {
    FastTicker time = new FastTicker(Long.parseLong(args[2]), Long.parseLong(args[3]));
    FastTicker krakenTime = new FastTicker(Long.parseLong(args[2]), Long.parseLong(args[12]));
    long runMillis = Long.parseLong(args[4]);
    String process = args[9];
    BinanceLimits limits = new BinanceLimits(Integer.parseInt(args[10]), Integer.parseInt(args[11]), 0, 1_000_000);
    RetryPolicy retries = RetryPolicy.builder().maxAttempts(10).initialBackoff(Duration.ofMillis(1))
        .maxBackoff(Duration.ofMillis(5)).jitter(0).build();
    Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    long ended;
    try (RedisLimitStore store = RedisLimitStore.builder().uri(args[0]).prefix(args[1]).build()) {
      List<BinanceClient> binance = new ArrayList<>();
      List<KrakenClient> kraken = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        binance.add(BinanceClient.builder().credentials(dev.signet.binance.BinanceCredentials.hmac(args[7], "fleet-binance-secret"))
            .spotBaseUrl(args[5]).futuresBaseUrl(args[5]).limits(limits, BinanceLimits.FUTURES)
            .maxRateLimitWait(Duration.ofMinutes(10)).retryPolicy(retries).preflight(false).circuitBreaker(false)
            .clock(Clock.systemUTC()).ticker(time).limitStore(store).build());
        kraken.add(KrakenClient.builder().credentials(KrakenCredentials.of(args[7], args[8])).baseUrl(args[6])
            .retryPolicy(retries).maxRateLimitWait(Duration.ofMinutes(10)).circuitBreaker(false).tradingLimits(false)
            .preflight(false).ticker(krakenTime).limitStore(store).build());
      }
      for (int i = 0; i < 2; i++) {  // warm-up: one call of each kind per client, counted like the others
        BinanceClient bc = binance.get(i);
        KrakenClient kc = kraken.get(i);
        String client = process + "-" + i + "-";
        until(0, outcomes, "binance.read", () -> bc.spot().publicCall("GET", "/api/v3/ping", Params.empty()));
        until(0, outcomes, "binance.order", () -> bc.spot().trading().newOrderAck(NewOrder.market("BTCUSDT", OrderSide.BUY,
            new BigDecimal("0.001")).clientOrderId("warm-" + client).build()));
        until(0, outcomes, "kraken.read", kc::balance);
        until(0, outcomes, "kraken.order", () -> kc.addOrder(AddOrder.market("XBTUSD", Side.BUY, new BigDecimal("0.001"))
            .clientOrderId(UUID.randomUUID().toString()).build()));
      }
      System.out.println("ready");
      new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      long end = System.nanoTime() + runMillis * 1_000_000;
      ExecutorService pool = Executors.newFixedThreadPool(6);
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        BinanceClient bc = binance.get(i);
        KrakenClient kc = kraken.get(i);
        String client = process + "-" + i + "-";
        running.add(pool.submit(() -> until(end, outcomes, "binance.read",
            () -> bc.spot().publicCall("GET", "/api/v3/ping", Params.empty()))));
        long[] n = {0};
        running.add(pool.submit(() -> until(end, outcomes, "binance.order", () -> bc.spot().trading().newOrderAck(
            NewOrder.market("BTCUSDT", OrderSide.BUY, new BigDecimal("0.001")).clientOrderId("fleet-" + client + n[0]++)
                .build()))));
        boolean[] read = {false};
        running.add(pool.submit(() -> until(end, outcomes, null, () -> {
          read[0] = !read[0];
          if (read[0]) {
            kc.balance();
            return "kraken.read";
          }
          kc.addOrder(AddOrder.market("XBTUSD", Side.BUY, new BigDecimal("0.001"))
              .clientOrderId(UUID.randomUUID().toString()).build());
          return "kraken.order";
        })));
      }
      for (Future<?> f : running) {
        f.get();
      }
      ended = time.millis();
      pool.shutdown();
      binance.forEach(BinanceClient::close);
      kraken.forEach(KrakenClient::close);
    }
    StringBuilder line = new StringBuilder("done " + ended);
    new TreeMap<>(outcomes).forEach((k, v) -> line.append(' ').append(k).append('=').append(v.sum()));
    System.out.println(line);
  }

  /** One call; returns its outcome's name, or null to use the loop's. */
  private interface Call {
    Object run();
  }

  /** Calls until {@code end} (System.nanoTime; 0 calls once), counting each outcome. */
  private static void until(long end, Map<String, LongAdder> outcomes, String success, Call call) {
    for (boolean first = true; first && end == 0 || System.nanoTime() < end; first = false) {
      String outcome;
      try {
        Object result = call.run();
        outcome = success != null ? success : (String) result;
      } catch (ExchangeApiException e) {
        outcome = e.getClass().getSimpleName() + "." + e.getMessage().split("[;:,]")[0].replace(' ', '_');
      } catch (RedisUnavailableException e) {
        outcome = "RedisUnavailableException";
        pause();
      } catch (SignetException e) {
        outcome = e.getClass().getSimpleName();
        pause();
      }
      outcomes.computeIfAbsent(outcome, k -> new LongAdder()).increment();
    }
  }

  /** A short pause after a refusal, so an outage does not spin. */
  private static void pause() {
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
