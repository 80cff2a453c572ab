package dev.signet.core;

import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * The one {@link OkHttpClient} of an exchange client, with the API-key and signing interceptors
 * installed, and whether the exchange client owns it (and so releases it on {@link #close()}).
 *
 * <p>Without credentials, public calls work and a signed call fails before anything is sent,
 * with a message that names the fix. Thread-safe.
 *
 * <pre>{@code
 * ClientHttp http = ClientHttp.create("BinanceClient", userOkHttp, "X-MBX-APIKEY", apiKey, signer, false);
 * }</pre>
 */
public final class ClientHttp implements AutoCloseable {
  private final OkHttpClient okHttp;
  private final boolean owned;

  private ClientHttp(OkHttpClient okHttp, boolean owned) {
    this.okHttp = okHttp;
    this.owned = owned;
  }

  /**
   * @param clientName the public client class, for error messages (e.g. {@code BinanceClient})
   * @param userClient the user's OkHttp client to derive from, or null for Signet's defaults
   * @param apiKeyHeader the header the API key goes in
   * @param apiKey the API key, or null when the client has no credentials
   * @param signer the signer, or null when the client has no credentials
   * @param ordered whether signed calls must reach the server in signing order (Kraken nonces)
   */
  public static ClientHttp create(
      String clientName, OkHttpClient userClient, String apiKeyHeader, String apiKey, Signer signer, boolean ordered) {
    Objects.requireNonNull(clientName, "clientName");
    Signer effective = signer != null ? signer : input -> {
      throw new IllegalStateException("This " + clientName + " has no credentials, so it cannot call the signed"
          + " endpoint " + input.encodedPath() + ". Set them with " + clientName + ".builder().credentials(...).");
    };
    Interceptor key = apiKey != null ? new ApiKeyInterceptor(apiKeyHeader, apiKey) : chain -> chain.proceed(chain.request());
    SigningInterceptor signing = ordered ? SigningInterceptor.ordered(effective) : SigningInterceptor.of(effective);
    return new ClientHttp(HttpClients.build(userClient, key, signing), userClient == null);
  }

  /** The OkHttp client to send with. */
  public OkHttpClient okHttp() {
    return okHttp;
  }

  /** Shuts down the dispatcher and evicts pooled connections, unless the user supplied the client. */
  @Override
  public void close() {
    if (owned) {
      okHttp.dispatcher().executorService().shutdown();
      okHttp.connectionPool().evictAll();
    }
  }
}
