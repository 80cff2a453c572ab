package dev.signet.core.internal;

import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * Builds the one {@link OkHttpClient} a Signet client uses, from the user's shared client (to
 * reuse its connection pool and dispatcher) or from defaults.
 *
 * <p>Whatever the base client says, {@code retryOnConnectionFailure} is turned off: OkHttp would
 * otherwise resend a signed POST on a stale connection, replaying a Kraken nonce or placing an
 * order twice. For the same reason redirects are not followed and a 503's {@code Retry-After} is
 * hidden from OkHttp's follow-up logic ({@link NoSilentResend}). Signet's own retry policy, which
 * re-signs each attempt, is the only one.
 *
 * <pre>{@code
 * OkHttpClient http = HttpClients.build(null);
 * }</pre>
 */
public final class HttpClients {
  /** Connect timeout used when the user supplies no client. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** Read timeout used when the user supplies no client (Binance's own backend gives up at 10 s). */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(15);

  private HttpClients() {}

  /**
   * @param base the user's client to derive from, or null for defaults
   * @return the client calls go through
   */
  public static OkHttpClient build(OkHttpClient base) {
    OkHttpClient.Builder builder = base != null
        ? base.newBuilder()
        : new OkHttpClient.Builder()
            .connectTimeout(DEFAULT_CONNECT_TIMEOUT)
            .readTimeout(DEFAULT_READ_TIMEOUT)
            .writeTimeout(DEFAULT_READ_TIMEOUT);
    builder.retryOnConnectionFailure(false).followRedirects(false).followSslRedirects(false);
    if (!builder.networkInterceptors().contains(NoSilentResend.INSTANCE)) {
      builder.addNetworkInterceptor(NoSilentResend.INSTANCE);
    }
    return builder.build();
  }
}
