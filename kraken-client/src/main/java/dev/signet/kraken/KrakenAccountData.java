package dev.signet.kraken;

import dev.signet.core.Decoder;
import dev.signet.core.ListFormat;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import dev.signet.kraken.internal.KrakenEndpoints;
import dev.signet.kraken.internal.KrakenHost;
import dev.signet.kraken.trading.KrakenOrder;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Kraken account's data ({@code POST /0/private/...}, reads): balances and orders. Get it
 * from {@code kraken.accountData()}. Stateless and thread-safe.
 *
 * <pre>{@code
 * KrakenBalance balance = kraken.accountData().balance();
 * Map<String, KrakenOrder> open = kraken.accountData().openOrders();
 * }</pre>
 */
public final class KrakenAccountData {
  private static final int MAX_QUERY_TXIDS = 50;
  private static final Decoder<KrakenBalance> BALANCE = Decoder.of(KrakenBalance.class);
  private static final Decoder<Map<String, KrakenOrder>> OPEN =
      Decoder.of(OpenOrdersResult.class).map(r -> r.open() == null ? Map.<String, KrakenOrder>of() : r.open());
  private static final Decoder<Map<String, KrakenOrder>> CLOSED =
      Decoder.of(ClosedOrdersResult.class).map(r -> r.closed() == null ? Map.<String, KrakenOrder>of() : r.closed());
  private static final Decoder<Map<String, KrakenOrder>> ORDERS = Decoder.mapOf(KrakenOrder.class);

  private final KrakenHost host;

  KrakenAccountData(KrakenHost host) {
    this.host = Objects.requireNonNull(host, "host");
  }

  /**
   * {@code POST /0/private/Balance}: every asset's balance. Cost 1.
   *
   * @return every asset's balance, keyed by Kraken asset id
   * @throws KrakenApiException when Kraken answers with an error list (see {@link KrakenApiException#errors()})
   */
  public KrakenBalance balance() {
    return host.execute(Operation.of(KrakenEndpoints.BALANCE, Params.empty(), BALANCE));
  }

  /**
   * {@code POST /0/private/OpenOrders}: open orders by txid, in Kraken's order. Cost 1.
   *
   * @return the open orders keyed by txid, in Kraken's order
   * @throws KrakenApiException when Kraken answers with an error list (see {@link KrakenApiException#errors()})
   */
  public Map<String, KrakenOrder> openOrders() {
    return host.execute(Operation.of(KrakenEndpoints.OPEN_ORDERS, Params.empty(), OPEN));
  }

  /**
   * {@code POST /0/private/OpenOrders} with {@code cl_ord_id}: the open order with this client order id, if any. Cost 1.
   *
   * @param clientOrderId the client order id ({@code cl_ord_id}) to look for
   * @return the matching open order keyed by txid; empty when none is open
   * @throws KrakenApiException when Kraken answers with an error list (see {@link KrakenApiException#errors()})
   */
  public Map<String, KrakenOrder> openOrdersByClientId(String clientOrderId) {
    return host.execute(Operation.of(KrakenEndpoints.OPEN_ORDERS, Params.of("cl_ord_id", clientOrderId), OPEN));
  }

  /**
   * {@code POST /0/private/ClosedOrders} with {@code cl_ord_id}: the closed order with this client order id, if any. Cost 1.
   *
   * @param clientOrderId the client order id ({@code cl_ord_id}) to look for
   * @return the matching closed order keyed by txid; empty when none closed
   * @throws KrakenApiException when Kraken answers with an error list (see {@link KrakenApiException#errors()})
   */
  public Map<String, KrakenOrder> closedOrdersByClientId(String clientOrderId) {
    return host.execute(Operation.of(KrakenEndpoints.CLOSED_ORDERS, Params.of("cl_ord_id", clientOrderId), CLOSED));
  }

  /**
   * {@code POST /0/private/QueryOrders}: up to 50 orders, open or closed, by txid. Cost 1.
   *
   * @param txids 1 to 50 order txids
   * @return the orders found, keyed by txid
   * @throws KrakenApiException when Kraken answers with an error list (see {@link KrakenApiException#errors()})
   */
  public Map<String, KrakenOrder> queryOrders(List<String> txids) {
    if (txids == null || txids.isEmpty() || txids.size() > MAX_QUERY_TXIDS) {
      throw new IllegalArgumentException("txid must list 1 to " + MAX_QUERY_TXIDS + " order ids; got "
          + (txids == null ? "null" : txids.size()) + ".");
    }
    return host.execute(Operation.of(KrakenEndpoints.QUERY_ORDERS,
        Params.empty().addList("txid", txids, ListFormat.COMMA), ORDERS));
  }

  /** The {@code result} of OpenOrders. */
  record OpenOrdersResult(Map<String, KrakenOrder> open) {}

  /** The {@code result} of ClosedOrders. */
  record ClosedOrdersResult(Map<String, KrakenOrder> closed, int count) {}
}
