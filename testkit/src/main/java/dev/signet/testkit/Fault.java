package dev.signet.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * A failure a test scripts on a fake exchange with {@code failNext(count, fault)}: what the bot
 * sees instead of (or after) the normal answer.
 *
 * <table>
 *   <caption>Faults</caption>
 *   <tr><th>fault</th><th>order state changed?</th><th>what arrives</th></tr>
 *   <tr><td>{@link #tooManyRequests(int)}</td><td>no</td><td>429 with {@code Retry-After}</td></tr>
 *   <tr><td>{@link #banned(int)}</td><td>no</td><td>418 with {@code Retry-After}</td></tr>
 *   <tr><td>{@link #serviceUnavailableHtml()}</td><td>no</td><td>503 with an HTML page</td></tr>
 *   <tr><td>{@link #disconnectAfterRequest()}</td><td>yes</td><td>the connection drops, no response</td></tr>
 *   <tr><td>{@link #slowResponse(Duration)}</td><td>yes</td><td>the normal answer, late</td></tr>
 *   <tr><td>{@link #malformedJson()}</td><td>yes</td><td>200 with truncated JSON</td></tr>
 * </table>
 *
 * <pre>{@code
 * fake.failNext(2, Fault.tooManyRequests(1));
 * }</pre>
 */
public final class Fault {
  /** What kind of fault, e.g. {@code fault.kind() == Fault.Kind.BANNED}. */
  public enum Kind {
    /** HTTP 429 with {@code Retry-After}; see {@link Fault#tooManyRequests(int)}. */
    TOO_MANY_REQUESTS,
    /** HTTP 418 (IP banned) with {@code Retry-After}; see {@link Fault#banned(int)}. */
    BANNED,
    /** HTTP 503 with an HTML body; see {@link Fault#serviceUnavailableHtml()}. */
    SERVICE_UNAVAILABLE_HTML,
    /** Processed, then the connection drops; see {@link Fault#disconnectAfterRequest()}. */
    DISCONNECT_AFTER_REQUEST,
    /** Processed and answered late; see {@link Fault#slowResponse(Duration)}. */
    SLOW,
    /** Processed, answered 200 with truncated JSON; see {@link Fault#malformedJson()}. */
    MALFORMED_JSON
  }

  private final Kind kind;
  private final long seconds;
  private final Duration delay;

  private Fault(Kind kind, long seconds, Duration delay) {
    this.kind = kind;
    this.seconds = seconds;
    this.delay = delay;
  }

  /**
   * 429 with {@code Retry-After: seconds}; the request is not processed.
   * @param retryAfterSeconds the {@code Retry-After} header value, in seconds
   * @return the fault
   */
  public static Fault tooManyRequests(int retryAfterSeconds) {
    return new Fault(Kind.TOO_MANY_REQUESTS, retryAfterSeconds, Duration.ZERO);
  }

  /**
   * 418 (IP banned) with {@code Retry-After: seconds}; the request is not processed.
   * @param retryAfterSeconds the {@code Retry-After} header value, in seconds
   * @return the fault
   */
  public static Fault banned(int retryAfterSeconds) {
    return new Fault(Kind.BANNED, retryAfterSeconds, Duration.ZERO);
  }

  /**
   * 503 with an HTML body, as a proxy in front of the exchange sends it; not processed.
   * @return the fault
   */
  public static Fault serviceUnavailableHtml() {
    return new Fault(Kind.SERVICE_UNAVAILABLE_HTML, 0, Duration.ZERO);
  }

  /**
   * The request is processed (an order is placed), then the connection drops before any response.
   * @return the fault
   */
  public static Fault disconnectAfterRequest() {
    return new Fault(Kind.DISCONNECT_AFTER_REQUEST, 0, Duration.ZERO);
  }

  /**
   * The request is processed and answered normally after {@code delay}.
   * @param delay how long the fake waits before answering
   * @return the fault
   * @throws NullPointerException if {@code delay} is null
   */
  public static Fault slowResponse(Duration delay) {
    return new Fault(Kind.SLOW, 0, Objects.requireNonNull(delay, "delay"));
  }

  /**
   * The request is processed; the 200 body is cut in the middle of the JSON.
   * @return the fault
   */
  public static Fault malformedJson() {
    return new Fault(Kind.MALFORMED_JSON, 0, Duration.ZERO);
  }

  /**
   * The kind of fault.
   * @return the kind of fault
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The {@code Retry-After} seconds of 429 and 418.
   * @return the {@code Retry-After} value in seconds; 0 for the other kinds
   */
  public long retryAfterSeconds() {
    return seconds;
  }

  /**
   * The delay of a slow response.
   * @return the delay of a slow response; {@link Duration#ZERO} for the other kinds
   */
  public Duration delay() {
    return delay;
  }

  /**
   * True when the fake still processes the request (state changes) before the fault applies.
   * @return true for a disconnect, slow response or malformed JSON; false for the faults that reject the request
   */
  public boolean processesRequest() {
    return kind == Kind.DISCONNECT_AFTER_REQUEST || kind == Kind.SLOW || kind == Kind.MALFORMED_JSON;
  }

  @Override
  public String toString() {
    return "Fault{" + kind + (seconds > 0 ? ", " + seconds + "s" : "") + (delay.isZero() ? "" : ", " + delay) + "}";
  }
}
