package dev.signet.binance.spot;

import dev.signet.binance.internal.BinanceHost;
import dev.signet.binance.internal.Paging;
import dev.signet.binance.internal.SpotEndpoints;
import dev.signet.binance.internal.Symbols;
import dev.signet.binance.spot.account.AccountCommission;
import dev.signet.binance.spot.account.AccountFilters;
import dev.signet.binance.spot.account.AccountTrade;
import dev.signet.binance.spot.account.AllOrdersQuery;
import dev.signet.binance.spot.account.Allocation;
import dev.signet.binance.spot.account.AllocationQuery;
import dev.signet.binance.spot.account.OrderAmendment;
import dev.signet.binance.spot.account.OrderListQuery;
import dev.signet.binance.spot.account.PreventedMatch;
import dev.signet.binance.spot.account.PreventedMatchQuery;
import dev.signet.binance.spot.account.TradeQuery;
import dev.signet.binance.spot.account.UnfilledOrderCount;
import dev.signet.core.Decoder;
import dev.signet.core.Endpoint;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import dev.signet.core.SignetJson;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JavaType;

/**
 * The Binance Spot account's data ({@code /api/v3}, USER_DATA): balances, orders, order lists,
 * trades, allocations, prevented matches, commission rates, amendments, filters and the unfilled
 * order count. Get it from {@code client.spot().accountData()}. Every call is signed; symbols are
 * checked ({@code ^[A-Z0-9-_.]{1,20}$}) and queries their combinations before anything is sent.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * List<Order> open = client.spot().accountData().openOrders("BTCUSDT");
 * Order o = client.spot().accountData().queryOrder(OrderRef.byClientId("BTCUSDT", "bot-42"));
 * List<AccountTrade> fills = client.spot().accountData().myTrades(TradeQuery.builder("BTCUSDT").orderId(o.orderId()).build());
 * }</pre>
 */
public final class SpotAccountData {
  private static final Decoder<Account> ACCOUNT = Decoder.of(Account.class);
  private static final Decoder<Order> ORDER = Decoder.of(Order.class);
  private static final Decoder<List<Order>> ORDERS = Decoder.listOf(Order.class);
  private static final JavaType LIST_TYPE = SignetJson.mapper().getTypeFactory()
      .constructParametricType(OrderList.class, Void.class);
  private static final Decoder<OrderList<Void>> LIST = Decoder.of(LIST_TYPE);
  private static final Decoder<List<OrderList<Void>>> LISTS = Decoder.of(SignetJson.mapper().getTypeFactory()
      .constructCollectionType(List.class, LIST_TYPE));
  private static final Decoder<List<AccountTrade>> TRADES = Decoder.listOf(AccountTrade.class);
  private static final Decoder<List<UnfilledOrderCount>> COUNTS = Decoder.listOf(UnfilledOrderCount.class);
  private static final Decoder<List<PreventedMatch>> PREVENTED = Decoder.listOf(PreventedMatch.class);
  private static final Decoder<List<Allocation>> ALLOCATIONS = Decoder.listOf(Allocation.class);
  private static final Decoder<AccountCommission> COMMISSION = Decoder.of(AccountCommission.class);
  private static final Decoder<List<OrderAmendment>> AMENDMENTS = Decoder.listOf(OrderAmendment.class);
  private static final Decoder<AccountFilters> FILTERS = Decoder.of(AccountFilters.class);
  private static final Paging AMENDMENTS_LIMIT = Paging.limit(1000, "fromExecutionId");

  private final BinanceHost host;

  SpotAccountData(BinanceHost host) {
    this.host = Objects.requireNonNull(host, "host");
  }

  private <T> T call(Endpoint endpoint, Params params, Decoder<T> decoder) {
    return host.execute(Operation.of(endpoint, params, decoder));
  }

  /**
   * {@code GET /api/v3/account}: balances, commissions and permissions. Weight 20.
   *
   * @return the account: balances, commissions and permissions
   */
  public Account account() {
    return call(SpotEndpoints.ACCOUNT, Params.empty(), ACCOUNT);
  }

