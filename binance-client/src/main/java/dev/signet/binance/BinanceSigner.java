package dev.signet.binance;

import dev.signet.binance.internal.signing.RestPayload;
import dev.signet.core.FormEncoder;
import dev.signet.core.Signer;
import dev.signet.core.SigningInput;
import dev.signet.core.SigningResult;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import okio.ByteString;

/**
 * Signs Binance SIGNED requests (spot and USD-M futures alike) the way Binance's "SIGNED endpoint
 * security" asks.
 *
 * <ol>
 *   <li>appends {@code recvWindow} (when configured) and {@code timestamp} from the client's clock,
 *       to the form body when the request has one, otherwise to the query;</li>
 *   <li>signs the query as sent concatenated with the body as sent (both already percent-encoded:
 *       required since 2026-01-15);</li>
 *   <li>appends {@code signature} as the very last parameter, percent-encoded (base64 RSA and
 *       Ed25519 signatures contain {@code + / =}).</li>
 * </ol>
 *
 * <p>A request that already carries {@code timestamp} or {@code signature} (or {@code recvWindow}
 * while one is configured) is refused, since the signer adds them. Thread-safe.
 *
 * <pre>{@code
 * BinanceSigner signer = new BinanceSigner(BinanceCredentials.hmac(apiKey, secret), Clock.systemUTC(), 5000L);
 * }</pre>
 */
public final class BinanceSigner implements Signer {
  /** The largest {@code recvWindow} Binance accepts, in milliseconds. */
  public static final long MAX_RECV_WINDOW_MILLIS = 60_000;

  private final BinanceCredentials credentials;
  private final Clock clock;
  private final String recvWindowPrefix;

  /**
   * @param credentials the key that signs
   * @param clock the clock {@code timestamp} is read from (epoch millis)
   * @param recvWindowMillis the {@code recvWindow} to send, or null to send none (Binance's
   *     default, 5000 ms, then applies)
   * @throws IllegalArgumentException if {@code recvWindowMillis} is not in 1..60000
   */
  public BinanceSigner(BinanceCredentials credentials, Clock clock, Long recvWindowMillis) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (recvWindowMillis != null) {
      checkRecvWindow(recvWindowMillis);
    }
    this.recvWindowPrefix = recvWindowMillis == null ? "" : "recvWindow=" + recvWindowMillis + "&";
  }

  /**
   * Checks a {@code recvWindow} value.
   *
   * @param recvWindowMillis the receive window in milliseconds; valid values are 1 to 60000
   * @throws IllegalArgumentException naming the limit and the fix
   */
  public static void checkRecvWindow(long recvWindowMillis) {
    if (recvWindowMillis <= 0 || recvWindowMillis > MAX_RECV_WINDOW_MILLIS) {
      throw new IllegalArgumentException("recvWindow " + recvWindowMillis + " ms is outside 1.." + MAX_RECV_WINDOW_MILLIS
          + " ms; Binance rejects larger values. Use at most 60000 (Binance recommends 5000 or less) and keep"
          + " the clock in sync instead.");
    }
  }

  @Override
  public SigningResult sign(SigningInput input) {
    String query = input.encodedQuery();
    String body = input.body().utf8();
    if (input.contentType() != null && !input.isFormBody()) {
      throw new IllegalArgumentException("Binance signed requests take query or form parameters; the body has"
          + " content type " + input.contentType() + ". Send the parameters as Params.");
    }
    refuseAdded(query, body, "timestamp");
    refuseAdded(query, body, "signature");
    if (!recvWindowPrefix.isEmpty()) {
      refuseAdded(query, body, "recvWindow");
    }
    String suffix = recvWindowPrefix + "timestamp=" + clock.millis();
    boolean inBody = input.isFormBody();
    String signedQuery = inBody ? query : append(query, suffix);
    String signedBody = inBody ? append(body, suffix) : body;
    String payload = RestPayload.of(signedQuery, signedBody);
    String signature = FormEncoder.encodeComponent(credentials.sign(payload));
    if (inBody) {
      return new SigningResult(signedQuery, ByteString.encodeUtf8(signedBody + "&signature=" + signature), List.of(), payload);
    }
    return new SigningResult(signedQuery + "&signature=" + signature, input.body(), List.of(), payload);
  }

  private static String append(String encoded, String suffix) {
    return encoded.isEmpty() ? suffix : encoded + "&" + suffix;
  }

  private static void refuseAdded(String query, String body, String key) {
    if (FormEncoder.containsKey(query, key) || FormEncoder.containsKey(body, key)) {
      throw new IllegalArgumentException("Parameter '" + key + "' is added by the signer; remove it from the"
          + " params (configure recvWindow on the client builder).");
    }
  }

  @Override
  public String toString() {
    return "BinanceSigner{" + credentials + "}";
  }
}
