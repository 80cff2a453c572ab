package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.testkit.FakeBinance;
import dev.signet.testkit.FakeKraken;
import dev.signet.testkit.TestKeys;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signet commands, run in-process against the testkit fakes. */
class SignetCommandTest {
  private static final String FAQ_SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
  private static final String KRAKEN_DOCS_SECRET =
      "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";

  @Test
  void binanceSignReproducesTheFaqVector() {
    CliRun run = CliRun.of(Map.of("BINANCE_SECRET_KEY", FAQ_SECRET), "binance", "sign", "--payload", "timestamp=1578963600000");
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("d84e6641b1e328e7b418fff030caed655c266299c9355e36ce801ed14631eed4" + System.lineSeparator());
    assertThat(run.out() + run.err()).doesNotContain(FAQ_SECRET);
  }

  @Test
  void binanceSignReadsASecretFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("secret.txt");
    Files.writeString(file, FAQ_SECRET + "\n");
    CliRun run = CliRun.of(Map.of(), "binance", "sign", "--secret-file", file.toString(), "--payload",
        "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559");
    assertThat(run.out().strip()).isEqualTo("c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71");
  }

  @Test
  void krakenSignReproducesTheDocsVector() {
    CliRun run = CliRun.of(Map.of("KRAKEN_PRIVATE_KEY", KRAKEN_DOCS_SECRET), "kraken", "sign",
        "--path", "/0/private/AddOrder", "--nonce", "1616492376594",
        "--data", "nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25");
    assertThat(run.code()).isZero();
    assertThat(run.out().strip())
        .isEqualTo("4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ==");
  }

  @Test
  void missingSecretIsAUsageErrorNamingTheVariable() {
    CliRun run = CliRun.of(Map.of(), "binance", "sign", "--payload", "x=1");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("error: environment variable BINANCE_SECRET_KEY is not set; export it"
        + " (secrets are never taken from command-line arguments).");
  }

  @Test
  void binanceRawPrintsTheResponseAndVerboseShowsTheRequestAsSent() {
    String key = TestKeys.binanceSecret();
    String secret = TestKeys.binanceSecret();
    try (FakeBinance fake = FakeBinance.builder().hmacKey(key, secret).balance("USDT", new BigDecimal("5")).build()) {
      CliRun run = CliRun.of(Map.of("BINANCE_API_KEY", key, "BINANCE_SECRET_KEY", secret),
          "binance", "raw", "--base-url", fake.baseUrl(), "-v", "GET", "/api/v3/openOrders", "symbol=BTC USDT");
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.out().strip()).isEqualTo("[ ]");
      assertThat(run.err())
          .contains("> GET " + fake.baseUrl() + "/api/v3/openOrders?symbol=BTC%20USDT&timestamp=")
          .contains("> X-MBX-APIKEY: " + key.substring(0, 4) + "…")
          .contains("signed text: symbol=BTC%20USDT&timestamp=")
          .contains("< HTTP 200")
          .doesNotContain(key)
          .doesNotContain(secret);
    }
  }

  @Test
  void binanceRawWithAWrongSecretExitsWithTheExchangeError() {
    String key = TestKeys.binanceSecret();
    try (FakeBinance fake = FakeBinance.builder().hmacKey(key, TestKeys.binanceSecret()).build()) {
      CliRun run = CliRun.of(Map.of("BINANCE_API_KEY", key, "BINANCE_SECRET_KEY", TestKeys.binanceSecret()),
          "binance", "raw", "--base-url", fake.baseUrl(), "GET", "/api/v3/account");
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.out()).isEmpty();
      assertThat(run.err())
          .startsWith("error: Binance error -1022 (HTTP 400) on GET /api/v3/account: Signature for this request is not valid."
              + "\nRequest as sent: GET " + fake.baseUrl() + "/api/v3/account?timestamp=")
          .contains("\nRemaining causes: the secret does not belong to this API key (HMAC key " + key.substring(0, 4) + "…)")
          .endsWith("response body: {\"code\":-1022,\"msg\":\"Signature for this request is not valid.\"}" + System.lineSeparator())
          .doesNotContain(key);
    }
  }

  @Test
  void krakenRawSendsParamsInOrderAndPrintsTheResult() {
    String key = TestKeys.binanceSecret();
    String secret = TestKeys.krakenPrivateKey();
    try (FakeKraken fake = FakeKraken.builder().key(key, secret)
        .pair("XBTUSD", "XXBT", "ZUSD", new BigDecimal("40000")).balance("ZUSD", new BigDecimal("100")).build()) {
      CliRun run = CliRun.of(Map.of("KRAKEN_API_KEY", key, "KRAKEN_PRIVATE_KEY", secret), "kraken", "raw",
          "--base-url", fake.baseUrl(), "-v", "AddOrder", "pair=XBTUSD", "type=buy", "ordertype=limit",
          "price=30000", "volume=0.001", "validate=true");
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.out()).contains("\"order\" : \"buy 0.00100000 XBTUSD @ limit 30000\"");
      assertThat(run.err()).containsPattern(
          "> nonce=[0-9]+&pair=XBTUSD&type=buy&ordertype=limit&price=30000&volume=0.001&validate=true");
      assertThat(fake.ordersPlaced()).isZero();
    }
  }

  @Test
  void krakenRawWithAnEmptyValueFailsBeforeSending() {
    CliRun run = CliRun.of(Map.of("KRAKEN_API_KEY", "k", "KRAKEN_PRIVATE_KEY", KRAKEN_DOCS_SECRET),
        "kraken", "raw", "--base-url", "http://127.0.0.1:9", "Balance", "asset=");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: Parameter 'asset' has an empty or blank value");
  }

  @Test
  void demoRunsEveryStepAgainstTheFakes() {
    CliRun run = CliRun.of(Map.of(), "demo");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("[binance] place limit order        BUY 0.01 BTCUSDT @ 35000 -> orderId 1, status NEW, clientOrderId demo-1")
        .contains("[binance] cancel                   orderId 1 -> CANCELED")
        .contains("FUNDING_FEE -0.01250000 USDT")
        .contains("[kraken ] AddOrder validate=true   buy 0.00010000 XBTUSD @ limit 10000 (checked, not placed)")
        .containsPattern("Done: 13 steps; 1[0-9] requests, every signed one verified by the fakes.");
  }
}
