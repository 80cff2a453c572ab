package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.SigningInput;
import dev.signet.core.SigningResult;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okio.ByteString;
import org.junit.jupiter.api.Test;

/**
 * {@code recvWindow} at its bounds. Binance's "Timing security": recvWindow is a number of
 * milliseconds that "cannot be greater than 60000"; a window of 0 could never be met, so the
 * valid range is 1..60000.
 */
class BinanceSignerRecvWindowTest {
  private static final Clock DOCS_CLOCK = Clock.fixed(Instant.ofEpochMilli(1499827319559L), ZoneOffset.UTC);
  private static final BinanceCredentials HMAC = BinanceCredentials.hmac(TestData.DOCS_API_KEY, TestData.FAQ_SECRET);

  private static String hmac(String payload) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(TestData.FAQ_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
  }

  private static String message(long value) {
    return "recvWindow " + value + " ms is outside 1..60000 ms; Binance rejects larger values. Use at most 60000"
        + " (Binance recommends 5000 or less) and keep the clock in sync instead.";
  }

  @Test
  void zeroAndNegativeWindowsAreRefused() {
    assertThatThrownBy(() -> BinanceSigner.checkRecvWindow(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message(0));
    assertThatThrownBy(() -> BinanceSigner.checkRecvWindow(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message(-1));
    assertThatThrownBy(() -> new BinanceSigner(HMAC, DOCS_CLOCK, 0L))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message(0));
    assertThatThrownBy(() -> BinanceClient.builder().recvWindow(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message(0));
  }

  @Test
  void oneMillisecondPastTheMaximumIsRefused() {
    assertThatThrownBy(() -> BinanceSigner.checkRecvWindow(60_001))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message(60_001));
    assertThatThrownBy(() -> new BinanceSigner(HMAC, DOCS_CLOCK, 60_001L)).hasMessage(message(60_001));
  }

  @Test
  void theMaximumIsSentAsIs() throws Exception {
    BinanceSigner.checkRecvWindow(60_000);
    BinanceClient.builder().recvWindow(60_000);
    SigningResult out = new BinanceSigner(HMAC, DOCS_CLOCK, 60_000L)
        .sign(new SigningInput("GET", "/api/v3/account", "", ByteString.EMPTY, null));
    String signed = "recvWindow=60000&timestamp=1499827319559";
    assertThat(out.signedText()).isEqualTo(signed);
    assertThat(out.encodedQuery()).isEqualTo(signed + "&signature=" + hmac(signed));
    assertThat(out.body()).isEqualTo(ByteString.EMPTY);
  }

  @Test
  void theMinimumIsSentAsIs() throws Exception {
    BinanceSigner.checkRecvWindow(1);
    SigningResult out = new BinanceSigner(HMAC, DOCS_CLOCK, 1L)
        .sign(new SigningInput("GET", "/api/v3/openOrders", "symbol=BTCUSDT", ByteString.EMPTY, null));
    String signed = "symbol=BTCUSDT&recvWindow=1&timestamp=1499827319559";
    assertThat(out.encodedQuery()).isEqualTo(signed + "&signature=" + hmac(signed));
  }

  @Test
  void withoutAWindowOnlyTheTimestampIsAddedAndACallersRecvWindowIsSent() throws Exception {
    SigningResult out = new BinanceSigner(HMAC, DOCS_CLOCK, null)
        .sign(new SigningInput("GET", "/api/v3/account", "recvWindow=2500", ByteString.EMPTY, null));
    String signed = "recvWindow=2500&timestamp=1499827319559";
    assertThat(out.encodedQuery()).isEqualTo(signed + "&signature=" + hmac(signed));
  }

  @Test
  void aJsonBodyIsRefused() {
    assertThatThrownBy(() -> new BinanceSigner(HMAC, DOCS_CLOCK, null)
        .sign(new SigningInput("POST", "/x", "", ByteString.encodeUtf8("{}"), "application/json")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Binance signed requests take query or form parameters; the body has content type"
            + " application/json. Send the parameters as Params.");
  }

  @Test
  void toStringNamesTheCredentialsRedacted() {
    assertThat(new BinanceSigner(HMAC, DOCS_CLOCK, 5000L).toString())
        .isEqualTo("BinanceSigner{BinanceCredentials{HMAC, apiKey=vmPU…}}");
  }
}
