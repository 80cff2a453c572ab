package dev.signet.kraken;

import dev.signet.core.Decoder;
import dev.signet.core.Endpoint;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import dev.signet.core.internal.Checks;
import dev.signet.kraken.earn.AllocationStatus;
import dev.signet.kraken.earn.AllocationsQuery;
import dev.signet.kraken.earn.EarnAllocations;
import dev.signet.kraken.earn.EarnStrategies;
import dev.signet.kraken.earn.StrategyQuery;
import dev.signet.kraken.internal.KrakenEndpoints;
import dev.signet.kraken.internal.KrakenHost;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Kraken Earn ({@code POST /0/private/Earn/...}): the strategies on offer, the user's
 * allocations, and allocating to or deallocating from a strategy. Get it from
 * {@code kraken.earn()}. Stateless and thread-safe.
 *
 * <p>Allocating and deallocating are asynchronous at Kraken: {@link #allocate} returns
 * {@code true} once the request passed Kraken's first checks; poll {@link #allocateStatus} (or
 * {@link #deallocateStatus}) until {@code pending} is false. A failure found later (e.g.
 * {@code EEarnings:Insufficient funds}) is thrown by the status call. Only one (de)allocation per
 * strategy can be in progress ({@code EEarnings:Busy}). Both are writes, sent once and never resent
 * after they may have arrived.
 *
 * <pre>{@code
 * EarnStrategy s = kraken.earn().strategies(StrategyQuery.forAsset("DOT")).items().get(0);
 * kraken.earn().allocate(s.id(), new BigDecimal("4.3"));
 * while (kraken.earn().allocateStatus(s.id()).pending()) { Thread.sleep(1000); }
 * }</pre>
 */
public final class KrakenEarn {
  private static final Decoder<EarnStrategies> STRATEGIES = Decoder.of(EarnStrategies.class);
  private static final Decoder<EarnAllocations> ALLOCATIONS = Decoder.of(EarnAllocations.class);
  private static final Decoder<AllocationStatus> STATUS = Decoder.of(AllocationStatus.class);
  private static final Decoder<Boolean> BOOLEAN = Decoder.of(Boolean.class);
  private static final String STRATEGY_EXAMPLE = "a strategy id from strategies(), such as ESRFUO3-Q62XD-WIOIL7";

  private final KrakenHost host;

  KrakenEarn(KrakenHost host) {
    this.host = Objects.requireNonNull(host, "host");
  }

  /**
   * {@code POST /0/private/Earn/Strategies}: the strategies available to the user (JSON body, as
   * {@code lock_type} is an array). Cost 1; no specific permission.
   *
   * @param query the filters, e.g. {@code StrategyQuery.forAsset("DOT")}
   * @return the strategies and the next page's cursor
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public EarnStrategies strategies(StrategyQuery query) {
    Objects.requireNonNull(query, "query");
    return host.execute(KrakenHost.json(KrakenEndpoints.EARN_STRATEGIES, query.toBody(), STRATEGIES));
  }

  /**
   * {@code POST /0/private/Earn/Allocations}: the user's allocations, amounts also converted into
   * the chosen asset. Cost 1; needs the query-funds permission.
   *
   * @param query the options, e.g. {@code AllocationsQuery.all().hideZeroAllocations(true)}
   * @return the allocations and their totals
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public EarnAllocations allocations(AllocationsQuery query) {
    Objects.requireNonNull(query, "query");
    return host.execute(Operation.of(KrakenEndpoints.EARN_ALLOCATIONS, query.toParams(), ALLOCATIONS));
  }

  /**
   * {@code POST /0/private/Earn/Allocate}: allocates {@code amount} of the strategy's asset.
   * Asynchronous; poll {@link #allocateStatus}. Cost 1; needs the earn-funds permission.
   *
   * @param strategyId the strategy's id
   * @param amount the amount, positive, in the strategy's asset
   * @return {@code true}, Kraken's answer once the request passed its first checks
   * @throws IllegalArgumentException for a blank strategy id or an amount that is not positive (nothing is sent)
   * @throws KrakenApiException when Kraken answers with an error list, e.g. {@code EEarnings:Below min:...}
   */
  public boolean allocate(String strategyId, BigDecimal amount) {
    return move(KrakenEndpoints.EARN_ALLOCATE, strategyId, amount);
  }

  /**
   * {@code POST /0/private/Earn/Deallocate}: deallocates {@code amount} from the strategy.
   * Asynchronous; poll {@link #deallocateStatus}. Cost 1; needs the earn-funds permission.
   *
   * @param strategyId the strategy's id
   * @param amount the amount, positive, in the strategy's asset
   * @return {@code true}, Kraken's answer once the request passed its first checks
   * @throws IllegalArgumentException for a blank strategy id or an amount that is not positive (nothing is sent)
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public boolean deallocate(String strategyId, BigDecimal amount) {
    return move(KrakenEndpoints.EARN_DEALLOCATE, strategyId, amount);
  }

  /**
   * {@code POST /0/private/Earn/AllocateStatus}: whether the last allocation to the strategy is
   * still in progress; a failed one is thrown as its error. Cost 1.
   *
   * @param strategyId the strategy's id
   * @return whether it is still pending
   * @throws IllegalArgumentException for a blank strategy id (nothing is sent)
   * @throws KrakenApiException when Kraken answers with an error list, e.g. {@code EEarnings:Insufficient funds:...}
   */
  public AllocationStatus allocateStatus(String strategyId) {
    return status(KrakenEndpoints.EARN_ALLOCATE_STATUS, strategyId);
  }

  /**
   * {@code POST /0/private/Earn/DeallocateStatus}: whether the last deallocation from the
   * strategy is still in progress; a failed one is thrown as its error. Cost 1.
   *
   * @param strategyId the strategy's id
   * @return whether it is still pending
   * @throws IllegalArgumentException for a blank strategy id (nothing is sent)
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public AllocationStatus deallocateStatus(String strategyId) {
    return status(KrakenEndpoints.EARN_DEALLOCATE_STATUS, strategyId);
  }

  private boolean move(Endpoint endpoint, String strategyId, BigDecimal amount) {
    Params p = Params.of("strategy_id", Checks.notBlank(strategyId, "strategy_id", STRATEGY_EXAMPLE))
        .add("amount", Checks.positive(amount, "amount"));
    return host.execute(Operation.of(endpoint, p, BOOLEAN));
  }

  private AllocationStatus status(Endpoint endpoint, String strategyId) {
    Params p = Params.of("strategy_id", Checks.notBlank(strategyId, "strategy_id", STRATEGY_EXAMPLE));
    return host.execute(Operation.of(endpoint, p, STATUS));
  }
}
