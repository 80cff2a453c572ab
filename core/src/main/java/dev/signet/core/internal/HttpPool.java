package dev.signet.core.internal;

import dev.signet.core.internal.HttpClients;
import okhttp3.OkHttpClient;

/**
 * The one OkHttp client of an exchange client, shared by all its hosts (one connection pool, one
 * dispatcher): derived from the user's client when given, else Signet's defaults, always with
 * {@code retryOnConnectionFailure} off. Closing releases the pool unless the user supplied it.
 * Thread-safe. Not API.
 *
 * <pre>{@code
 * HttpPool pool = HttpPool.create(userOkHttpOrNull);
 * OkHttpClient http = pool.client();
 * }</pre>
 */
public final class HttpPool implements AutoCloseable {
  private final OkHttpClient client;
  private final boolean owned;

  private HttpPool(OkHttpClient client, boolean owned) {
    this.client = client;
    this.owned = owned;
  }

  /**
   * @param userClient the user's OkHttp client to share, or null for Signet's defaults
   * @return a new pool
   */
  public static HttpPool create(OkHttpClient userClient) {
    return new HttpPool(HttpClients.build(userClient), userClient == null);
  }

  /**
   * The client every call of this exchange client goes through.
   *
   * @return the client every call of this exchange client goes through
   */
  public OkHttpClient client() {
    return client;
  }

  /** Shuts down the dispatcher and evicts pooled connections, unless the user supplied the client. */
  @Override
  public void close() {
    if (owned) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }
}
