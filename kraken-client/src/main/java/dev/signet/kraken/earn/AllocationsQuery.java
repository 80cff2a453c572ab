package dev.signet.kraken.earn;

import dev.signet.core.Params;
import dev.signet.kraken.internal.FundingChecks;

/**
 * The options of {@code Earn/Allocations}; every field optional. Immutable; the {@code with}-style
 * methods return checked copies.
 *
 * <pre>{@code
 * AllocationsQuery q = AllocationsQuery.all().convertedAsset("EUR").hideZeroAllocations(true);
 * }</pre>
 *
 * @param ascending true to sort ascending, false for descending, null for Kraken's default (descending)
 * @param convertedAsset the asset to express amounts in ({@code converted_asset}), or null (USD)
 * @param hideZeroAllocations true to leave out strategies that no longer hold anything, or null (false)
 */
public record AllocationsQuery(Boolean ascending, String convertedAsset, Boolean hideZeroAllocations) {
  /**
   * Checks the converted asset is not blank.
   *
   * @param ascending the sort order, or null
   * @param convertedAsset the asset to express amounts in, or null
   * @param hideZeroAllocations whether to leave out empty allocations, or null
   */
  public AllocationsQuery {
    FundingChecks.optional(convertedAsset, "converted_asset", "an asset such as EUR, or leave it out for USD");
  }

  /**
   * Every allocation, amounts converted into USD.
   *
   * @return the query without options
   */
  public static AllocationsQuery all() {
    return new AllocationsQuery(null, null, null);
  }

  /**
   * The sort order.
   *
   * @param value true for ascending
   * @return a copy with {@code ascending} set
   */
  public AllocationsQuery ascending(boolean value) {
    return new AllocationsQuery(value, convertedAsset, hideZeroAllocations);
  }

  /**
   * The asset to express amounts in.
   *
   * @param value the asset, e.g. {@code EUR}
   * @return a copy with {@code converted_asset} set
   */
  public AllocationsQuery convertedAsset(String value) {
    return new AllocationsQuery(ascending, FundingChecks.asset(value, "converted_asset"), hideZeroAllocations);
  }

  /**
   * Whether to leave out strategies that no longer hold anything.
   *
   * @param value true to leave them out
   * @return a copy with {@code hide_zero_allocations} set
   */
  public AllocationsQuery hideZeroAllocations(boolean value) {
    return new AllocationsQuery(ascending, convertedAsset, value);
  }

  /**
   * The parameters, in the order Kraken documents them.
   *
   * @return {@code ascending, converted_asset, hide_zero_allocations}, each only when set
   */
  public Params toParams() {
    return Params.empty().addIfPresent("ascending", ascending).addIfPresent("converted_asset", convertedAsset)
        .addIfPresent("hide_zero_allocations", hideZeroAllocations);
  }
}
