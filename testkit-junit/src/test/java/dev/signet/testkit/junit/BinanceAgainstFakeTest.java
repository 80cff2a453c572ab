package dev.signet.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.BinanceApiException;
import dev.signet.binance.BinanceClient;
import dev.signet.binance.BinanceCredentials;
import dev.signet.binance.futures.Income;
import dev.signet.binance.futures.IncomeQuery;
import dev.signet.binance.futures.IncomeType;
import dev.signet.binance.spot.Account;
import dev.signet.binance.spot.CanceledOrder;
import dev.signet.binance.spot.NewOrder;
import dev.signet.binance.spot.Order;
import dev.signet.binance.spot.OrderAck;
import dev.signet.binance.spot.OrderFull;
import dev.signet.binance.spot.OrderRef;
import dev.signet.binance.spot.OrderResult;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.OrderStatus;
import dev.signet.core.Params;
import dev.signet.testkit.FakeBinance;
import dev.signet.testkit.TestKeys;
import java.math.BigDecimal;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SDK's typed Binance calls against the fake, which verifies every signature from raw bytes. */
class BinanceAgainstFakeTest {
  @RegisterExtension
  final FakeBinanceExtension binance = new FakeBinanceExtension(fake -> fake
      .market("BTCUSDT", "BTC", "USDT", new BigDecimal("40000"))
      .market("这是测试币456", "TEST", "USDT", new BigDecimal("2"))
      .balance("USDT", new BigDecimal("10000"))
      .balance("BTC", new BigDecimal("1"))
      .income(new FakeBinance.IncomeRecord("BTCUSDT", "FUNDING_FEE", new BigDecimal("-0.0125"), "USDT",
          Instant.parse("2026-11-01T08:00:00Z")))
      .income(new FakeBinance.IncomeRecord("ETHUSDT", "COMMISSION", new BigDecimal("-0.5"), "USDT",
          Instant.parse("2026-11-01T09:00:00Z"))));

  @Test
  void limitOrderRestsLocksBalanceAndCancelUnlocksIt() {
    BinanceClient client = binance.client();
    OrderResult placed = client.spot().trading().newOrder(
        NewOrder.limit("BTCUSDT", OrderSide.BUY, new BigDecimal("0.1"), new BigDecimal("35000")).clientOrderId("bot-1").build());
    assertThat(placed.status()).isEqualTo(OrderStatus.NEW);
    assertThat(placed.clientOrderId()).isEqualTo("bot-1");
    assertThat(binance.fake().locked("USDT")).isEqualByComparingTo("3500");
    assertThat(binance.fake().free("USDT")).isEqualByComparingTo("6500");

    List<Order> open = client.spot().accountData().openOrders("BTCUSDT");
    assertThat(open).extracting(Order::orderId).containsExactly(placed.orderId());
    assertThat(open.get(0).working()).isTrue();
    Order byClientId = client.spot().accountData().queryOrder(OrderRef.byClientId("BTCUSDT", "bot-1"));
    assertThat(byClientId.orderId()).isEqualTo(placed.orderId());
    assertThat(byClientId.price()).isEqualByComparingTo("35000");
    assertThat(client.spot().accountData().queryOrder(OrderRef.byId("BTCUSDT", placed.orderId())).clientOrderId()).isEqualTo("bot-1");

    CanceledOrder canceled = client.spot().trading().cancelOrder(OrderRef.byId("BTCUSDT", placed.orderId()));
    assertThat(canceled.status()).isEqualTo(OrderStatus.CANCELED);
    assertThat(canceled.origClientOrderId()).isEqualTo("bot-1");
    assertThat(binance.fake().free("USDT")).isEqualByComparingTo("10000");
    assertThat(client.spot().accountData().openOrders()).isEmpty();
  }

  @Test
  void marketOrderFillsAtTheConfiguredPriceAndShowsInTheAccount() {
    OrderFull filled = binance.client().spot().trading().newOrderFull(
        NewOrder.market("BTCUSDT", OrderSide.BUY, new BigDecimal("0.05")).build());
    assertThat(filled.order().status()).isEqualTo(OrderStatus.FILLED);
    assertThat(filled.fills()).singleElement().satisfies(f -> {
      assertThat(f.price()).isEqualByComparingTo("40000");
      assertThat(f.qty()).isEqualByComparingTo("0.05");
    });
    Account account = binance.client().spot().account();
    assertThat(account.balance("BTC").orElseThrow().free()).isEqualByComparingTo("1.05");
    assertThat(account.balance("USDT").orElseThrow().free()).isEqualByComparingTo("8000");
  }

  @Test
  void nonAsciiSymbolIsSignedAndAccepted() {
    OrderAck r = binance.client().spot().trading().newOrderAck(
        NewOrder.market("这是测试币456", OrderSide.BUY, new BigDecimal("10")).build());
    assertThat(r.symbol()).isEqualTo("这是测试币456");
    assertThat(binance.fake().free("TEST")).isEqualByComparingTo("10");
  }

