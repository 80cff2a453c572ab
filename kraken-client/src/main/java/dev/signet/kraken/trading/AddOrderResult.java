package dev.signet.kraken.trading;

import dev.signet.core.internal.json.Required;
import java.util.List;

/**
 * The result of {@code POST /0/private/AddOrder}.
 *
 * <pre>{@code
 * AddOrderResult placed = kraken.addOrder(AddOrder.limit("XBTUSD", Side.BUY, vol, price).build());
 * String txid = placed.txid().get(0);
 * }</pre>
 *
 * <p>{@code descr} is required: a missing or null one fails the decode naming it.
 *
 * @param descr Kraken's description of the order
 * @param txid the transaction ids of the order (empty when {@code validate=true}, the only case the
 *     docs send none; unmodifiable)
 */
public record AddOrderResult(OrderDescription descr, List<String> txid) {
  /**
   * Checks {@code descr}; copies the ids (absent gives empty, a null id is refused).
   *
   * @param descr Kraken's description of the order
   * @param txid the transaction ids of the order (empty when {@code validate=true}, the only case the docs send none; unmodifiable)
   */
  public AddOrderResult {
    Required.field(descr, "descr");
    txid = Required.listOrEmpty(txid, "txid");
  }
}
