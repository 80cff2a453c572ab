package dev.signet.core.internal;

import dev.signet.core.CircuitOpenException;
import dev.signet.core.ConnectFailedException;
import dev.signet.core.Endpoint;
import dev.signet.core.ExchangeApiException;
import dev.signet.core.FormEncoder;
import dev.signet.core.MalformedResponseException;
import dev.signet.core.Operation;
import dev.signet.core.RateLimiter;
import dev.signet.core.RetryPolicy;
import dev.signet.core.Security;
import dev.signet.core.SignetException;
import dev.signet.core.SignetTimeoutException;
import dev.signet.core.Ticker;
import dev.signet.core.TransportException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.ByteString;
import tools.jackson.core.JacksonException;

/**
 * Runs every call of one exchange host, typed or escape hatch, in one place:
 * <ol>
 *   <li>the exchange's {@link CallHooks#beforeCall} checks (nothing sent if they throw);</li>
 *   <li>encodes the {@link Operation} once ({@link FormEncoder}: query for GET/DELETE, form body for
 *       POST/PUT, or the operation's JSON bytes) and computes its weight from the endpoint row;</li>
 *   <li>per attempt, inside the host's circuit breaker: reserves the weight with the
 *       {@link RateLimiter}, signs afresh ({@link RequestSigner}, new timestamp or nonce), sends,
 *       shows the limiter the response, and decodes through the exchange's {@link ResponseReader};</li>
 *   <li>maps I/O and decoding failures to Signet exceptions, and retries by the {@link RetryPolicy}:
 *       an order is resent only when nothing was sent, and an ambiguous outcome throws
 *       {@link dev.signet.core.OrderStatusUnknownException} with the client order id.</li>
 * </ol>
 * Thread-safe; one per host. Not API.
 *
 * <pre>{@code
 * Account a = executor.execute(Operation.of(SpotEndpoints.ACCOUNT, Params.empty(), Decoder.of(Account.class)));
 * }</pre>
 */
public final class Executor {
  private static final System.Logger LOG = System.getLogger(Executor.class.getName());

  private final OkHttpClient http;
  private final PathUrls urls;
  private final RateLimiter limiter;
  private final RequestSigner signer;
  private final String noCredentials;
  private final ResponseReader reader;
  private final RetryPolicy policy;
  private final CircuitBreaker breaker;
  private final CallHooks hooks;
  private final Ticker ticker;

  /**
   * @param http the shared OkHttp client (retry on connection failure off)
   * @param baseUrl the host's scheme, host and port
   * @param limiter the host's rate limiter
   * @param signer authenticates keyed and signed calls, or null when the client has no credentials
   * @param clientName the public client class, for the no-credentials message (e.g. {@code BinanceClient})
   * @param reader the exchange's error mapping and envelope
   * @param policy when to retry
   * @param breaker the host's circuit breaker, or null for none
   * @param hooks the exchange's checks and repairs
   * @param ticker what the deadline is measured on and the backoff waited on
   */
  public Executor(OkHttpClient http, HttpUrl baseUrl, RateLimiter limiter, RequestSigner signer, String clientName,
      ResponseReader reader, RetryPolicy policy, CircuitBreaker breaker, CallHooks hooks, Ticker ticker) {
    this.http = Objects.requireNonNull(http, "http");
    this.urls = new PathUrls(Objects.requireNonNull(baseUrl, "baseUrl"));
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.signer = signer;
    this.noCredentials = "This " + clientName + " has no credentials, so it cannot call the signed endpoint %s."
        + " Set them with " + clientName + ".builder().credentials(...).";
    this.reader = Objects.requireNonNull(reader, "reader");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.breaker = breaker;
    this.hooks = Objects.requireNonNull(hooks, "hooks");
    this.ticker = Objects.requireNonNull(ticker, "ticker");
  }

  /**
   * The host's base URL.
   *
   * @return the host's base URL
   */
  public HttpUrl baseUrl() {
    return urls.base();
  }

  /**
   * The host's rate limiter.
   *
   * @return the host's rate limiter
   */
  public RateLimiter limiter() {
    return limiter;
  }

  /**
   * Executes {@code operation} with retries and returns its decoded value.
   *
   * @param <T> the decoded result type
   * @param operation the operation being performed
   * @return the decoded value of the response
   * @throws SignetException (unchecked) for every failure; see the class description
   */
  public <T> T execute(Operation<T> operation) {
    return run(operation, null);
  }

  /**
   * Executes {@code operation} and also reports when its successful attempt left and its answer
   * arrived on the wire (epoch millis), e.g. to measure a clock offset.
   *
   * @param <T> the decoded result type
   * @param operation the operation being performed
   * @return the decoded value with its send and receive times
   */
  public <T> Timed<T> executeTimed(Operation<T> operation) {
    long[] wire = new long[2];
    T value = run(operation, wire);
    return new Timed<>(value, wire[0], wire[1]);
  }

  /**
   * A value with the moments its request left and its response arrived, in epoch millis.
   *
   * @param value the decoded value
   * @param sentAtMillis when the request left
   * @param receivedAtMillis when the response headers arrived
   * @param <T> the value's type
   */
  public record Timed<T>(T value, long sentAtMillis, long receivedAtMillis) {}

