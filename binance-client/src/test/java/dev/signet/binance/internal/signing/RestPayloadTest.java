package dev.signet.binance.internal.signing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The REST payload is the query and body as sent, joined with nothing between, never re-ordered or re-encoded. */
class RestPayloadTest {
  @Test
  void queryThenBodyExactlyAsSent() {
    assertThat(RestPayload.of("symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC",
            "quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559"))
        .isEqualTo("symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTCquantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559");
    assertThat(RestPayload.of("symbol=%EF%BC%91&timestamp=1", "")).isEqualTo("symbol=%EF%BC%91&timestamp=1");
    assertThat(RestPayload.of("", "b=2&a=1")).isEqualTo("b=2&a=1");
  }
}
