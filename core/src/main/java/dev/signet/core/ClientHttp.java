package dev.signet.core;

import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * The connection pool and dispatcher of one exchange client, and the per-host OkHttp clients
 * derived from it, each with its own interceptor chain: rate limiter, then the API key and signature.
 * Closing releases the pool unless the user supplied the base client. Thread-safe.
 *
 * <pre>{@code
 * ClientHttp http = ClientHttp.create(userOkHttpOrNull);
 * OkHttpClient spot = http.forHost("BinanceClient", limiter, "X-MBX-APIKEY", apiKey, signer, false);
 * }</pre>
 */
public final class ClientHttp implements AutoCloseable {
  private final OkHttpClient base;
  private final boolean owned;

  private ClientHttp(OkHttpClient base, boolean owned) {
    this.base = base;
    this.owned = owned;
  }

  /** @param userClient the user's OkHttp client to share, or null for Signet's defaults */
  public static ClientHttp create(OkHttpClient userClient) {
    return new ClientHttp(userClient != null ? userClient : HttpClients.build(null), userClient == null);
  }

  /**
   * An OkHttp client for one host, sharing this client's pool and dispatcher. Without credentials
   * (null {@code apiKey} and {@code signer}), public calls work and a signed call fails before
   * anything is sent, with a message that names the fix.
   *
   * @param clientName the public client class, for error messages (e.g. {@code BinanceClient})
   * @param limiter the host's rate limiter
   * @param apiKeyHeader the header the API key goes in
   * @param apiKey the API key, or null when the client has no credentials
   * @param signer the signer, or null when the client has no credentials
   * @param ordered whether signed calls must reach the server in signing order (Kraken nonces)
   */
  public OkHttpClient forHost(String clientName, RateLimiter limiter, String apiKeyHeader, String apiKey, Signer signer,
      boolean ordered) {
    Objects.requireNonNull(clientName, "clientName");
    Signer effective = signer != null ? signer : input -> {
      throw new IllegalStateException("This " + clientName + " has no credentials, so it cannot call the signed"
          + " endpoint " + input.encodedPath() + ". Set them with " + clientName + ".builder().credentials(...).");
    };
    SigningInterceptor signing = ordered
        ? SigningInterceptor.ordered(apiKeyHeader, apiKey, effective)
        : SigningInterceptor.of(apiKeyHeader, apiKey, effective);
    return HttpClients.build(base, new RateLimitInterceptor(limiter), signing);
  }

  /** Shuts down the dispatcher and evicts pooled connections, unless the user supplied the client. */
  @Override
  public void close() {
    if (owned) {
      base.dispatcher().executorService().shutdown();
      base.connectionPool().evictAll();
    }
  }
}
