package dev.signet.kraken.trading;

import java.util.List;

/**
 * The result of {@code POST /0/private/AddOrder}.
 *
 * <pre>{@code
 * AddOrderResult placed = kraken.addOrder(AddOrder.limit("XBTUSD", Side.BUY, vol, price).build());
 * String txid = placed.txid().get(0);
 * }</pre>
 *
 * @param descr Kraken's description of the order
 * @param txid the transaction ids of the order (empty when {@code validate=true})
 */
public record AddOrderResult(OrderDescription descr, List<String> txid) {
  /** Copies the list; a missing list becomes empty. */
  public AddOrderResult {
    txid = txid == null ? List.of() : List.copyOf(txid);
  }
}
