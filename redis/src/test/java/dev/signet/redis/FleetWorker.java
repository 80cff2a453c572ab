package dev.signet.redis;

import dev.signet.binance.BinanceClient;
import dev.signet.binance.BinanceLimits;
import dev.signet.core.ExchangeApiException;
import dev.signet.core.Params;
import dev.signet.core.RateLimitedException;
import dev.signet.core.RetryPolicy;
import dev.signet.core.Ticker;
import dev.signet.kraken.KrakenClient;
import dev.signet.kraken.KrakenCredentials;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * One process of {@link RedisMultiProcessTest}'s fleet: one {@link RedisLimitStore}, two Binance and
 * two Kraken clients on it, each calling until its shared limit refuses; then 100 nonces from two
 * threads. Prints {@code ready}, waits for a line on stdin, runs, prints {@code binance N},
 * {@code kraken N} and {@code nonces a,b,…} (each thread's, in the order received).
 *
 * <p>Arguments: redis URI, key prefix, the wall clock in epoch millis (fixed, so every process counts
 * in the same window and nothing decays), the fake Binance and Kraken URLs, the Kraken key and secret.
 */
final class FleetWorker {
  /** Retries (of a nonce another process overtook) at once: the test's calls never sleep. */
  private static final RetryPolicy NO_WAIT = RetryPolicy.builder().initialBackoff(Duration.ZERO)
      .maxBackoff(Duration.ZERO).jitter(0).build();

  private FleetWorker() {}

  public static void main(String[] args) throws Exception {
    Clock wall = Clock.fixed(Instant.ofEpochMilli(Long.parseLong(args[2])), ZoneOffset.UTC);
    Ticker ticker = new Ticker() {
      @Override
      public long nanoTime() {
        return System.nanoTime();
      }

      @Override
      public Clock wallClock() {
        return wall;
      }

      @Override
      public void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
      }
    };
    try (RedisLimitStore store = RedisLimitStore.builder().uri(args[0]).prefix(args[1]).build()) {
      List<BinanceClient> binance = new ArrayList<>();
      List<KrakenClient> kraken = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        binance.add(BinanceClient.builder().spotBaseUrl(args[3]).futuresBaseUrl(args[3])
            .limits(new BinanceLimits(100, 50, 0, 160_000), BinanceLimits.FUTURES).maxRateLimitWait(Duration.ZERO)
            .circuitBreaker(false).ticker(ticker).limitStore(store).build());
        kraken.add(KrakenClient.builder().credentials(KrakenCredentials.of(args[5], args[6])).baseUrl(args[4])
            .retryPolicy(NO_WAIT).maxRateLimitWait(Duration.ZERO).circuitBreaker(false).tradingLimits(false).ticker(ticker)
            .limitStore(store).build());
      }
      RedisKrakenNonceSource nonces = RedisKrakenNonceSource.of(store, "nonce-probe");
      store.used(new dev.signet.core.limit.LimitWindow(dev.signet.core.limit.LimitKey.of(
          dev.signet.core.limit.LimitKey.Scope.IP, "warm-up", "connect"), 60_000, 1), 0);
      System.out.println("ready");
      new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      ExecutorService pool = Executors.newFixedThreadPool(6);
      List<Future<Integer>> b = new ArrayList<>();
      List<Future<Integer>> k = new ArrayList<>();
      List<Future<List<Long>>> n = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        BinanceClient bc = binance.get(i);
        KrakenClient kc = kraken.get(i);
        b.add(pool.submit(() -> untilRefused(() -> bc.spot().publicCall("GET", "/api/v3/ping", Params.empty()))));
        k.add(pool.submit(() -> untilRefused(() -> kc.privateCall("FleetProbe", Params.empty()))));
        n.add(pool.submit(() -> {
          List<Long> mine = new ArrayList<>();
          for (int j = 0; j < 50; j++) {
            mine.add(nonces.nextNonce());
          }
          return mine;
        }));
      }
      System.out.println("binance " + (b.get(0).get() + b.get(1).get()));
      System.out.println("kraken " + (k.get(0).get() + k.get(1).get()));
      for (Future<List<Long>> f : n) {
        System.out.println("nonces " + f.get().stream().map(String::valueOf).collect(Collectors.joining(",")));
      }
      pool.shutdown();
      binance.forEach(BinanceClient::close);
      kraken.forEach(KrakenClient::close);
    }
  }

  /** Calls until the shared limit refuses; the number that went through (an exchange's refusal is not). */
  private static int untilRefused(Runnable call) {
    int n = 0;
    while (true) {
      try {
        call.run();
        n++;
      } catch (RateLimitedException e) {
        return n;
      } catch (ExchangeApiException e) {
        // EAPI:Invalid nonce on every attempt: other processes' larger nonces kept arriving first
      }
    }
  }
}
