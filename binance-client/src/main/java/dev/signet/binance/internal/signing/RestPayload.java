package dev.signet.binance.internal.signing;

/**
 * What Binance signs for a REST request: the query string as sent followed directly by the body
 * as sent, both already percent-encoded, with nothing between them (Binance's "SIGNED endpoint
 * security"; percent-encoding before signing is required since 2026-01-15). No parameter is
 * decoded, re-encoded or re-ordered. Not API.
 *
 * <pre>{@code
 * RestPayload.of("symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC", "quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559");
 * // "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTCquantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559"
 * }</pre>
 */
public final class RestPayload {
  private RestPayload() {}

  /**
   * @param encodedQuery the query as it will be sent, without {@code ?}; empty for none
   * @param encodedBody the form body as it will be sent; empty for none
   * @return the payload to sign: the encoded query followed directly by the encoded body
   */
  public static String of(String encodedQuery, String encodedBody) {
    return encodedQuery + encodedBody;
  }
}
