package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.internal.signing.WebSocketPayload;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The WebSocket API payload (parameters sorted by name, values not percent-encoded) against the
 * Spot WebSocket API docs' HMAC example (src/test/resources/vectors/binance-ws-api-hmac.txt names
 * the source), with the signature also checked by a plain javax.crypto computation.
 */
class BinanceWebSocketPayloadTest {
  private final BinanceCredentials docsKey = BinanceCredentials.hmac(TestData.DOCS_API_KEY, TestData.FAQ_SECRET);

  @Test
  void asciiExampleGivenInTheRequestsOrderIsSortedByName() throws Exception {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("symbol", "BTCUSDT");
    params.put("side", "SELL");
    params.put("type", "LIMIT");
    params.put("timeInForce", "GTC");
    params.put("quantity", "0.01000000");
    params.put("price", "52000.00");
    params.put("recvWindow", "100");
    params.put("timestamp", "1645423376532");
    params.put("apiKey", TestData.DOCS_API_KEY);
    String[] vector = vector("ascii");
    String payload = WebSocketPayload.of(params);
    assertThat(payload).isEqualTo("apiKey=" + TestData.DOCS_API_KEY + "&price=52000.00&quantity=0.01000000"
        + "&recvWindow=100&side=SELL&symbol=BTCUSDT&timeInForce=GTC&timestamp=1645423376532&type=LIMIT");
    assertThat(payload).isEqualTo(vector[1]);
    assertThat(docsKey.sign(payload)).isEqualTo(vector[2]).isEqualTo(jdkHmacSha256Hex(TestData.FAQ_SECRET, payload));
  }

  @Test
  void nonAsciiValuesAreSignedAsUtf8NotPercentEncoded() throws Exception {
    Map<String, String> params = new HashMap<>();
    params.put("type", "LIMIT");
    params.put("timestamp", "1645423376532");
    params.put("symbol", "１２３４５６");
    params.put("apiKey", TestData.DOCS_API_KEY);
    params.put("timeInForce", "GTC");
    params.put("side", "BUY");
    params.put("recvWindow", "5000");
    params.put("quantity", "1.00000000");
    params.put("price", "0.10000000");
    String[] vector = vector("non-ascii");
    String payload = WebSocketPayload.of(params);
    assertThat(payload).isEqualTo(vector[1]).contains("&symbol=１２３４５６&").doesNotContain("%");
    assertThat(docsKey.sign(payload)).isEqualTo(vector[2]).isEqualTo(jdkHmacSha256Hex(TestData.FAQ_SECRET, payload));
  }

  @Test
  void namesAreSortedAsAsciiSoUpperCaseComesFirst() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("timestamp", "1");
    params.put("recvWindow", "5000");
    params.put("Zeta", "z");
    params.put("quantity", "1");
    params.put("quoteOrderQty", "2");
    assertThat(WebSocketPayload.of(params)).isEqualTo("Zeta=z&quantity=1&quoteOrderQty=2&recvWindow=5000&timestamp=1");
    assertThat(WebSocketPayload.of(Map.of())).isEmpty();
  }

  @Test
  void signatureNullValuesAndUnusableNamesAreRefused() {
    assertThatThrownBy(() -> WebSocketPayload.of(Map.of("timestamp", "1", "signature", "abc")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Parameter 'signature' is added by the signer; remove it from the params.");
    Map<String, String> nullValue = new HashMap<>();
    nullValue.put("price", null);
    assertThatThrownBy(() -> WebSocketPayload.of(nullValue))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Parameter 'price' has no value; leave it out instead.");
    assertThatThrownBy(() -> WebSocketPayload.of(Map.of("a&b", "1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Parameter name 'a&b' has a character (index 1) that is not printable ASCII or is '=' or '&';"
            + " Binance parameter names are plain ASCII words.");
  }

  private static String jdkHmacSha256Hex(String secret, String payload) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
  }

  private static String[] vector(String name) {
    return TestData.resource("vectors/binance-ws-api-hmac.txt").lines()
        .filter(line -> line.startsWith(name + "|"))
        .map(line -> line.split("\\|"))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no vector " + name));
  }
}
