package dev.signet.core.internal;

import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * Checks a base URL given to a client builder: {@code https://host[:port]}, or {@code http://}
 * only for a loopback host (a local fake or test server). A plain-HTTP URL to anywhere else would
 * send the API key in clear text, so it is refused.
 *
 * <pre>{@code
 * HttpUrl base = BaseUrls.check("https://api.binance.com", "spotBaseUrl");
 * }</pre>
 */
public final class BaseUrls {
  private BaseUrls() {}

  /**
   * Parses and checks {@code url}.
   *
   * @param url the URL the user gave
   * @param name the builder method's name, used in the error message
   * @return the parsed URL
   * @throws IllegalArgumentException naming the parameter and the fix
   */
  public static HttpUrl check(String url, String name) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException(name + " is empty; pass a URL such as https://api.example.com.");
    }
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      throw new IllegalArgumentException(
          name + " '" + url + "' is not an http(s) URL; pass a URL such as https://api.example.com.");
    }
    if (parsed.scheme().equals("http") && !isLoopback(parsed.host())) {
      throw new IllegalArgumentException(
          name + " '" + url + "' uses plain http:// to a host that is not loopback; the API key would"
              + " cross the network in clear text. Use https://, or http:// only with localhost/127.0.0.1/[::1].");
    }
    if (parsed.query() != null || parsed.fragment() != null || !parsed.encodedPath().equals("/")) {
      throw new IllegalArgumentException(
          name + " '" + url + "' must be only scheme, host and port (no path, query or fragment),"
              + " e.g. https://api.binance.com.");
    }
    return parsed;
  }

  /**
   * Parses and checks a WebSocket URL: {@code wss://host[:port][/path]}, or {@code ws://} only for a
   * loopback host.
   *
   * @param url the URL the user gave
   * @param name the builder method's name, used in the error message
   * @return the URL in OkHttp's form ({@code https://} or {@code http://})
   * @throws IllegalArgumentException naming the parameter and the fix
   */
  public static HttpUrl checkStream(String url, String name) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException(name + " is empty; pass a URL such as wss://stream.example.com:9443.");
    }
    String lower = url.toLowerCase(Locale.ROOT);
    HttpUrl parsed = lower.startsWith("wss://") ? HttpUrl.parse("https://" + url.substring(6))
        : lower.startsWith("ws://") ? HttpUrl.parse("http://" + url.substring(5)) : null;
    if (parsed == null) {
      throw new IllegalArgumentException(
          name + " '" + url + "' is not a ws(s) URL; pass a URL such as wss://stream.example.com:9443.");
    }
    if (parsed.scheme().equals("http") && !isLoopback(parsed.host())) {
      throw new IllegalArgumentException(
          name + " '" + url + "' uses plain ws:// to a host that is not loopback; the stream would cross the"
              + " network in clear text. Use wss://, or ws:// only with localhost/127.0.0.1/[::1].");
    }
    if (parsed.query() != null || parsed.fragment() != null) {
      throw new IllegalArgumentException(
          name + " '" + url + "' must have no query or fragment, e.g. wss://stream.binance.com:9443.");
    }
    return parsed;
  }

  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
      return true;
    }
    if (h.startsWith("127.")) {
      String[] parts = h.split("\\.", -1);
      if (parts.length != 4) {
        return false;
      }
      for (String p : parts) {
        if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit) || Integer.parseInt(p) > 255) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
}