  /**
   * {@code GET /api/v3/account?omitZeroBalances=…}: as {@link #account()}, leaving out zero balances when asked. Weight 20.
   *
   * @param omitZeroBalances whether to leave out zero balances
   * @return the account: balances (without zero ones when asked), commissions and permissions
   */
  public Account account(boolean omitZeroBalances) {
    return call(SpotEndpoints.ACCOUNT, Params.empty().add("omitZeroBalances", omitZeroBalances), ACCOUNT);
  }

  /**
   * {@code GET /api/v3/order}: one order by id or client order id. Weight 4.
   *
   * @param ref which order: by id or by client order id
   * @return the order as Binance reports it now
   */
  public Order queryOrder(OrderRef ref) {
    Objects.requireNonNull(ref, "ref");
    return call(SpotEndpoints.QUERY_ORDER, ref.toParams(), ORDER);
  }

  /**
   * {@code GET /api/v3/openOrders?symbol=…}: the open orders of one symbol. Weight 6.
   *
   * @param symbol the trading pair, e.g. {@code BTCUSDT}
   * @return the open orders of {@code symbol}, empty when there are none
   * @throws IllegalArgumentException when {@code symbol} is not a Binance symbol (nothing is sent)
   */
  public List<Order> openOrders(String symbol) {
    return call(SpotEndpoints.OPEN_ORDERS, Params.of("symbol", Symbols.check("symbol", symbol)), ORDERS);
  }

  /**
   * {@code GET /api/v3/openOrders}: the open orders of every symbol. Weight 80: prefer {@link #openOrders(String)}.
   *
   * @return the open orders of every symbol, empty when there are none
   */
  public List<Order> openOrders() {
    return call(SpotEndpoints.OPEN_ORDERS, Params.empty(), ORDERS);
  }

  /**
   * {@code GET /api/v3/allOrders}: the orders of one symbol (open, cancelled or filled), paged by
   * order id or by a time window of at most 24 hours. Weight 20.
   *
   * @param query the symbol and paging
   * @return the orders, oldest first; empty when there are none
   */
  public List<Order> allOrders(AllOrdersQuery query) {
    return call(SpotEndpoints.ALL_ORDERS, Objects.requireNonNull(query, "query").toParams(), ORDERS);
  }

  /**
   * {@code GET /api/v3/orderList?orderListId=…}: one order list by its id. Weight 4.
   *
   * @param orderListId the order list id
   * @return the order list
   */
  public OrderList<Void> orderList(long orderListId) {
    return call(SpotEndpoints.ORDER_LIST, Params.empty().add("orderListId", orderListId), LIST);
  }

  /**
   * {@code GET /api/v3/orderList?origClientOrderId=…}: one order list by its {@code listClientOrderId}. Weight 4.
   *
   * @param listClientOrderId the list's client id
   * @return the order list
   * @throws IllegalArgumentException when the id is not one Binance accepts (nothing is sent)
   */
  public OrderList<Void> orderListByClientId(String listClientOrderId) {
    NewOrder.checkClientOrderId(Objects.requireNonNull(listClientOrderId, "listClientOrderId"), "origClientOrderId");
    return call(SpotEndpoints.ORDER_LIST, Params.of("origClientOrderId", listClientOrderId), LIST);
  }

  /**
   * {@code GET /api/v3/allOrderList}: the account's order lists, paged by id or by a time window of
   * at most 24 hours. Weight 20.
   *
   * @param query the paging
   * @return the order lists; empty when there are none
   */
  public List<OrderList<Void>> allOrderLists(OrderListQuery query) {
    return call(SpotEndpoints.ALL_ORDER_LISTS, Objects.requireNonNull(query, "query").toParams(), LISTS);
  }

  /**
   * {@code GET /api/v3/openOrderList}: the account's open order lists. Weight 6.
   *
   * @return the open order lists; empty when there are none
   */
  public List<OrderList<Void>> openOrderLists() {
    return call(SpotEndpoints.OPEN_ORDER_LISTS, Params.empty(), LISTS);
  }

