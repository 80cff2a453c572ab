package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.futures.IncomeQuery;
import dev.signet.core.Params;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every fault from the Binance FAQ that the API can still be asked for fails before the network. */
class BadInputTest {
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start(0);
  }

  @AfterEach
  void stop() {
    assertThat(server.getRequestCount()).as("nothing may reach the network").isZero();
    server.close();
  }

  private BinanceClient client() {
    return BinanceClient.builder().credentials(BinanceCredentials.hmac("key", "secret"))
        .spotBaseUrl(server.url("/").toString()).futuresBaseUrl(server.url("/").toString()).build();
  }

  @Test
  void blankApiKeyAndSecretWithTrailingNewline() {
    assertThatThrownBy(() -> BinanceCredentials.hmac(" ", "secret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apiKey is empty or blank; pass the value shown when the API key was created.");
    assertThatThrownBy(() -> BinanceCredentials.hmac("key", TestData.FAQ_SECRET + "\n"))
        .hasMessage("secretKey contains a line break (\\n) at its end (length 65); this is usually a copy-paste fault."
            + " Remove all whitespace and line breaks from the value.")
        .hasMessageNotContaining(TestData.FAQ_SECRET);
  }

  @Test
  void secretNotSetMeansSignedCallsFailWithTheFix() {
    try (BinanceClient noKeys = BinanceClient.builder().spotBaseUrl(server.url("/").toString()).build()) {
      assertThatThrownBy(() -> noKeys.spot().account())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("This BinanceClient has no credentials, so it cannot call the signed endpoint /api/v3/account."
              + " Set them with BinanceClient.builder().credentials(...).");
    }
  }

  @Test
  void emptyValueAndDuplicateKeyCannotBeExpressed() {
    assertThatThrownBy(() -> Params.of("orderId", ""))
        .hasMessageStartingWith("Parameter 'orderId' has an empty or blank value");
    assertThatThrownBy(() -> Params.of("symbol", "BTCUSDT").add("symbol", "BTCUSDT"))
        .hasMessage("Parameter 'symbol' was added twice; exchanges reject duplicate keys. Add it once.");
    assertThatThrownBy(() -> IncomeQuery.builder().symbol(""))
        .hasMessage("symbol is empty; pass a symbol such as BTCUSDT, or do not call symbol().");
    assertThatThrownBy(() -> IncomeQuery.builder().limit(1001).build())
        .hasMessage("limit 1001 is outside 1..1000; ask for at most 1000 and page with startTime/endTime for more.");
  }

  @Test
  void timestampOrSignatureFromTheCallerCannotDisplaceTheSignersOwn() {
    try (BinanceClient c = client()) {
      assertThatThrownBy(() -> c.spot().signed("GET", "/api/v3/account", Params.of("timestamp", "1")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Parameter 'timestamp' is added by the signer; remove it from the params (configure recvWindow on the client builder).");
      assertThatThrownBy(() -> c.futures().signed("POST", "/fapi/v1/order", Params.of("signature", "abc")))
          .hasMessageStartingWith("Parameter 'signature' is added by the signer");
    }
  }

  @Test
  void recvWindowOfSeventySeconds() {
    assertThatThrownBy(() -> BinanceClient.builder().recvWindow(70_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("recvWindow 70000 ms is outside 1..60000 ms");
  }

  @Test
  void plainHttpToARealHost() {
    assertThatThrownBy(() -> BinanceClient.builder().spotBaseUrl("http://api.binance.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("spotBaseUrl 'http://api.binance.com' uses plain http:// to a host that is not loopback");
  }

  @Test
  void wrongKeyFormatsAreNamed() {
    assertThatThrownBy(() -> BinanceCredentials.rsa("key", "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----"))
        .hasMessage("privateKeyPem is a PKCS#1 key (BEGIN RSA PRIVATE KEY); Signet needs PKCS#8. Convert it with:"
            + " openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem");
    assertThatThrownBy(() -> BinanceCredentials.ed25519("key", TestData.resource("vectors/binance-rsa-test-key.pem")))
        .hasMessage("privateKeyPem is not a Ed25519 private key; check that the key type matches the factory you called (rsa or ed25519).");
  }

  @Test
  void toStringNeverShowsTheSecret() {
    BinanceCredentials creds = BinanceCredentials.hmac(TestData.DOCS_API_KEY, TestData.FAQ_SECRET);
    assertThat(creds.toString()).isEqualTo("BinanceCredentials{HMAC, apiKey=vmPU…}");
    try (BinanceClient c = BinanceClient.builder().credentials(creds).build()) {
      assertThat(c.toString()).isEqualTo("BinanceClient{BinanceCredentials{HMAC, apiKey=vmPU…}}");
    }
  }
}
