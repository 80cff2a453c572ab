package dev.signet.core.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import okhttp3.HttpUrl;

/**
 * The base URL of one host with each path, parsed once per path and kept ({@code HttpUrl} is
 * immutable): the typed endpoints' paths are a fixed set. Past {@value #MAX_CACHED_PATHS} distinct
 * paths (escape-hatch calls to many paths), further ones are built per call and not kept.
 * Thread-safe. Not API.
 *
 * <pre>{@code
 * HttpUrl account = new PathUrls(HttpUrl.get("https://api.binance.com")).of("/api/v3/account");
 * }</pre>
 */
final class PathUrls {
  private static final int MAX_CACHED_PATHS = 256;

  private final HttpUrl base;
  private final ConcurrentMap<String, HttpUrl> urls = new ConcurrentHashMap<>();

  PathUrls(HttpUrl base) {
    this.base = base;
  }

  HttpUrl base() {
    return base;
  }

  HttpUrl of(String path) {
    HttpUrl url = urls.get(path);
    if (url == null) {
      url = base.newBuilder().encodedPath(path).build();
      if (urls.size() < MAX_CACHED_PATHS) {
        urls.putIfAbsent(path, url);
      }
    }
    return url;
  }
}
