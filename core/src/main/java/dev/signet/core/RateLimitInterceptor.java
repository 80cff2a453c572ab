package dev.signet.core;

import java.io.IOException;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Asks the {@link RateLimiter} before each attempt is sent and shows it each response. Installed
 * first among the application interceptors, so every attempt, retries included, pays its weight.
 *
 * <p>Example: {@code HttpClients.build(base, new RateLimitInterceptor(limiter), apiKey, signing)}.
 */
public final class RateLimitInterceptor implements Interceptor {
  private final RateLimiter limiter;

  /** @param limiter the host's limiter */
  public RateLimitInterceptor(RateLimiter limiter) {
    this.limiter = Objects.requireNonNull(limiter, "limiter");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Endpoint endpoint = request.tag(Endpoint.class);
    if (endpoint == null) {
      return chain.proceed(request);
    }
    limiter.acquire(endpoint);
    Response response = chain.proceed(request);
    limiter.onResponse(endpoint, response);
    return response;
  }
}
