package dev.signet.core;

import java.io.IOException;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the API key header ({@code X-MBX-APIKEY} for Binance, {@code API-Key} for Kraken) to every
 * request whose {@link Endpoint} tag is {@link Security#API_KEY} or {@link Security#SIGNED}.
 * Public requests go out without it. Immutable and thread-safe.
 *
 * <pre>{@code
 * new OkHttpClient.Builder().addInterceptor(new ApiKeyInterceptor("X-MBX-APIKEY", apiKey));
 * }</pre>
 */
public final class ApiKeyInterceptor implements Interceptor {
  private final String headerName;
  private final String apiKey;

  /**
   * @param headerName the header the exchange reads the key from
   * @param apiKey the API key, already checked by the credentials class
   */
  public ApiKeyInterceptor(String headerName, String apiKey) {
    this.headerName = Objects.requireNonNull(headerName, "headerName");
    this.apiKey = Credentials.requireClean(apiKey, "apiKey");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Endpoint endpoint = request.tag(Endpoint.class);
    if (endpoint == null || endpoint.security() == Security.PUBLIC) {
      return chain.proceed(request);
    }
    return chain.proceed(request.newBuilder().header(headerName, apiKey).build());
  }

  @Override
  public String toString() {
    return "ApiKeyInterceptor{" + headerName + ": " + Credentials.redact(apiKey) + "}";
  }
}
