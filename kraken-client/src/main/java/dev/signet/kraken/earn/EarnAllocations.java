package dev.signet.kraken.earn;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.util.List;

/**
 * The answer of {@code Earn/Allocations}: every allocation of the user with totals in the
 * converted asset (USD unless asked otherwise).
 *
 * <pre>{@code
 * EarnAllocations a = kraken.earn().allocations(AllocationsQuery.all().convertedAsset("EUR"));
 * BigDecimal total = a.totalAllocated();
 * }</pre>
 *
 * @param convertedAsset the asset the converted amounts are in ({@code converted_asset})
 * @param totalAllocated the total allocated across strategies, in the converted asset
 * @param totalRewarded the total earned over the account's lifetime, in the converted asset
 * @param items one entry per strategy; unmodifiable
 */
public record EarnAllocations(
    @JsonProperty("converted_asset") String convertedAsset,
    @JsonProperty("total_allocated") BigDecimal totalAllocated,
    @JsonProperty("total_rewarded") BigDecimal totalRewarded,
    List<EarnAllocation> items) {
  /**
   * Checks every field is present; copies the entries.
   *
   * @param convertedAsset the asset the converted amounts are in
   * @param totalAllocated the total allocated
   * @param totalRewarded the total earned
   * @param items one entry per strategy
   */
  public EarnAllocations {
    Required.field(convertedAsset, "converted_asset");
    Required.field(totalAllocated, "total_allocated");
    Required.field(totalRewarded, "total_rewarded");
    items = Required.list(items, "items");
  }
}
