package dev.signet.kraken.earn;

import dev.signet.kraken.internal.FundingChecks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filters of {@code Earn/Strategies}; every field optional. Sent as a JSON body, because
 * {@code lock_type} is an array. Immutable; the {@code with}-style methods return checked copies.
 *
 * <pre>{@code
 * StrategyQuery q = StrategyQuery.forAsset("DOT").lockTypes(List.of(LockType.INSTANT)).ascending(true);
 * }</pre>
 *
 * @param asset only strategies for this asset, or null
 * @param lockTypes only strategies with one of these lock types ({@code lock_type}); empty for all; unmodifiable
 * @param cursor the page to read, or null for the first
 * @param limit the page size, at least 1, or null
 * @param ascending true to sort ascending, false for descending, null for Kraken's default (descending)
 */
public record StrategyQuery(String asset, List<LockType> lockTypes, String cursor, Integer limit, Boolean ascending) {
  /**
   * Checks each field; copies the lock types.
   *
   * @param asset only this asset, or null
   * @param lockTypes only these lock types; null or empty for all
   * @param cursor the page to read, or null
   * @param limit the page size, or null
   * @param ascending the sort order, or null
   */
  public StrategyQuery {
    FundingChecks.optional(asset, "asset", "an asset such as DOT, or leave it out");
    lockTypes = lockTypes == null ? List.of() : List.copyOf(lockTypes);
    FundingChecks.optional(cursor, "cursor", "the next_cursor of the previous page, or leave it out");
    FundingChecks.limit(limit, "limit");
  }

  /**
   * Every strategy available to the user.
   *
   * @return a query without filters
   */
  public static StrategyQuery all() {
    return new StrategyQuery(null, List.of(), null, null, null);
  }

  /**
   * Only strategies for {@code asset}.
   *
   * @param asset the asset, e.g. {@code DOT}
   * @return the query
   * @throws IllegalArgumentException when {@code asset} is null or blank
   */
  public static StrategyQuery forAsset(String asset) {
    return new StrategyQuery(FundingChecks.asset(asset, "asset"), List.of(), null, null, null);
  }

  /**
   * Only strategies with one of these lock types.
   *
   * @param value the lock types, no null entry
   * @return a copy with {@code lock_type} set
   */
  public StrategyQuery lockTypes(List<LockType> value) {
    return new StrategyQuery(asset, value, cursor, limit, ascending);
  }

  /**
   * The page to read.
   *
   * @param value the previous page's {@link EarnStrategies#nextCursor()}
   * @return a copy with {@code cursor} set
   */
  public StrategyQuery cursor(String value) {
    return new StrategyQuery(asset, lockTypes, value, limit, ascending);
  }

  /**
   * The page size (Kraken may cap it lower).
   *
   * @param value at least 1
   * @return a copy with {@code limit} set
   */
  public StrategyQuery limit(int value) {
    return new StrategyQuery(asset, lockTypes, cursor, value, ascending);
  }

  /**
   * The sort order.
   *
   * @param value true for ascending, false for descending
   * @return a copy with {@code ascending} set
   */
  public StrategyQuery ascending(boolean value) {
    return new StrategyQuery(asset, lockTypes, cursor, limit, value);
  }

  /**
   * The JSON body's members, in the order Kraken documents them, without the nonce.
   *
   * @return {@code ascending, asset, cursor, limit, lock_type}, each only when set; a new map
   */
  public Map<String, Object> toBody() {
    Map<String, Object> body = new LinkedHashMap<>();
    putIfPresent(body, "ascending", ascending);
    putIfPresent(body, "asset", asset);
    putIfPresent(body, "cursor", cursor);
    putIfPresent(body, "limit", limit);
    if (!lockTypes.isEmpty()) {
      List<String> types = new ArrayList<>();
      lockTypes.forEach(t -> types.add(t.wireValue()));
      body.put("lock_type", types);
    }
    return body;
  }

  private static void putIfPresent(Map<String, Object> body, String key, Object value) {
    if (value != null) {
      body.put(key, value);
    }
  }
}
