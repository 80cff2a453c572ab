package dev.signet.kraken.funding;

import dev.signet.core.Params;
import dev.signet.kraken.internal.FundingChecks;
import java.time.Instant;

/**
 * The filters and paging of {@code DepositStatus} and {@code WithdrawStatus}; every field optional.
 * Immutable: each {@code with}-style method returns a checked copy. {@code start} and {@code end}
 * are sent as unix seconds (entries strictly before {@code start} or strictly after {@code end} are
 * left out), so an instant with a fraction of a second is refused rather than rounded. Paging is
 * off unless {@link #paged()} or {@link #cursor(String)} is set; {@link #limit(int)} is the page
 * size (Kraken's default 25 for deposits, 500 for withdrawals).
 *
 * <pre>{@code
 * FundingStatusQuery q = FundingStatusQuery.forAsset("XBT").method("Bitcoin")
 *     .start(Instant.ofEpochSecond(1688000000)).paged().limit(10);
 * }</pre>
 *
 * @param asset only this asset, or null
 * @param assetClass only this asset class ({@code aclass}), or null (Kraken's default currency)
 * @param method only this deposit or withdrawal method, or null
 * @param start leave out entries before this instant (whole seconds), or null
 * @param end leave out entries after this instant (whole seconds), or null
 * @param cursor {@code "true"} to turn paging on, a cursor from {@link FundingPage#nextCursor()}, or null (off)
 * @param limit the page size, at least 1, or null
 */
public record FundingStatusQuery(String asset, AssetClass assetClass, String method, Instant start, Instant end,
    String cursor, Integer limit) {
  /**
   * Checks each field and that {@code start} is not after {@code end}.
   *
   * @param asset only this asset, or null
   * @param assetClass only this asset class, or null
   * @param method only this method, or null
   * @param start leave out entries before this instant, or null
   * @param end leave out entries after this instant, or null
   * @param cursor {@code "true"}, a cursor, or null
   * @param limit the page size, or null
   */
  public FundingStatusQuery {
    FundingChecks.optional(asset, "asset", "an asset such as XBT, or leave it out");
    FundingChecks.optional(method, "method", "a method name such as Bitcoin, or leave it out");
    FundingChecks.seconds(start, "start");
    FundingChecks.seconds(end, "end");
    if (start != null && end != null && start.isAfter(end)) {
      throw new IllegalArgumentException("start " + start + " is after end " + end + "; pass start <= end.");
    }
    FundingChecks.optional(cursor, "cursor", "the next_cursor of the previous page, or call paged()");
    FundingChecks.limit(limit, "limit");
  }

  /**
   * No filters: the most recent entries of every asset.
   *
   * @return a query without filters, paging off
   */
  public static FundingStatusQuery all() {
    return new FundingStatusQuery(null, null, null, null, null, null, null);
  }

  /**
   * Only entries of {@code asset}.
   *
   * @param asset the asset, e.g. {@code XBT}
   * @return a query for that asset, paging off
   * @throws IllegalArgumentException when {@code asset} is null or blank
   */
  public static FundingStatusQuery forAsset(String asset) {
    return new FundingStatusQuery(FundingChecks.asset(asset, "asset"), null, null, null, null, null, null);
  }

  /**
   * Only this asset class.
   *
   * @param value the asset class, e.g. {@link AssetClass#TOKENIZED_ASSET}
   * @return a copy with {@code aclass} set
   */
  public FundingStatusQuery assetClass(AssetClass value) {
    return new FundingStatusQuery(asset, value, method, start, end, cursor, limit);
  }

  /**
   * Only this method.
   *
   * @param value the method's name, e.g. {@code Bitcoin}
   * @return a copy with {@code method} set
   */
  public FundingStatusQuery method(String value) {
    return new FundingStatusQuery(asset, assetClass, value, start, end, cursor, limit);
  }

  /**
   * Leave out entries before this instant.
   *
   * @param value a whole second, e.g. {@code Instant.ofEpochSecond(1688000000)}
   * @return a copy with {@code start} set
   */
  public FundingStatusQuery start(Instant value) {
    return new FundingStatusQuery(asset, assetClass, method, value, end, cursor, limit);
  }

  /**
   * Leave out entries after this instant.
   *
   * @param value a whole second
   * @return a copy with {@code end} set
   */
  public FundingStatusQuery end(Instant value) {
    return new FundingStatusQuery(asset, assetClass, method, start, value, cursor, limit);
  }

  /**
   * Turns paging on ({@code cursor=true}): the answer carries a next cursor.
   *
   * @return a copy with paging on, from the newest entry
   */
  public FundingStatusQuery paged() {
    return new FundingStatusQuery(asset, assetClass, method, start, end, "true", limit);
  }

  /**
   * The page after the one that returned {@code next}.
   *
   * @param next the previous page's {@link FundingPage#nextCursor()}
   * @return a copy asking for that page
   */
  public FundingStatusQuery cursor(String next) {
    return new FundingStatusQuery(asset, assetClass, method, start, end, next, limit);
  }

  /**
   * The page size.
   *
   * @param value at least 1
   * @return a copy with {@code limit} set
   */
  public FundingStatusQuery limit(int value) {
    return new FundingStatusQuery(asset, assetClass, method, start, end, cursor, value);
  }

  /**
   * The parameters, in the order Kraken documents them.
   *
   * @return {@code asset, aclass, method, start, end, cursor, limit}, each only when set
   */
  public Params toParams() {
    return Params.empty().addIfPresent("asset", asset).addIfPresent("aclass", assetClass)
        .addIfPresent("method", method)
        .addIfPresent("start", start == null ? null : start.getEpochSecond())
        .addIfPresent("end", end == null ? null : end.getEpochSecond())
        .addIfPresent("cursor", cursor).addIfPresent("limit", limit);
  }
}
