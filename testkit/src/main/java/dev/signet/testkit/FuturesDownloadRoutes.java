package dev.signet.testkit;

import static dev.signet.testkit.BinanceError.parseLong;
import static dev.signet.testkit.BinanceError.required;

import dev.signet.testkit.internal.Json;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link FakeBinance}'s USD-M Futures history downloads (signed), registered by
 * {@link FuturesAccountRoutes}: {@code GET /fapi/v1/income|order|trade/asyn} hand out ids
 * (Binance's {@code -1102} without a window, {@code -1130} for one longer than a year), and
 * {@code .../asyn/id} answers each of them {@code completed} at once with a link valid 24 hours
 * ({@code -1130} for an id it never handed out, or one of another kind).
 */
final class FuturesDownloadRoutes {
  private static final long YEAR_MILLIS = Duration.ofDays(365).toMillis();
  private final Clock clock;
  private final Map<String, String> kinds = new LinkedHashMap<>();
  private long next = 546975389218332672L;

  FuturesDownloadRoutes(Clock clock) {
    this.clock = clock;
  }

  /** Adds the six routes to {@code signed}. */
  void register(Map<String, FakeBinance.Endpoint> signed) {
    for (String kind : new String[] {"income", "order", "trade"}) {
      signed.put("GET /fapi/v1/" + kind + "/asyn", p -> id(kind, p));
      signed.put("GET /fapi/v1/" + kind + "/asyn/id", p -> link(kind, p));
    }
  }

  private synchronized Reply id(String kind, Map<String, String> p) throws BinanceError {
    long start = parseLong(required(p, "startTime"), "startTime");
    long end = parseLong(required(p, "endTime"), "endTime");
    if (end < start || end - start > YEAR_MILLIS) {
      throw new BinanceError(400, -1130, "Data sent for parameter 'endTime' is not valid.");
    }
    String id = Long.toString(next++);
    kinds.put(id, kind);
    Map<String, Object> out = Json.object();
    out.put("avgCostTimestampOfLast30d", 0);
    out.put("downloadId", id);
    return Reply.json(200, Json.write(out));
  }

  private synchronized Reply link(String kind, Map<String, String> p) throws BinanceError {
    String id = required(p, "downloadId");
    if (!kind.equals(kinds.get(id))) {
      throw new BinanceError(400, -1130, "Data sent for parameter 'downloadId' is not valid.");
    }
    Map<String, Object> out = Json.object();
    out.put("downloadId", id);
    out.put("status", "completed");
    out.put("url", "https://fake.binance.invalid/" + kind + "/" + id + ".zip");
    out.put("s3Link", null);
    out.put("notified", true);
    out.put("expirationTimestamp", clock.millis() + Duration.ofHours(24).toMillis());
    out.put("isExpired", null);
    return Reply.json(200, Json.write(out));
  }
}
