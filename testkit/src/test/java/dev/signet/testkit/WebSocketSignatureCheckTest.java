package dev.signet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link BinanceSignatureCheck#verifyWebSocket} on the Spot WebSocket API docs' published example
 * ("Request security" > "SIGNED request example (HMAC)", binance/binance-spot-api-docs
 * web-socket-api.md): the parameters in the order a client might send them, the signature as the
 * docs print it.
 */
class WebSocketSignatureCheckTest {
  private static final String API_KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
  private static final String SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
  private static final String PAYLOAD = "apiKey=" + API_KEY + "&price=52000.00&quantity=0.01000000&recvWindow=100"
      + "&side=SELL&symbol=BTCUSDT&timeInForce=GTC&timestamp=1645423376532&type=LIMIT";
  private static final String SIGNATURE = "aa1b5712c094bc4e57c05a1a5c1fd8d88dcd628338ea863fec7b88e59fe2db24";

  private static BinanceSignatureCheck at(long millis) {
    return BinanceSignatureCheck.builder().hmacKey(API_KEY, SECRET)
        .clock(Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC)).build();
  }

  private static Map<String, String> docsParams() {
    Map<String, String> params = new LinkedHashMap<>(); // the request's order, not the signed order
    params.put("symbol", "BTCUSDT");
    params.put("side", "SELL");
    params.put("type", "LIMIT");
    params.put("timeInForce", "GTC");
    params.put("quantity", "0.01000000");
    params.put("price", "52000.00");
    params.put("recvWindow", "100");
    params.put("timestamp", "1645423376532");
    params.put("apiKey", API_KEY);
    params.put("signature", SIGNATURE);
    return params;
  }

  @Test
  void theDocsExampleVerifiesOverItsSortedParameters() {
    BinanceSignatureCheck.Verified verified = at(1645423376600L).verifyWebSocket(docsParams());
    assertThat(verified.apiKey()).isEqualTo(API_KEY);
    assertThat(verified.signedPayload()).isEqualTo(PAYLOAD);
    assertThat(verified.params()).extracting(Map.Entry::getKey).containsExactly("apiKey", "price", "quantity",
        "recvWindow", "side", "symbol", "timeInForce", "timestamp", "type");
  }

  @Test
  void aChangedValueAnUnknownKeyOrAStaleTimestampIsRefusedWithBinancesError() {
    Map<String, String> changed = docsParams();
    changed.put("price", "52000.01");
    assertThatThrownBy(() -> at(1645423376600L).verifyWebSocket(changed))
        .isInstanceOfSatisfying(BinanceSignatureCheck.Rejection.class, r -> {
          assertThat(r.code()).isEqualTo(-1022);
          assertThat(r.exchangeMessage()).isEqualTo("Signature for this request is not valid.");
        });
    Map<String, String> unknown = docsParams();
    unknown.put("apiKey", "someoneElse");
    assertThatThrownBy(() -> at(1645423376600L).verifyWebSocket(unknown))
        .isInstanceOfSatisfying(BinanceSignatureCheck.Rejection.class, r -> {
          assertThat(r.httpStatus()).isEqualTo(401);
          assertThat(r.code()).isEqualTo(-2015);
        });
    assertThatThrownBy(() -> at(1645423376633L).verifyWebSocket(docsParams())) // 101 ms later: past recvWindow 100
        .isInstanceOfSatisfying(BinanceSignatureCheck.Rejection.class, r -> {
          assertThat(r.code()).isEqualTo(-1021);
          assertThat(r.exchangeMessage()).isEqualTo("Timestamp for this request is outside of the recvWindow.");
        });
  }
}
