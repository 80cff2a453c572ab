package dev.signet.testkit;

import dev.signet.testkit.internal.Json;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One answer of a fake exchange before scripted {@link Fault}s apply: HTTP status, body text and
 * headers (the {@code Content-Type} among them). Immutable.
 *
 * <p>The factories give the shapes the exchanges use: {@link #json(int, String)} for any JSON,
 * {@link #binanceError(int, int, String)} for Binance's {@code {"code":…,"msg":…}},
 * {@link #krakenResult(String)} and {@link #krakenError(String...)} for Kraken's
 * {@code {"error":[…],"result":…}} envelope (always HTTP 200, as Kraken sends it).
 *
 * <pre>{@code
 * fake.route("GET", "/api/v3/depth", request -> Reply.json(200, "{\"lastUpdateId\":1,\"bids\":[],\"asks\":[]}")
 *     .withHeader("X-MBX-USED-WEIGHT-1M", "5"));
 * }</pre>
 */
public final class Reply {
  /** The content type of {@link #json(int, String)} answers. */
  public static final String JSON_CONTENT_TYPE = "application/json;charset=UTF-8";

  private final int status;
  private final String body;
  private final Map<String, String> headers;

  private Reply(int status, String body, Map<String, String> headers) {
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("status must be a three-digit HTTP status: " + status);
    }
    this.status = status;
    this.body = Objects.requireNonNull(body, "body");
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /**
   * {@code body} with {@code status} and {@code Content-Type: application/json;charset=UTF-8}.
   * @param status the HTTP status code, e.g. 200
   * @param body the JSON text, sent as is
   * @return the reply
   */
  public static Reply json(int status, String body) {
    return new Reply(status, body, Map.of("Content-Type", JSON_CONTENT_TYPE));
  }

  /**
   * {@code body} with {@code status} and the given content type, e.g. {@code text/html}.
   * @param status the HTTP status code
   * @param contentType the {@code Content-Type} header value
   * @param body the body text, sent as is
   * @return the reply
   * @throws NullPointerException if {@code contentType} or {@code body} is null
   */
  public static Reply of(int status, String contentType, String body) {
    return new Reply(status, body, Map.of("Content-Type", Objects.requireNonNull(contentType, "contentType")));
  }

  /**
   * A Binance error, e.g. {@code binanceError(400, -1121, "Invalid symbol.")} gives {@code {"code":-1121,"msg":"Invalid symbol."}}.
   * @param status the HTTP status code, e.g. 400 or 429
   * @param code the Binance error code, e.g. -1121
   * @param msg the Binance error message
   * @return the reply
   * @throws NullPointerException if {@code msg} is null
   */
  public static Reply binanceError(int status, int code, String msg) {
    Map<String, Object> e = Json.object();
    e.put("code", code);
    e.put("msg", Objects.requireNonNull(msg, "msg"));
    return json(status, Json.write(e));
  }

  /**
   * A Kraken success, HTTP 200 {@code {"error":[],"result":<resultJson>}}; {@code resultJson} is inserted as is.
   * @param resultJson the JSON value of {@code result}, inserted without checking
   * @return the reply
   * @throws NullPointerException if {@code resultJson} is null
   */
  public static Reply krakenResult(String resultJson) {
    return json(200, "{\"error\":[],\"result\":" + Objects.requireNonNull(resultJson, "resultJson") + "}");
  }

  /**
   * A Kraken error, HTTP 200 {@code {"error":["EQuery:Unknown asset pair"]}}.
   * @param errors the Kraken error strings, e.g. {@code EQuery:Unknown asset pair}
   * @return the reply
   * @throws IllegalArgumentException if {@code errors} is empty or holds a null
   */
  public static Reply krakenError(String... errors) {
    List<String> list = Arrays.asList(errors.clone());
    if (list.isEmpty() || list.contains(null)) {
      throw new IllegalArgumentException("a Kraken error names at least one error and no null");
    }
    return json(200, Json.write(Map.of("error", list)));
  }

  /**
   * This reply with header {@code name} set to {@code value} (replacing one of the same name, case-insensitively).
   * @param name the header name
   * @param value the header value
   * @return a copy of this reply with the header set; this reply is unchanged
   * @throws NullPointerException if {@code name} or {@code value} is null
   */
  public Reply withHeader(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.keySet().removeIf(name::equalsIgnoreCase);
    copy.put(name, value);
    return new Reply(status, body, copy);
  }

  /**
   * The HTTP status.
   * @return the HTTP status code
   */
  public int status() {
    return status;
  }

  /**
   * The body text.
   * @return the body text
   */
  public String body() {
    return body;
  }

  /**
   * The headers sent, in order, the {@code Content-Type} among them (unmodifiable).
   * @return the headers, unmodifiable, in the order they are sent
   */
  public Map<String, String> headers() {
    return headers;
  }

  @Override
  public String toString() {
    return "Reply[" + status + " " + headers + " " + body + "]";
  }
}
