package dev.signet.testkit;

import dev.signet.core.book.BookSnapshot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link FakeBinanceStreams}' scripted books by symbol, and the REST depth routes that serve them on a
 * {@link FakeBinance} ({@code GET /api/v3/depth}: {@code limit} default 100, capped at 5000;
 * {@code GET /fapi/v1/depth}: 5, 10, 20, 50, 100, 500 or 1000, default 500, else {@code -1130}; no
 * {@code symbol} {@code -1102}, an unknown one {@code -1121}), so the snapshot a client fetches is the
 * book the stream publishes from. Thread-safe.
 */
final class FakeBinanceBooks {
  private static final Set<Integer> FUTURES_LIMITS = Set.of(5, 10, 20, 50, 100, 500, 1000);

  private final Map<String, FakeBinanceBook> books = new HashMap<>();

  synchronized void set(String symbol, long lastUpdateId, List<String[]> bids, List<String[]> asks) {
    books.put(symbol, new FakeBinanceBook(symbol, lastUpdateId, bids, asks));
  }

  /** Applies one update to {@code symbol}'s book; the frames to send now, in order. */
  synchronized List<FakeBinanceBook.Frames> update(String symbol, List<String[]> bids, List<String[]> asks) {
    return book(symbol).update(bids, asks);
  }

  synchronized void fault(String symbol, FakeBinanceStreams.DepthFault fault) {
    book(symbol).fault(fault);
  }

  synchronized long lastUpdateId(String symbol) {
    return book(symbol).lastUpdateId();
  }

  synchronized BookSnapshot snapshot(String symbol) {
    return book(symbol).snapshot();
  }

  /** Registers both depth routes on {@code rest}. */
  void serve(FakeBinance rest) {
    rest.route("GET", "/api/v3/depth", request -> depth(request, false, rest.clock().millis()));
    rest.route("GET", "/fapi/v1/depth", request -> depth(request, true, rest.clock().millis()));
  }

  private synchronized Reply depth(FakeRequest request, boolean futures, long millis) {
    String symbol = request.param("symbol").orElse("");
    if (symbol.isEmpty()) {
      return Reply.binanceError(400, -1102, "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.");
    }
    FakeBinanceBook book = books.get(symbol);
    if (book == null) {
      return Reply.binanceError(400, -1121, "Invalid symbol.");
    }
    int limit;
    try {
      limit = Integer.parseInt(request.param("limit").orElse(futures ? "500" : "100"));
    } catch (NumberFormatException e) {
      limit = -1;
    }
    if (futures ? !FUTURES_LIMITS.contains(limit) : limit < 1) {
      return Reply.binanceError(400, -1130, "Data sent for parameter 'limit' is not valid.");
    }
    return Reply.json(200, book.depthJson(Math.min(limit, 5000), futures, millis));
  }

  private FakeBinanceBook book(String symbol) {
    FakeBinanceBook book = books.get(symbol);
    if (book == null) {
      throw new IllegalStateException("no book for " + symbol + ": call setBook first");
    }
    return book;
  }
}
