package dev.signet.binance.futures.trade;

import dev.signet.binance.internal.BinanceHost;
import dev.signet.binance.internal.FuturesEndpoints;
import dev.signet.binance.internal.Symbols;
import dev.signet.binance.spot.OrderRef;
import dev.signet.core.Decoder;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import java.util.List;
import java.util.Objects;

/**
 * The account's USD-M futures orders, read ({@code /fapi}, USER_DATA): one order, the open ones,
 * the history, fills, modifications, liquidations, and the same for algo orders. Reads are retried
 * like any read. Get it from {@code client.futures().orders()}. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<FuturesOrder> open = client.futures().orders().openOrders("BTCUSDT");
 * List<AlgoOrder> stops = client.futures().orders().openAlgoOrders("BTCUSDT");
 * }</pre>
 */
public final class FuturesOrderData {
  private static final Decoder<FuturesOrder> ORDER = Decoder.of(FuturesOrder.class);
  private static final Decoder<List<FuturesOrder>> ORDERS = Decoder.listOf(FuturesOrder.class);
  private static final Decoder<AlgoOrder> ALGO = Decoder.of(AlgoOrder.class);
  private static final Decoder<List<AlgoOrder>> ALGOS = Decoder.listOf(AlgoOrder.class);

  private final BinanceHost host;

  /**
   * For {@code BinanceFutures}; users call {@code client.futures().orders()}.
   *
   * @param host the futures host
   */
  public FuturesOrderData(BinanceHost host) {
    this.host = Objects.requireNonNull(host, "host");
  }

  /**
   * {@code GET /fapi/v1/order}: one order in any state (cancelled ones without fills for 3 days). Weight 1.
   *
   * @param ref which order
   * @return the order
   */
  public FuturesOrder order(OrderRef ref) {
    return read(FuturesEndpoints.QUERY_ORDER, Objects.requireNonNull(ref, "ref").toParams(), ORDER);
  }

  /**
   * {@code GET /fapi/v1/openOrder}: one open order (Binance answers {@code -2013} once it is filled or cancelled). Weight 1.
   *
   * @param ref which order
   * @return the open order
   */
  public FuturesOrder openOrder(OrderRef ref) {
    return read(FuturesEndpoints.OPEN_ORDER, Objects.requireNonNull(ref, "ref").toParams(), ORDER);
  }

  /**
   * {@code GET /fapi/v1/openOrders?symbol=…}: the open orders of one contract. Weight 1.
   *
   * @param symbol the contract
   * @return the open orders, empty when none
   */
  public List<FuturesOrder> openOrders(String symbol) {
    return read(FuturesEndpoints.OPEN_ORDERS, Params.of("symbol", Symbols.check("symbol", symbol)), ORDERS);
  }

  /**
   * {@code GET /fapi/v1/openOrders}: the open orders of every contract. Weight 40.
   *
   * @return the open orders, empty when none
   */
  public List<FuturesOrder> openOrders() {
    return read(FuturesEndpoints.OPEN_ORDERS, Params.empty(), ORDERS);
  }

  /**
   * {@code GET /fapi/v1/allOrders}: orders in any state, oldest first. Weight 5.
   *
   * @param query the contract, paging and time window
   * @return the orders, empty when none
   */
  public List<FuturesOrder> allOrders(FuturesOrderQuery query) {
    return read(FuturesEndpoints.ALL_ORDERS, Objects.requireNonNull(query, "query").toParams(), ORDERS);
  }

  /**
   * {@code GET /fapi/v1/userTrades}: the account's fills, oldest first. Weight 5.
   *
   * @param query the contract, order, paging and time window
   * @return the fills, empty when none
   */
  public List<FuturesTrade> userTrades(FuturesTradeQuery query) {
    return read(FuturesEndpoints.USER_TRADES, Objects.requireNonNull(query, "query").toParams(),
        Decoder.listOf(FuturesTrade.class));
  }

  /**
   * {@code GET /fapi/v1/orderAmendment}: an order's modifications, newest first. Weight 1.
   *
   * @param query the order, time window and page size
   * @return the modifications, empty when none
   */
  public List<OrderAmendment> orderAmendments(AmendmentQuery query) {
    return read(FuturesEndpoints.ORDER_AMENDMENT, Objects.requireNonNull(query, "query").toParams(),
        Decoder.listOf(OrderAmendment.class));
  }

  /**
   * {@code GET /fapi/v1/forceOrders}: the account's liquidation and ADL orders. Weight 20 with a symbol, 50 without.
   *
   * @param query the filters
   * @return the orders, empty when none
   */
  public List<FuturesOrder> forceOrders(ForceOrderQuery query) {
    return read(FuturesEndpoints.FORCE_ORDERS, Objects.requireNonNull(query, "query").toParams(), ORDERS);
  }

  /**
   * {@code GET /fapi/v1/algoOrder}: one algo order in any state, with the order it placed. Weight 1.
   *
   * @param ref which algo order
   * @return the algo order
   */
  public AlgoOrder algoOrder(AlgoOrderRef ref) {
    return read(FuturesEndpoints.QUERY_ALGO_ORDER, Objects.requireNonNull(ref, "ref").toParams(), ALGO);
  }

  /**
   * {@code GET /fapi/v1/openAlgoOrders?symbol=…}: the open algo orders of one contract. Weight 1.
   *
   * @param symbol the contract
   * @return the open algo orders, empty when none
   */
  public List<AlgoOrder> openAlgoOrders(String symbol) {
    return read(FuturesEndpoints.OPEN_ALGO_ORDERS, Params.of("symbol", Symbols.check("symbol", symbol)), ALGOS);
  }

  /**
   * {@code GET /fapi/v1/openAlgoOrders}: the open algo orders of every contract. Weight 40.
   *
   * @return the open algo orders, empty when none
   */
  public List<AlgoOrder> openAlgoOrders() {
    return read(FuturesEndpoints.OPEN_ALGO_ORDERS, Params.empty(), ALGOS);
  }

  /**
   * {@code GET /fapi/v1/allAlgoOrders}: algo orders in any state. Weight 5.
   *
   * @param query the contract, paging and time window
   * @return the algo orders, empty when none
   */
  public List<AlgoOrder> allAlgoOrders(AlgoOrderQuery query) {
    return read(FuturesEndpoints.ALL_ALGO_ORDERS, Objects.requireNonNull(query, "query").toParams(), ALGOS);
  }

  private <T> T read(dev.signet.core.Endpoint endpoint, Params params, Decoder<T> decoder) {
    return host.execute(Operation.of(endpoint, params, decoder));
  }
}
