package dev.signet.core.internal.stream;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A connection's request ids and the streams its recent requests named, so an exchange's refusal
 * (which names only the id) closes the right subscriptions; the 256 most recent are kept. Not API;
 * the caller serialises calls.
 *
 * <pre>{@code
 * long id = requests.next();
 * requests.put(id, List.of("btcusdt@trade"));
 * List<String> refused = requests.streams(id);
 * }</pre>
 */
final class RequestLog {
  private static final int KEPT = 256;

  private long ids;
  private final Map<Long, List<String>> streams = new LinkedHashMap<>() {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, List<String>> eldest) {
      return size() > KEPT;
    }
  };

  /** A new request id, rising from 1. */
  long next() {
    return ++ids;
  }

  /** The id {@link #next()} returns next, not taken yet. */
  long peek() {
    return ids + 1;
  }

  /** Remembers that request {@code id} names {@code names}. */
  void put(long id, List<String> names) {
    streams.put(id, names);
  }

  /** The streams request {@code id} named, or none when it named none or is too old. */
  List<String> streams(long id) {
    return streams.getOrDefault(id, List.of());
  }
}