  private <T> T run(Operation<T> operation, long[] wire) {
    Endpoint endpoint = operation.endpoint();
    if (endpoint.security() == Security.SIGNED && signer == null) {
      throw new IllegalStateException(String.format(noCredentials, endpoint.path()));
    }
    hooks.beforeCall(operation);
    Request request = encode(operation);
    int weight = operation.weight();
    long deadline = ticker.nanoTime() + policy.deadline().toNanos();
    for (int attempt = 1; ; attempt++) {
      try {
        T value = once(operation, request, weight, wire);
        hooks.afterSuccess(operation, value);
        return value;
      } catch (SignetException failure) {
        boolean repaired = hooks.recover(operation, failure);
        boolean again = (repaired || policy.retryable(endpoint, failure)) && attempt < policy.maxAttempts();
        Duration wait = again ? policy.backoff(attempt) : Duration.ZERO;
        if (again && ticker.nanoTime() + wait.toNanos() < deadline) {
          if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, endpoint + " attempt " + attempt + " failed (" + failure.getMessage()
                + "); retrying in " + wait.toMillis() + " ms");
          }
          sleep(wait);
          continue;
        }
        if (endpoint.kind() == Endpoint.Kind.ORDER && OrderSafety.isAmbiguous(failure)) {
          throw OrderSafety.unknown(operation, failure);
        }
        if (endpoint.kind() == Endpoint.Kind.WRITE && operation.clientOrderId() != null && endpoint.clientIdParam() != null
            && OrderSafety.isAmbiguous(failure)) {
          throw OrderSafety.unknownWrite(operation, failure);
        }
        throw failure;
      }
    }
  }

  /** The request, encoded once: the same bytes go out (and are signed afresh) on every attempt. */
  private Request encode(Operation<?> operation) {
    Endpoint endpoint = operation.endpoint();
    HttpUrl url = urls.of(endpoint.path());
    RequestBody body = null;
    if (operation.jsonBody() != null) {
      body = new BytesBody(operation.jsonBody(), MediaTypes.JSON);
    } else {
      String encoded = FormEncoder.encode(operation.params());
      if (endpoint.hasBody()) {
        body = new BytesBody(ByteString.encodeUtf8(encoded), MediaTypes.FORM);
      } else if (!encoded.isEmpty()) {
        url = url.newBuilder().encodedQuery(encoded).build();
      }
    }
    return new Request.Builder().url(url).method(endpoint.method(), body).tag(Endpoint.class, endpoint).build();
  }

  private <T> T once(Operation<T> operation, Request request, int weight, long[] wire) {
    if (breaker == null) {
      return attempt(operation, request, weight, wire);
    }
    try {
      return breaker.executeSupplier(() -> attempt(operation, request, weight, wire));
    } catch (CallNotPermittedException open) {
      throw new CircuitOpenException("The circuit breaker of " + urls.base().host() + " is open after repeated"
          + " I/O or 5xx failures; calls fail fast, unsent, until it half-opens.", open);
    }
  }

  private <T> T attempt(Operation<T> operation, Request request, int weight, long[] wire) {
    Endpoint endpoint = operation.endpoint();
    limiter.acquire(endpoint, weight);
    int status = 0;
    try (Response response = send(endpoint, request)) {
      status = response.code();
      limiter.onResponse(endpoint, response);
      if (wire != null) {
        wire[0] = response.sentRequestAtMillis();
        wire[1] = response.receivedResponseAtMillis();
      }
      return reader.read(response, operation);
    } catch (ConnectException | UnknownHostException | NoRouteToHostException e) {
      throw new ConnectFailedException(endpoint + ": could not connect, nothing was sent (" + e + ")", e);
    } catch (InterruptedIOException e) {
      throw new SignetTimeoutException(endpoint + ": timed out (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new TransportException(endpoint + ": I/O failure (" + e + ")", e);
    } catch (SignetException e) {
      throw e;
    } catch (JacksonException e) {
      throw malformed(endpoint, status, DecodeFailures.describe(e), e);
    } catch (RuntimeException e) {
      if (status == 0) {
        throw e; // refused before sending (a signer's IllegalArgumentException, the query check)
      }
      throw malformed(endpoint, status, DecodeFailures.describe(e), e);
    }
  }

  private Response send(Endpoint endpoint, Request request) throws IOException {
    return switch (endpoint.security()) {
      case PUBLIC -> http.newCall(request).execute();
      case API_KEY -> http.newCall(signer == null ? request : signer.withKey(request)).execute();
      case SIGNED -> signer.signAndSend(request, signed -> http.newCall(signed).execute());
    };
  }

  private static MalformedResponseException malformed(Endpoint endpoint, int status, String what, Throwable cause) {
    return new MalformedResponseException(endpoint + ": the response (HTTP " + status + ") could not be decoded: "
        + what, status, cause);
  }

  private void sleep(Duration wait) {
    try {
      ticker.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SignetException("interrupted while waiting to retry", e);
    }
  }

  /** Shown by its host. */
  @Override
  public String toString() {
    return "Executor{" + urls.base() + "}";
  }
}
