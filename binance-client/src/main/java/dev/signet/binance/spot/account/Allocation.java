package dev.signet.binance.spot.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An allocation from smart order routing, as {@code GET /api/v3/myAllocations} reports it (every
 * documented field).
 *
 * <pre>{@code
 * List<Allocation> a = client.spot().accountData().myAllocations(AllocationQuery.builder("BTCUSDT").orderId(1).build());
 * BigDecimal filled = a.get(0).qty();
 * }</pre>
 *
 * <p>Every field is required (the docs always send them): a missing or null one fails the decode
 * naming it.
 *
 * @param symbol the symbol
 * @param allocationId the allocation id (what {@code fromAllocationId} pages by)
 * @param allocationType how it came about (unknown values are kept)
 * @param orderId the order it belongs to
 * @param orderListId the order list id, -1 when the order is not in a list
 * @param price the price
 * @param qty the base quantity
 * @param quoteQty the quote quantity
 * @param commission the commission paid
 * @param commissionAsset the asset the commission was paid in
 * @param time when it was allocated
 * @param buyer whether the account was the buyer ({@code isBuyer} on the wire)
 * @param maker whether the account was the maker ({@code isMaker} on the wire)
 * @param allocator whether the account was the allocator ({@code isAllocator} on the wire)
 */
public record Allocation(
    String symbol,
    @JsonProperty(required = true) long allocationId,
    AllocationType allocationType,
    @JsonProperty(required = true) long orderId,
    @JsonProperty(required = true) long orderListId,
    BigDecimal price,
    BigDecimal qty,
    BigDecimal quoteQty,
    BigDecimal commission,
    String commissionAsset,
    Instant time,
    @JsonProperty(value = "isBuyer", required = true) boolean buyer,
    @JsonProperty(value = "isMaker", required = true) boolean maker,
    @JsonProperty(value = "isAllocator", required = true) boolean allocator) {
  /**
   * Checks every field is present.
   *
   * @param symbol the symbol
   * @param allocationId the allocation id (what {@code fromAllocationId} pages by)
   * @param allocationType how it came about (unknown values are kept)
   * @param orderId the order it belongs to
   * @param orderListId the order list id, -1 when the order is not in a list
   * @param price the price
   * @param qty the base quantity
   * @param quoteQty the quote quantity
   * @param commission the commission paid
   * @param commissionAsset the asset the commission was paid in
   * @param time when it was allocated
   * @param buyer whether the account was the buyer ({@code isBuyer} on the wire)
   * @param maker whether the account was the maker ({@code isMaker} on the wire)
   * @param allocator whether the account was the allocator ({@code isAllocator} on the wire)
   */
  public Allocation {
    Required.field(symbol, "symbol");
    Required.field(allocationType, "allocationType");
    Required.field(price, "price");
    Required.field(qty, "qty");
    Required.field(quoteQty, "quoteQty");
    Required.field(commission, "commission");
    Required.field(commissionAsset, "commissionAsset");
    Required.field(time, "time");
  }
}
