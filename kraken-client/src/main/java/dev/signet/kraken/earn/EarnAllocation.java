package dev.signet.kraken.earn;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The user's allocation to one Earn strategy, as {@code Earn/Allocations} lists it.
 *
 * <pre>{@code
 * for (EarnAllocation a : kraken.earn().allocations(AllocationsQuery.all()).items()) {
 *   System.out.println(a.strategyId() + " " + a.amountAllocated().total().nativeAmount() + " " + a.nativeAsset());
 * }
 * }</pre>
 *
 * @param strategyId the strategy's id ({@code strategy_id})
 * @param nativeAsset the strategy's asset ({@code native_asset})
 * @param amountAllocated the amounts allocated, by state ({@code amount_allocated})
 * @param totalRewarded the amount earned over the account's lifetime ({@code total_rewarded})
 * @param payout the current payout period, or null when there is none
 */
public record EarnAllocation(
    @JsonProperty("strategy_id") String strategyId,
    @JsonProperty("native_asset") String nativeAsset,
    @JsonProperty("amount_allocated") Amounts amountAllocated,
    @JsonProperty("total_rewarded") EarnAmount totalRewarded,
    Payout payout) {
  /**
   * Checks the fields the spec's example has.
   *
   * @param strategyId the strategy's id
   * @param nativeAsset the strategy's asset
   * @param amountAllocated the amounts allocated
   * @param totalRewarded the amount earned
   * @param payout the current payout period, or null
   */
  public EarnAllocation {
    Required.field(strategyId, "strategy_id");
    Required.field(nativeAsset, "native_asset");
    Required.field(amountAllocated, "amount_allocated");
    Required.field(totalRewarded, "total_rewarded");
  }

  /**
   * The amounts allocated, by state: {@code total} always; {@code bonding}, {@code exit_queue}
   * (ETH only), {@code unbonding} and {@code pending} (negative while deallocating) only when some
   * funds are in that state, else null.
   *
   * <p>Example: {@code allocation.amountAllocated().bonding().allocationCount()}.
   *
   * @param total the total allocated
   * @param bonding the amount bonding, or null
   * @param exitQueue the amount in the exit queue ({@code exit_queue}), or null
   * @param unbonding the amount unbonding, or null
   * @param pending the amount being (de)allocated, or null
   */
  public record Amounts(EarnAmount total, State bonding, @JsonProperty("exit_queue") State exitQueue,
      State unbonding, EarnAmount pending) {
    /**
     * Checks the total is present.
     *
     * @param total the total allocated
     * @param bonding the amount bonding, or null
     * @param exitQueue the amount in the exit queue, or null
     * @param unbonding the amount unbonding, or null
     * @param pending the amount being (de)allocated, or null
     */
    public Amounts {
      Required.field(total, "total");
    }
  }

  /**
   * The funds in one state (bonding, exit queue, unbonding): the sum and each allocation with
   * when it moves on.
   *
   * <p>Example: {@code state.allocations().get(0).expires()}.
   *
   * @param nativeAmount the sum in the native asset ({@code native})
   * @param converted the sum in the converted asset
   * @param allocationCount the number of allocations in this state ({@code allocation_count})
   * @param allocations each allocation; unmodifiable
   */
  public record State(@JsonProperty("native") BigDecimal nativeAmount, BigDecimal converted,
      @JsonProperty(value = "allocation_count", required = true) int allocationCount, List<Tranche> allocations) {
    /**
     * Checks the sums; copies the allocations (absent gives empty).
     *
     * @param nativeAmount the sum in the native asset
     * @param converted the sum in the converted asset
     * @param allocationCount the number of allocations
     * @param allocations each allocation, or null
     */
    public State {
      Required.field(nativeAmount, "native");
      Required.field(converted, "converted");
      allocations = Required.listOrEmpty(allocations, "allocations");
    }
  }

  /**
   * One allocation in a state: its amount, when it entered the state and when it moves on.
   *
   * <p>Example: {@code tranche.expires()} is {@code 2023-08-19T02:34:05.807Z}.
   *
   * @param nativeAmount the amount in the native asset ({@code native})
   * @param converted the amount in the converted asset
   * @param createdAt when the (de)allocation was received ({@code created_at})
   * @param expires when the funds move to the next state
   */
  public record Tranche(@JsonProperty("native") BigDecimal nativeAmount, BigDecimal converted,
      @JsonProperty("created_at") Instant createdAt, Instant expires) {
    /**
     * Checks every field is present.
     *
     * @param nativeAmount the amount in the native asset
     * @param converted the amount in the converted asset
     * @param createdAt when the (de)allocation was received
     * @param expires when the funds move on
     */
    public Tranche {
      Required.field(nativeAmount, "native");
      Required.field(converted, "converted");
      Required.field(createdAt, "created_at");
      Required.field(expires, "expires");
    }
  }

  /**
   * The current payout period: the reward so far, the estimated rest, and the period's bounds.
   *
   * <p>Example: {@code allocation.payout().periodEnd()}.
   *
   * @param accumulatedReward the reward accumulated so far ({@code accumulated_reward})
   * @param estimatedReward the estimated reward until the payout ({@code estimated_reward})
   * @param periodStart when the period started ({@code period_start})
   * @param periodEnd the tentative payout date ({@code period_end})
   */
  public record Payout(@JsonProperty("accumulated_reward") EarnAmount accumulatedReward,
      @JsonProperty("estimated_reward") EarnAmount estimatedReward,
      @JsonProperty("period_start") Instant periodStart, @JsonProperty("period_end") Instant periodEnd) {
    /**
     * Checks every field is present.
     *
     * @param accumulatedReward the reward accumulated so far
     * @param estimatedReward the estimated reward until the payout
     * @param periodStart when the period started
     * @param periodEnd the tentative payout date
     */
    public Payout {
      Required.field(accumulatedReward, "accumulated_reward");
      Required.field(estimatedReward, "estimated_reward");
      Required.field(periodStart, "period_start");
      Required.field(periodEnd, "period_end");
    }
  }
}
