package dev.signet.core;

/**
 * Signs one request: the SPI each exchange module implements ({@code BinanceSigner},
 * {@code KrakenSigner}).
 *
 * <p>A signer receives the request exactly as it will be sent, adds what the exchange wants
 * (timestamp, nonce, signature) and returns the new query, body and headers. It must work on the
 * bytes it was given and never re-encode parameters: that is the one rule that keeps the signed
 * string and the sent string identical. Implementations are thread-safe.
 *
 * <pre>{@code
 * Signer signer = new BinanceSigner(BinanceCredentials.hmac(apiKey, secret), Clock.systemUTC(), null);
 * SigningResult out = signer.sign(new SigningInput("GET", "/api/v3/account", "", ByteString.EMPTY, null));
 * }</pre>
 */
@FunctionalInterface
public interface Signer {
  /**
   * Returns the request to send.
   *
   * @throws IllegalArgumentException when the request cannot be signed as given (for example it
   *     already carries a parameter the signer adds)
   *
   * @param input the encoded request, exactly as it will be sent
   * @return the query, body and headers to send, with the text that was signed
   */
  SigningResult sign(SigningInput input);
}
