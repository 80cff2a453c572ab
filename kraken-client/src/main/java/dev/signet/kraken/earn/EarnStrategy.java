package dev.signet.kraken.earn;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.util.List;

/**
 * An Earn strategy, as {@code Earn/Strategies} lists it; its {@link #id()} is what
 * {@code Earn/Allocate} takes. Fees may come as strings or numbers and are read as decimals either way.
 *
 * <pre>{@code
 * for (EarnStrategy s : kraken.earn().strategies(StrategyQuery.forAsset("DOT")).items()) {
 *   System.out.println(s.id() + " " + s.lockType().type() + " " + s.aprEstimate());
 * }
 * }</pre>
 *
 * @param id the strategy's id, e.g. {@code ESRFUO3-Q62XD-WIOIL7}
 * @param asset the asset invested
 * @param lockType how the funds are held ({@code lock_type})
 * @param aprEstimate the yearly yield estimate ({@code apr_estimate}), or null (an optional hint)
 * @param userMinAllocation the least amount (in USD) per (de)allocation, or null for no minimum
 * @param userCap the most one user may allocate, or null for no limit
 * @param allocationFee the fee on allocating
 * @param deallocationFee the fee on deallocating
 * @param autoCompound whether rewards are compounded ({@code auto_compound})
 * @param yieldSource where the yield comes from ({@code yield_source})
 * @param canAllocate whether the user can allocate now
 * @param canDeallocate whether the user can deallocate now
 * @param allocationRestrictions why the user cannot allocate ({@code allocation_restriction_info}, e.g. {@code tier}); unmodifiable
 */
public record EarnStrategy(
    String id,
    String asset,
    @JsonProperty("lock_type") Lock lockType,
    @JsonProperty("apr_estimate") AprEstimate aprEstimate,
    @JsonProperty("user_min_allocation") BigDecimal userMinAllocation,
    @JsonProperty("user_cap") BigDecimal userCap,
    @JsonProperty("allocation_fee") BigDecimal allocationFee,
    @JsonProperty("deallocation_fee") BigDecimal deallocationFee,
    @JsonProperty("auto_compound") AutoCompound autoCompound,
    @JsonProperty("yield_source") YieldSource yieldSource,
    @JsonProperty(value = "can_allocate", required = true) boolean canAllocate,
    @JsonProperty(value = "can_deallocate", required = true) boolean canDeallocate,
    @JsonProperty("allocation_restriction_info") List<String> allocationRestrictions) {
  /**
   * Checks the fields the spec's example has; copies the restrictions (absent gives empty).
   *
   * @param id the strategy's id
   * @param asset the asset invested
   * @param lockType how the funds are held
   * @param aprEstimate the yield estimate, or null
   * @param userMinAllocation the least amount per (de)allocation, or null
   * @param userCap the most one user may allocate, or null
   * @param allocationFee the fee on allocating
   * @param deallocationFee the fee on deallocating
   * @param autoCompound whether rewards are compounded
   * @param yieldSource where the yield comes from
   * @param canAllocate whether the user can allocate now
   * @param canDeallocate whether the user can deallocate now
   * @param allocationRestrictions why the user cannot allocate, or null
   */
  public EarnStrategy {
    Required.field(id, "id");
    Required.field(asset, "asset");
    Required.field(lockType, "lock_type");
    Required.field(allocationFee, "allocation_fee");
    Required.field(deallocationFee, "deallocation_fee");
    Required.field(autoCompound, "auto_compound");
    Required.field(yieldSource, "yield_source");
    allocationRestrictions = Required.listOrEmpty(allocationRestrictions, "allocation_restriction_info");
  }

  /**
   * A strategy's lock type and its periods (seconds); which periods are sent depends on the type:
   * {@code bonded} has the bonding, exit-queue and unbonding fields, {@code instant} and
   * {@code bonded} the payout frequency, {@code flex} none. Absent fields are null.
   *
   * <p>Example: {@code strategy.lockType().type() == LockType.INSTANT}.
   *
   * @param type the lock type (undocumented values are kept)
   * @param payoutFrequency seconds between reward payouts, or null
   * @param bondingPeriod the bonding period in seconds, or null
   * @param bondingPeriodVariable whether the bonding period varies, or null
   * @param bondingRewards whether rewards accrue while bonding, or null
   * @param exitQueuePeriod the exit-queue period in seconds, or null
   * @param unbondingPeriod the unbonding period in seconds, or null
   * @param unbondingPeriodVariable whether the unbonding period varies, or null
   * @param unbondingRewards whether rewards accrue while unbonding, or null
   */
  public record Lock(
      LockType type,
      @JsonProperty("payout_frequency") Long payoutFrequency,
      @JsonProperty("bonding_period") Long bondingPeriod,
      @JsonProperty("bonding_period_variable") Boolean bondingPeriodVariable,
      @JsonProperty("bonding_rewards") Boolean bondingRewards,
      @JsonProperty("exit_queue_period") Long exitQueuePeriod,
      @JsonProperty("unbonding_period") Long unbondingPeriod,
      @JsonProperty("unbonding_period_variable") Boolean unbondingPeriodVariable,
      @JsonProperty("unbonding_rewards") Boolean unbondingRewards) {
    /**
     * Checks the type is present.
     *
     * @param type the lock type
     * @param payoutFrequency seconds between payouts, or null
     * @param bondingPeriod the bonding period, or null
     * @param bondingPeriodVariable whether the bonding period varies, or null
     * @param bondingRewards whether rewards accrue while bonding, or null
     * @param exitQueuePeriod the exit-queue period, or null
     * @param unbondingPeriod the unbonding period, or null
     * @param unbondingPeriodVariable whether the unbonding period varies, or null
     * @param unbondingRewards whether rewards accrue while unbonding, or null
     */
    public Lock {
      Required.field(type, "lock_type.type");
    }
  }

  /**
   * A yearly yield estimate in percent, from past revenue.
   *
   * <p>Example: {@code strategy.aprEstimate().high()} is {@code 12.0000}.
   *
   * @param low the lowest estimate, percent
   * @param high the highest estimate, percent
   */
  public record AprEstimate(BigDecimal low, BigDecimal high) {
    /**
     * Checks both bounds are present.
     *
     * @param low the lowest estimate
     * @param high the highest estimate
     */
    public AprEstimate {
      Required.field(low, "apr_estimate.low");
      Required.field(high, "apr_estimate.high");
    }
  }

  /**
   * Whether rewards are compounded: {@code disabled}, {@code enabled}, or {@code optional} with a default.
   *
   * <p>Example: {@code "enabled".equals(strategy.autoCompound().type())}.
   *
   * @param type {@code disabled}, {@code enabled} or {@code optional}
   * @param defaultValue the default when {@code optional} ({@code default}), else null
   */
  public record AutoCompound(String type, @JsonProperty("default") Boolean defaultValue) {
    /**
     * Checks the type is present.
     *
     * @param type the auto-compound choice
     * @param defaultValue the default, or null
     */
    public AutoCompound {
      Required.field(type, "auto_compound.type");
    }
  }

  /**
   * Where the yield comes from: {@code staking} (on-chain proof of stake) or {@code off_chain}.
   *
   * <p>Example: {@code "staking".equals(strategy.yieldSource().type())}.
   *
   * @param type {@code staking} or {@code off_chain}
   */
  public record YieldSource(String type) {
    /**
     * Checks the type is present.
     *
     * @param type the yield source
     */
    public YieldSource {
      Required.field(type, "yield_source.type");
    }
  }
}
