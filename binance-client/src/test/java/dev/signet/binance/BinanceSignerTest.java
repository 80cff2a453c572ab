package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.SigningInput;
import dev.signet.core.SigningResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import okio.ByteString;
import org.junit.jupiter.api.Test;

/** The signer reproduces the docs' requests byte for byte when its clock reads the docs' timestamp. */
class BinanceSignerTest {
  private static final Clock DOCS_CLOCK = Clock.fixed(Instant.ofEpochMilli(1499827319559L), ZoneOffset.UTC);
  private final BinanceSigner signer =
      new BinanceSigner(BinanceCredentials.hmac(TestData.DOCS_API_KEY, TestData.FAQ_SECRET), DOCS_CLOCK, 5000L);

  @Test
  void queryOnlyRequestGetsRecvWindowTimestampAndSignatureLast() {
    SigningResult out = signer.sign(new SigningInput("POST", "/api/v3/order",
        "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1", ByteString.EMPTY, null));
    assertThat(out.encodedQuery()).isEqualTo("symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1"
        + "&recvWindow=5000&timestamp=1499827319559&signature=c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71");
    assertThat(out.body()).isEqualTo(ByteString.EMPTY);
    assertThat(out.signedText()).isEqualTo("symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559");
  }

  @Test
  void formBodyRequestGetsTheSuffixInTheBodyAndSignsQueryPlusBody() {
    SigningResult out = signer.sign(new SigningInput("POST", "/api/v3/order",
        "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC", ByteString.encodeUtf8("quantity=1&price=0.1"),
        "application/x-www-form-urlencoded"));
    assertThat(out.encodedQuery()).isEqualTo("symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC");
    assertThat(out.body().utf8()).isEqualTo("quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559"
        + "&signature=0fd168b8ddb4876a0358a8d14d0c9f3da0e9b20c5d52b2a00fcf7d1c602f9a77");
  }

  @Test
  void nonAsciiSymbolIsSignedPercentEncoded() {
    SigningResult out = signer.sign(new SigningInput("POST", "/api/v3/order",
        "symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1",
        ByteString.EMPTY, null));
    assertThat(out.encodedQuery()).endsWith("&signature=e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3");
  }

  @Test
  void base64SignatureIsPercentEncodedAsTheLastParameter() {
    BinanceSigner rsa = new BinanceSigner(
        BinanceCredentials.rsa("key", TestData.resource("vectors/binance-rsa-test-key.pem")), DOCS_CLOCK, 5000L);
    SigningResult out = rsa.sign(new SigningInput("POST", "/api/v3/order",
        "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1", ByteString.EMPTY, null));
    assertThat(out.encodedQuery()).endsWith("&timestamp=1499827319559&signature="
        + "uz2xmNkOf1EEsnZoWGraxR13F4jF9JYdC68uvWqYyjFyjwDgcoiMRm23UqsxWkmA208smu7TuGVxm1cWoZa%2F5fLQ2T%2FRcfLW9sokNWDzf1vM%2FxEpSmQEsSyIzd%2Fc0pMWGsUkXsYpIarp3e%2FKSFzgwI73qZfbalBRkkK7u3dLWRVRk4kmEVf6dQUWMyXC44X8LB0M1XFrhkqcFYdcP9NcaCZCvb8nzG%2FnyUPtCJdBxVn8MMgXaVCM8DIbSrUBT0ZUxFQ3gTSd929LR1Tp6P2y4pHiWSElW5nJZYRRn2zUFt4xH7wvVKvuuEi8HH0Dusf6KBcWq8%2F3viAcRUh1Cj4fsQ%3D%3D");
  }

  @Test
  void parametersTheSignerAddsAreRefusedWhenTheCallerSendsThem() {
    assertThatThrownBy(() -> signer.sign(new SigningInput("GET", "/api/v3/account", "timestamp=1", ByteString.EMPTY, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Parameter 'timestamp' is added by the signer; remove it from the params (configure recvWindow on the client builder).");
    assertThatThrownBy(() -> signer.sign(new SigningInput("GET", "/x", "a=1&signature=abc", ByteString.EMPTY, null)))
        .hasMessageStartingWith("Parameter 'signature' is added by the signer");
    assertThatThrownBy(() -> signer.sign(new SigningInput("GET", "/x", "recvWindow=100", ByteString.EMPTY, null)))
        .hasMessageStartingWith("Parameter 'recvWindow' is added by the signer");
  }

  @Test
  void recvWindowAboveSixtySecondsIsRefused() {
    assertThatThrownBy(() -> new BinanceSigner(BinanceCredentials.hmac("k", "s"), DOCS_CLOCK, 70_000L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recvWindow 70000 ms is outside 1..60000 ms; Binance rejects larger values. Use at most 60000"
            + " (Binance recommends 5000 or less) and keep the clock in sync instead.");
  }
}
