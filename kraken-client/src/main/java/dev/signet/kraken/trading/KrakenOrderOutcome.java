package dev.signet.kraken.trading;

import java.util.Optional;

/**
 * What became of an order whose outcome was unknown, as {@code KrakenClient.reconcile} found it.
 *
 * <pre>{@code
 * KrakenOrderOutcome outcome = kraken.trading().reconcile(e.clientOrderId());
 * outcome.order().ifPresent(o -> System.out.println(outcome.txid() + " " + o.status()));
 * }</pre>
 *
 * @param clientOrderId the client order id looked up
 * @param placed whether Kraken has the order (open or closed)
 * @param txid Kraken's order id when placed, else null
 * @param order the order as Kraken has it now, when placed
 */
public record KrakenOrderOutcome(String clientOrderId, boolean placed, String txid, Optional<KrakenOrder> order) {}
