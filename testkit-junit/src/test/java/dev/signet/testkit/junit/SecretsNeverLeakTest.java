package dev.signet.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.binance.BinanceClient;
import dev.signet.binance.BinanceCredentials;
import dev.signet.binance.spot.NewOrder;
import dev.signet.binance.spot.OrderSide;
import dev.signet.core.Params;
import dev.signet.core.RetryPolicy;
import dev.signet.kraken.KrakenClient;
import dev.signet.kraken.KrakenCredentials;
import dev.signet.kraken.KrakenNonceSource;
import dev.signet.kraken.trading.AddOrder;
import dev.signet.kraken.trading.Side;
import dev.signet.testkit.FakeBinance;
import dev.signet.testkit.FakeKraken;
import dev.signet.testkit.Fault;
import dev.signet.testkit.TestKeys;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Runs a scenario suite with every Signet logger at DEBUG (java.util.logging FINEST), captures every
 * log line and every exception text, and fails if a secret or a whole API key appears anywhere.
 */
class SecretsNeverLeakTest {
  private static final RetryPolicy FAST = RetryPolicy.builder()
      .initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(2)).build();

  @Test
  void noSecretOrFullApiKeyInLogsOrExceptions() {
    List<String> seen = new ArrayList<>();
    Logger signet = Logger.getLogger("dev.signet");
    Level before = signet.getLevel();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        synchronized (seen) {
          seen.add(record.getMessage() + (record.getThrown() == null ? "" : " " + record.getThrown()));
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    capture.setLevel(Level.ALL);
    signet.setLevel(Level.ALL);
    signet.addHandler(capture);
    String binanceKey = TestKeys.binanceSecret();
    String binanceSecret = TestKeys.binanceSecret();
    String krakenKey = TestKeys.binanceSecret();
    String krakenSecret = TestKeys.krakenPrivateKey();
    try (FakeBinance fb = FakeBinance.builder().hmacKey(binanceKey, binanceSecret)
            .market("BTCUSDT", "BTC", "USDT", new BigDecimal("40000")).balance("USDT", new BigDecimal("1000")).build();
        FakeKraken fk = FakeKraken.builder().key(krakenKey, krakenSecret)
            .pair("XBTUSD", "XXBT", "ZUSD", new BigDecimal("40000")).balance("ZUSD", new BigDecimal("1000")).build();
        BinanceClient b = BinanceClient.builder().credentials(BinanceCredentials.hmac(binanceKey, binanceSecret))
            .spotBaseUrl(fb.baseUrl()).futuresBaseUrl(fb.baseUrl()).retryPolicy(FAST).build();
        BinanceClient wrongB = BinanceClient.builder().credentials(BinanceCredentials.hmac(binanceKey, TestKeys.binanceSecret()))
            .spotBaseUrl(fb.baseUrl()).retryPolicy(FAST).build();
        KrakenClient k = KrakenClient.builder().credentials(KrakenCredentials.of(krakenKey, krakenSecret))
            .baseUrl(fk.baseUrl()).retryPolicy(FAST).build();
        KrakenClient wrongK = KrakenClient.builder().credentials(KrakenCredentials.of(krakenKey, TestKeys.krakenPrivateKey()))
            .baseUrl(fk.baseUrl()).retryPolicy(FAST).build()) {
      List<Supplier<Object>> calls = List.of(
          () -> b.spot().account(),
          () -> b.spot().trading().newOrder(NewOrder.market("BTCUSDT", OrderSide.BUY, new BigDecimal("0.001")).build()),
          () -> b.spot().signed("GET", "/api/v3/openOrders", Params.of("symbol", "BTCUSDT")),
          () -> wrongB.spot().account(),
          () -> {
            fb.failNext(1, Fault.disconnectAfterRequest());
            return b.spot().trading().newOrder(NewOrder.market("BTCUSDT", OrderSide.BUY, new BigDecimal("0.001")).build());
          },
          () -> {
            fb.failNext(3, Fault.serviceUnavailableHtml());
            return b.spot().account();
          },
          () -> {
            fb.clock().advance(Duration.ofSeconds(-3));
            return b.spot().account();
          },
          () -> k.balance(),
          () -> k.addOrder(AddOrder.market("XBTUSD", Side.BUY, new BigDecimal("0.001")).build()),
          () -> wrongK.balance(),
          () -> {
            fk.failNext(1, Fault.malformedJson());
            return k.addOrder(AddOrder.market("XBTUSD", Side.BUY, new BigDecimal("0.001")).build());
          },
          () -> {
            try (KrakenClient ahead = KrakenClient.builder().credentials(KrakenCredentials.of(krakenKey, krakenSecret))
                .baseUrl(fk.baseUrl()).nonceSource(KrakenNonceSource.startingAt(Long.MAX_VALUE / 2)).build()) {
              ahead.balance();
            }
            return k.balance();
          });
      for (Supplier<Object> call : calls) {
        try {
          seen.add(String.valueOf(call.get()));
        } catch (RuntimeException e) {
          for (Throwable t = e; t != null; t = t.getCause()) {
            seen.add(t.toString());
          }
        }
      }
      seen.add(b.toString());
      seen.add(k.toString());
      seen.add(b.rateLimits().toString());
    } finally {
      signet.removeHandler(capture);
      signet.setLevel(before);
    }
    String all = String.join("\n", seen);
    assertThat(seen).as("the suite produced log lines and exceptions").hasSizeGreaterThan(20);
    assertThat(all).contains("Signature for this request is not valid").contains("EAPI:Invalid key")
        .contains("EAPI:Invalid nonce").contains("signed GET");
    assertThat(all).doesNotContain(binanceSecret).doesNotContain(binanceKey)
        .doesNotContain(krakenSecret).doesNotContain(krakenKey);
  }
}