  /**
   * {@code GET /api/v3/myTrades}: the account's trades on one symbol. Weight 5 with an order id, 20 without.
   *
   * @param query the symbol and filters, in a combination Binance supports
   * @return the trades; empty when there are none
   */
  public List<AccountTrade> myTrades(TradeQuery query) {
    return call(SpotEndpoints.MY_TRADES, Objects.requireNonNull(query, "query").toParams(), TRADES);
  }

  /**
   * {@code GET /api/v3/rateLimit/order}: the account's unfilled order count in every interval. Weight 40.
   *
   * @return one count per interval Binance limits
   */
  public List<UnfilledOrderCount> unfilledOrderCount() {
    return call(SpotEndpoints.UNFILLED_ORDER_COUNT, Params.empty(), COUNTS);
  }

  /**
   * {@code GET /api/v3/myPreventedMatches}: orders expired by self-trade prevention. Weight 2 by
   * prevented match id, 20 by order id.
   *
   * @param query by prevented match or by order
   * @return the prevented matches; empty when there are none
   */
  public List<PreventedMatch> myPreventedMatches(PreventedMatchQuery query) {
    return call(SpotEndpoints.MY_PREVENTED_MATCHES, Objects.requireNonNull(query, "query").toParams(), PREVENTED);
  }

  /**
   * {@code GET /api/v3/myAllocations}: allocations from smart order routing. Weight 20.
   *
   * @param query the symbol and filters, in a combination Binance supports
   * @return the allocations; empty when there are none
   */
  public List<Allocation> myAllocations(AllocationQuery query) {
    return call(SpotEndpoints.MY_ALLOCATIONS, Objects.requireNonNull(query, "query").toParams(), ALLOCATIONS);
  }

  /**
   * {@code GET /api/v3/account/commission}: the account's commission rates on one symbol. Weight 20.
   *
   * @param symbol the trading pair, e.g. {@code BTCUSDT}
   * @return the standard, special and tax rates and the BNB discount
   * @throws IllegalArgumentException when {@code symbol} is not a Binance symbol (nothing is sent)
   */
  public AccountCommission commission(String symbol) {
    return call(SpotEndpoints.ACCOUNT_COMMISSION, Params.of("symbol", Symbols.check("symbol", symbol)), COMMISSION);
  }

  /**
   * {@code GET /api/v3/order/amendments}: every amendment of one order, oldest first. Weight 4.
   *
   * @param symbol the trading pair, e.g. {@code BTCUSDT}
   * @param orderId the order's id
   * @return the amendments; empty when there are none
   * @throws IllegalArgumentException when {@code symbol} is not a Binance symbol (nothing is sent)
   */
  public List<OrderAmendment> orderAmendments(String symbol, long orderId) {
    return orderAmendments(symbol, orderId, null, null);
  }

  /**
   * {@code GET /api/v3/order/amendments}: the amendments of one order from an execution id on. Weight 4.
   *
   * @param symbol the trading pair, e.g. {@code BTCUSDT}
   * @param orderId the order's id
   * @param fromExecutionId the first execution id to return, or null
   * @param limit page size 1..1000 (Binance's default 500), or null
   * @return the amendments; empty when there are none
   * @throws IllegalArgumentException when {@code symbol} or {@code limit} is out of range (nothing is sent)
   */
  public List<OrderAmendment> orderAmendments(String symbol, long orderId, Long fromExecutionId, Integer limit) {
    Params p = Params.of("symbol", Symbols.check("symbol", symbol)).add("orderId", orderId)
        .addIfPresent("fromExecutionId", fromExecutionId)
        .addIfPresent("limit", AMENDMENTS_LIMIT.check(limit));
    return call(SpotEndpoints.ORDER_AMENDMENTS, p, AMENDMENTS);
  }

  /**
   * {@code GET /api/v3/myFilters}: the filters that apply to the account on one symbol, with the
   * account's {@code MAX_ASSET} filters. Weight 40.
   *
   * @param symbol the trading pair, e.g. {@code BTCUSDT}
   * @return the exchange, symbol and asset filters
   * @throws IllegalArgumentException when {@code symbol} is not a Binance symbol (nothing is sent)
   */
  public AccountFilters myFilters(String symbol) {
    return call(SpotEndpoints.MY_FILTERS, Params.of("symbol", Symbols.check("symbol", symbol)), FILTERS);
  }
}
