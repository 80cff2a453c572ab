package dev.signet.core.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Stops OkHttp from resending a request on its own after a {@code 503} with {@code Retry-After: 0}:
 * OkHttp's follow-up logic repeats the request once in that case whatever
 * {@code retryOnConnectionFailure} says, which for a signed POST would place an order twice or
 * replay a Kraken nonce. As a network interceptor it renames that header on 503 answers to
 * {@value #SUPPRESSED}, so OkHttp hands the 503 up and Signet's retry policy (which never resends
 * an order whose outcome is unknown) decides. Stateless. Not API.
 *
 * <pre>{@code
 * new OkHttpClient.Builder().addNetworkInterceptor(NoSilentResend.INSTANCE);
 * }</pre>
 */
public final class NoSilentResend implements Interceptor {
  /** The one instance. */
  public static final NoSilentResend INSTANCE = new NoSilentResend();
  /** The header a 503's {@code Retry-After} is kept under. */
  public static final String SUPPRESSED = "Signet-Suppressed-Retry-After";

  private NoSilentResend() {}

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.code() != 503) {
      return response;
    }
    String retryAfter = response.header("Retry-After");
    if (retryAfter == null) {
      return response;
    }
    return response.newBuilder().removeHeader("Retry-After").header(SUPPRESSED, retryAfter).build();
  }
}
