package dev.signet.binance.spot.account;

import dev.signet.binance.internal.Paging;
import dev.signet.binance.internal.Symbols;
import dev.signet.core.Params;

/**
 * The filters of {@code GET /api/v3/myPreventedMatches}, in the combinations Binance supports:
 * {@link #byId} one prevented match (weight 2), or {@link #byOrder} the matches of one order
 * (weight 20), optionally paged with {@link #from} and {@link #limit}. Immutable.
 *
 * <pre>{@code
 * PreventedMatchQuery q = PreventedMatchQuery.byOrder("BTCUSDT", 5).from(1).limit(100);
 * List<PreventedMatch> m = client.spot().accountData().myPreventedMatches(q);
 * }</pre>
 *
 * @param symbol the symbol
 * @param preventedMatchId the prevented match, or null when querying by order
 * @param orderId the order, or null when querying by prevented match id
 * @param fromPreventedMatchId the first prevented match id to return (by order only), or null
 * @param limit page size 1..1000 (Binance's default 500; with {@code fromPreventedMatchId} only), or null
 */
public record PreventedMatchQuery(String symbol, Long preventedMatchId, Long orderId, Long fromPreventedMatchId,
    Integer limit) {
  private static final Paging LIMIT = Paging.limit(1000, "fromPreventedMatchId");

  /**
   * Checks the combination is one Binance supports.
   *
   * @param symbol the symbol
   * @param preventedMatchId the prevented match, or null when querying by order
   * @param orderId the order, or null when querying by prevented match id
   * @param fromPreventedMatchId the first prevented match id to return (by order only), or null
   * @param limit page size 1..1000 (Binance's default 500; with {@code fromPreventedMatchId} only), or null
   */
  public PreventedMatchQuery {
    Symbols.check("symbol", symbol);
    if ((preventedMatchId == null) == (orderId == null)) {
      throw new IllegalArgumentException("Give exactly one of preventedMatchId and orderId; use"
          + " PreventedMatchQuery.byId or PreventedMatchQuery.byOrder.");
    }
    if (fromPreventedMatchId != null && orderId == null) {
      throw new IllegalArgumentException("fromPreventedMatchId pages the matches of an order; start from"
          + " PreventedMatchQuery.byOrder(symbol, orderId).");
    }
    if (LIMIT.check(limit) != null && fromPreventedMatchId == null) {
      throw new IllegalArgumentException("limit is only taken with fromPreventedMatchId; call from(...) too.");
    }
  }

  /**
   * The prevented match {@code preventedMatchId}.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @param preventedMatchId the prevented match id
   * @return the query
   */
  public static PreventedMatchQuery byId(String symbol, long preventedMatchId) {
    return new PreventedMatchQuery(symbol, preventedMatchId, null, null, null);
  }

  /**
   * The prevented matches of order {@code orderId}.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @param orderId the order's id
   * @return the query
   */
  public static PreventedMatchQuery byOrder(String symbol, long orderId) {
    return new PreventedMatchQuery(symbol, null, orderId, null, null);
  }

  /**
   * This query from prevented match id {@code fromPreventedMatchId} on (by order only).
   *
   * @param fromPreventedMatchId the first prevented match id to return
   * @return a new query
   */
  public PreventedMatchQuery from(long fromPreventedMatchId) {
    return new PreventedMatchQuery(symbol, preventedMatchId, orderId, fromPreventedMatchId, limit);
  }

  /**
   * This query with page size {@code limit} (after {@link #from}).
   *
   * @param limit page size 1..1000
   * @return a new query
   */
  public PreventedMatchQuery limit(int limit) {
    return new PreventedMatchQuery(symbol, preventedMatchId, orderId, fromPreventedMatchId, limit);
  }

  /**
   * The parameters in the order Binance documents them.
   *
   * @return the parameters in the order Binance documents them
   */
  public Params toParams() {
    return Params.of("symbol", symbol).addIfPresent("preventedMatchId", preventedMatchId).addIfPresent("orderId", orderId)
        .addIfPresent("fromPreventedMatchId", fromPreventedMatchId).addIfPresent("limit", limit);
  }
}
