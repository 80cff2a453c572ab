package dev.signet.binance.internal.signing;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * What Binance signs for a WebSocket API request: all request {@code params} except
 * {@code signature}, sorted by name, formatted as {@code name=value} pairs joined with {@code &}.
 * Values are taken as they are, not percent-encoded (the payload is signed as UTF-8 bytes), as
 * the Spot WebSocket API docs' "SIGNED request example" sections show. Names are compared as
 * ASCII strings, so {@code recvWindow} sorts before {@code side}. Not API.
 *
 * <pre>{@code
 * Map<String, String> params = Map.of("symbol", "BTCUSDT", "timestamp", "1645423376532", "apiKey", "key");
 * WebSocketPayload.of(params); // "apiKey=key&symbol=BTCUSDT&timestamp=1645423376532"
 * }</pre>
 */
public final class WebSocketPayload {
  private WebSocketPayload() {}

  /**
   * @param params the request's parameters, names to values in their JSON text form (numbers as
   *     their digits, e.g. {@code "recvWindow" -> "100"}); any iteration order
   * @return the payload to sign: {@code name=value} pairs sorted by name and joined with {@code &}
   * @throws IllegalArgumentException if a name is empty, not printable ASCII, contains {@code =} or
   *     {@code &}, is {@code signature}, or has a null value
   */
  public static String of(Map<String, String> params) {
    Objects.requireNonNull(params, "params");
    String[] names = params.keySet().toArray(new String[0]);
    int length = 0;
    for (String name : names) {
      checkName(name);
      String value = params.get(name);
      if (value == null) {
        throw new IllegalArgumentException("Parameter '" + name + "' has no value; leave it out instead.");
      }
      length += name.length() + value.length() + 2;
    }
    Arrays.sort(names);
    StringBuilder payload = new StringBuilder(length);
    for (String name : names) {
      if (payload.length() > 0) {
        payload.append('&');
      }
      payload.append(name).append('=').append(params.get(name));
    }
    return payload.toString();
  }

  private static void checkName(String name) {
    Objects.requireNonNull(name, "parameter name");
    if (name.equals("signature")) {
      throw new IllegalArgumentException("Parameter 'signature' is added by the signer; remove it from the params.");
    }
    if (name.isEmpty()) {
      throw new IllegalArgumentException("A parameter name is empty; every WebSocket API parameter needs a name.");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c <= ' ' || c > '~' || c == '=' || c == '&') {
        throw new IllegalArgumentException("Parameter name '" + name + "' has a character (index " + i
            + ") that is not printable ASCII or is '=' or '&'; Binance parameter names are plain ASCII words.");
      }
    }
  }
}