  @Test
  void insufficientBalanceAndUnknownOrderAreTheExchangesErrors() {
    assertThatThrownBy(() -> binance.client().spot().trading().newOrder(
            NewOrder.limit("BTCUSDT", OrderSide.BUY, new BigDecimal("10"), new BigDecimal("40000")).build()))
        .isInstanceOfSatisfying(BinanceApiException.class, e -> assertThat(e.code()).isEqualTo(-2010))
        .hasMessage("Binance error -2010 (HTTP 400) on POST /api/v3/order: Account has insufficient balance for requested action.");
    assertThatThrownBy(() -> binance.client().spot().accountData().queryOrder(OrderRef.byId("BTCUSDT", 999)))
        .hasMessage("Binance error -2013 (HTTP 400) on GET /api/v3/order: Order does not exist.");
  }

  @Test
  void futuresIncomeIsFilteredBySymbolAndDecoded() {
    List<Income> income = binance.client().futures().income(IncomeQuery.builder().symbol("BTCUSDT").build());
    assertThat(income).singleElement().satisfies(i -> {
      assertThat(i.incomeType()).isEqualTo(IncomeType.FUNDING_FEE);
      assertThat(i.income()).isEqualByComparingTo("-0.0125");
      assertThat(i.time()).isEqualTo(Instant.parse("2026-11-01T08:00:00Z"));
    });
  }

  @Test
  void serverTimeFollowsTheFakeClock() {
    binance.fake().clock().set(Instant.parse("2030-01-01T00:00:00Z"));
    long t = binance.client().spot().market().serverTime();
    assertThat(t).isBetween(Instant.parse("2030-01-01T00:00:00Z").toEpochMilli(), Instant.parse("2030-01-01T00:00:10Z").toEpochMilli());
  }

  @Test
  void clientClockThreeSecondsAheadIsHealedByResyncingOnMinus1021() {
    binance.client().spot().account(); // first signed call: the offset is measured, then the call succeeds
    binance.fake().clock().advance(Duration.ofSeconds(-3)); // now this machine runs 3 s ahead of the server
    int before = binance.fake().requestCount();
    assertThat(binance.client().spot().account().accountType()).isEqualTo("SPOT");
    assertThat(binance.fake().requests().subList(before, binance.fake().requestCount()))
        .extracting(r -> r.getUrl().encodedPath())
        .containsExactly("/api/v3/account", "/api/v3/time", "/api/v3/account");
  }

  @Test
  void withAUserClockThereIsNoSyncAndSkewIsMinus1021() {
    try (BinanceClient fixed = binance.newClient().clock(java.time.Clock.offset(java.time.Clock.systemUTC(), Duration.ofSeconds(3)))
        .retryPolicy(dev.signet.core.RetryPolicy.none()).build()) {
      assertThatThrownBy(() -> fixed.spot().account())
          .isInstanceOfSatisfying(BinanceApiException.class, e -> assertThat(e.code()).isEqualTo(-1021))
          .hasMessageEndingWith("Timestamp for this request was 1000ms ahead of the server's time.");
    }
  }

  @Test
  void wrongSecretForTheKeyIsMinus1022() {
    try (BinanceClient wrong = binance.newClient()
        .credentials(BinanceCredentials.hmac(binance.credentials().apiKey(), TestKeys.binanceSecret())).build()) {
      assertThatThrownBy(() -> wrong.spot().account())
          .isInstanceOfSatisfying(BinanceApiException.class, e -> {
            assertThat(e.code()).isEqualTo(-1022);
            assertThat(e.httpStatus()).isEqualTo(400);
          });
    }
  }

  @Test
  void unknownApiKeyIsMinus2015() {
    try (BinanceClient stranger = binance.newClient().credentials(BinanceCredentials.hmac("unknown", "secret")).build()) {
      assertThatThrownBy(() -> stranger.spot().account())
          .hasMessage("Binance error -2015 (HTTP 401) on GET /api/v3/account: Invalid API-key, IP, or permissions for action.");
    }
  }

  @Test
  void rsaAndEd25519KeysAreVerifiedWithTheirPublicKeys() throws Exception {
    for (String alg : List.of("RSA", "Ed25519")) {
      KeyPair pair = KeyPairGenerator.getInstance(alg).generateKeyPair();
      String pem = "-----BEGIN PRIVATE KEY-----\n"
          + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
      FakeBinance.Builder b = FakeBinance.builder().balance("USDT", BigDecimal.ONE);
      BinanceCredentials creds;
      if (alg.equals("RSA")) {
        b.rsaKey("rsa-key", pair.getPublic());
        creds = BinanceCredentials.rsa("rsa-key", pem);
      } else {
        b.ed25519Key("ed-key", pair.getPublic());
        creds = BinanceCredentials.ed25519("ed-key", pem);
      }
      try (FakeBinance fake = b.build();
          BinanceClient client = BinanceClient.builder().credentials(creds).spotBaseUrl(fake.baseUrl()).build()) {
        assertThat(client.spot().account().balance("USDT").orElseThrow().free()).isEqualByComparingTo("1");
        assertThat(client.spot().signed("GET", "/api/v3/openOrders", Params.of("symbol", "a+b/c=d"))).isEmpty();
      }
    }
  }
}
