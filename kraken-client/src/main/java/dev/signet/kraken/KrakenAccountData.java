package dev.signet.kraken;

import dev.signet.core.Decoder;
import dev.signet.core.ListFormat;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import dev.signet.core.internal.Checks;
import dev.signet.kraken.account.AccountPage;
import dev.signet.kraken.account.AddExport;
import dev.signet.kraken.account.ApiKeyInfo;
import dev.signet.kraken.account.ClosedOrdersQuery;
import dev.signet.kraken.account.CreditLines;
import dev.signet.kraken.account.ExportId;
import dev.signet.kraken.account.ExportReport;
import dev.signet.kraken.account.ExportStatus;
import dev.signet.kraken.account.ExtendedBalance;
import dev.signet.kraken.account.ExtendedBalances;
import dev.signet.kraken.account.LedgerEntry;
import dev.signet.kraken.account.LedgersQuery;
import dev.signet.kraken.account.OpenOrdersOptions;
import dev.signet.kraken.account.OpenPosition;
import dev.signet.kraken.account.OrderAmends;
import dev.signet.kraken.account.OwnTrade;
import dev.signet.kraken.account.QueryOrdersOptions;
import dev.signet.kraken.account.RemoveExportType;
import dev.signet.kraken.account.TradeBalance;
import dev.signet.kraken.account.TradeVolume;
import dev.signet.kraken.account.TradesHistoryQuery;
import dev.signet.kraken.internal.AccountDecoders;
import dev.signet.kraken.internal.AccountNullResult;
import dev.signet.kraken.internal.ExportBytes;
import dev.signet.kraken.internal.KrakenEndpoints;
import dev.signet.kraken.internal.KrakenHost;
import dev.signet.kraken.trading.KrakenOrder;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okio.ByteString;

/**
 * The Kraken account's data ({@code POST /0/private/...}, reads, and the export reports): balances,
 * orders, trades, ledgers, positions, fees and the API key. Get it from {@code kraken.accountData()}.
 * Every call throws {@link KrakenApiException} when Kraken answers with an error list and
 * {@link dev.signet.core.MalformedResponseException} (naming the method and field) when the answer
 * does not have the documented shape. Stateless and thread-safe.
 *
 * <pre>{@code
 * KrakenBalance balance = kraken.accountData().balance();
 * AccountPage<OwnTrade> trades = kraken.accountData().tradesHistory(TradesHistoryQuery.builder().build());
 * }</pre>
 */
public final class KrakenAccountData {
  private static final int MAX_QUERY_TXIDS = 50;
  private static final int MAX_QUERY_TRADES = 20;
  private static final Decoder<KrakenBalance> BALANCE = Decoder.of(KrakenBalance.class);
  private static final Decoder<Map<String, KrakenOrder>> ORDERS = Decoder.mapOf(KrakenOrder.class);
  private static final Decoder<Map<String, KrakenOrder>> OPEN = AccountDecoders.page(ORDERS, "open", 0)
      .map(AccountPage::entries);
  private static final Decoder<ExtendedBalances> BALANCE_EX = Decoder.mapOf(ExtendedBalance.class)
      .map(ExtendedBalances::new);
  private static final Decoder<Optional<CreditLines>> CREDIT = new AccountNullResult<>(Decoder.of(CreditLines.class));
  private static final Decoder<TradeBalance> TRADE_BALANCE = Decoder.of(TradeBalance.class);
  private static final Decoder<OrderAmends> AMENDS = Decoder.of(OrderAmends.class);
  private static final Decoder<Map<String, OwnTrade>> TRADES = Decoder.mapOf(OwnTrade.class);
  private static final Decoder<Map<String, LedgerEntry>> LEDGER = Decoder.mapOf(LedgerEntry.class);
  private static final Decoder<Map<String, OpenPosition>> POSITIONS = Decoder.mapOf(OpenPosition.class);
  private static final Decoder<TradeVolume> VOLUME = Decoder.of(TradeVolume.class);
  private static final Decoder<ExportId> EXPORT_ID = Decoder.of(ExportId.class);
  private static final Decoder<List<ExportStatus>> EXPORTS = Decoder.listOf(ExportStatus.class);
  private static final Decoder<ApiKeyInfo> KEY_INFO = Decoder.of(ApiKeyInfo.class);

  private final KrakenHost host;

  KrakenAccountData(KrakenHost host) {
    this.host = Objects.requireNonNull(host, "host");
  }

  /**
   * {@code POST /0/private/Balance}: every asset's balance. Cost 1.
   *
   * @return every asset's balance, keyed by Kraken asset id
   */
  public KrakenBalance balance() {
    return host.execute(Operation.of(KrakenEndpoints.BALANCE, Params.empty(), BALANCE));
  }

  /**
   * {@code POST /0/private/BalanceEx}: each asset's balance, credit and amount held by orders. Cost 1.
   *
   * @return the balances keyed by asset id, in Kraken's order
   */
  public ExtendedBalances balanceEx() {
    return host.execute(Operation.of(KrakenEndpoints.BALANCE_EX, Params.empty(), BALANCE_EX));
  }

  /**
   * {@code POST /0/private/CreditLines}: the account's credit lines. Cost 1.
   *
   * @return the credit lines, or empty when the account has none (Kraken answers {@code null})
   */
  public Optional<CreditLines> creditLines() {
    return host.execute(Operation.of(KrakenEndpoints.CREDIT_LINES, Params.empty(), CREDIT));
  }

  /**
   * {@code POST /0/private/TradeBalance}: margin figures valued in {@code asset}. Cost 1.
   *
   * @param asset the asset to value in, e.g. {@code ZUSD} (Kraken's default)
   * @return the trade balance
   */
  public TradeBalance tradeBalance(String asset) {
    Params p = Params.of("asset", Checks.notBlank(asset, "asset", "an asset such as ZUSD"));
    return host.execute(Operation.of(KrakenEndpoints.TRADE_BALANCE, p, TRADE_BALANCE));
  }

  /**
   * {@code POST /0/private/OpenOrders}: open orders by txid, in Kraken's order. Cost 1.
   *
   * @return the open orders keyed by txid, in Kraken's order
   */
  public Map<String, KrakenOrder> openOrders() {
    return openOrders(OpenOrdersOptions.none());
  }

  /**
   * {@code POST /0/private/OpenOrders} with options ({@code trades}, {@code userref}, {@code cl_ord_id}). Cost 1.
   *
   * @param options the filters and whether to list trade ids
   * @return the open orders keyed by txid, in Kraken's order
   */
  public Map<String, KrakenOrder> openOrders(OpenOrdersOptions options) {
    return host.execute(Operation.of(KrakenEndpoints.OPEN_ORDERS, options.toParams(), OPEN));
  }

  /**
   * {@code POST /0/private/OpenOrders} with {@code cl_ord_id}: the open order with this client order id, if any. Cost 1.
   *
   * @param clientOrderId the client order id ({@code cl_ord_id}) to look for
   * @return the matching open order keyed by txid; empty when none is open
   */
  public Map<String, KrakenOrder> openOrdersByClientId(String clientOrderId) {
    return openOrders(OpenOrdersOptions.none().withClientOrderId(clientOrderId));
  }

  /**
   * {@code POST /0/private/ClosedOrders}: one page (50) of closed orders; {@code query.next(page)} asks the next. Cost 1.
   *
   * @param query the filters, window and offset
   * @return the page, orders keyed by txid in Kraken's order, with the total count
   */
  public AccountPage<KrakenOrder> closedOrders(ClosedOrdersQuery query) {
    return host.execute(Operation.of(KrakenEndpoints.CLOSED_ORDERS, query.toParams(),
        AccountDecoders.page(ORDERS, "closed", query.offset())));
  }

  /**
   * {@code POST /0/private/ClosedOrders} with {@code cl_ord_id}: the closed order with this client order id, if any. Cost 1.
   *
   * @param clientOrderId the client order id ({@code cl_ord_id}) to look for
   * @return the matching closed order keyed by txid; empty when none closed
   */
  public Map<String, KrakenOrder> closedOrdersByClientId(String clientOrderId) {
    return closedOrders(ClosedOrdersQuery.builder().clientOrderId(clientOrderId).build()).entries();
  }

  /**
   * {@code POST /0/private/QueryOrders}: up to 50 orders, open or closed, by txid. Cost 1.
   *
   * @param txids 1 to 50 order txids
   * @return the orders found, keyed by txid
   */
  public Map<String, KrakenOrder> queryOrders(List<String> txids) {
    return queryOrders(txids, QueryOrdersOptions.none());
  }

  /**
   * {@code POST /0/private/QueryOrders} with options ({@code trades}, {@code userref}, {@code consolidate_taker}). Cost 1.
   *
   * @param txids 1 to 50 order txids
   * @param options the options
   * @return the orders found, keyed by txid
   */
  public Map<String, KrakenOrder> queryOrders(List<String> txids, QueryOrdersOptions options) {
    Params p = ids("txid", txids, MAX_QUERY_TXIDS, "order txids").addAll(options.toParams());
    return host.execute(Operation.of(KrakenEndpoints.QUERY_ORDERS, p, ORDERS));
  }

  /**
   * {@code POST /0/private/OrderAmends}: an order's amend history. Cost 1.
   *
   * @param orderId the order's txid ({@code order_id})
   * @return the amends, the original order first, with exact nanosecond timestamps
   */
  public OrderAmends orderAmends(String orderId) {
    Params p = Params.of("order_id", Checks.notBlank(orderId, "order_id", "an order txid such as OTI7ZN-U7GYK-MNLHNR"));
    return host.execute(Operation.of(KrakenEndpoints.ORDER_AMENDS, p, AMENDS));
  }

  /**
   * {@code POST /0/private/TradesHistory}: one page (50) of the account's trades; {@code query.next(page)} asks the next. Cost 2.
   *
   * @param query the type, window, offset and options
   * @return the page, trades keyed by txid in Kraken's order, with the total count
   */
  public AccountPage<OwnTrade> tradesHistory(TradesHistoryQuery query) {
    return host.execute(Operation.of(KrakenEndpoints.TRADES_HISTORY, query.toParams(),
        AccountDecoders.page(TRADES, "trades", query.offset())));
  }

  /**
   * {@code POST /0/private/QueryTrades}: up to 20 trades by txid. Cost 2.
   *
   * @param txids 1 to 20 trade txids
   * @param trades whether to list the trades of each position ({@code trades})
   * @return the trades found, keyed by txid
   */
  public Map<String, OwnTrade> queryTrades(List<String> txids, boolean trades) {
    Params p = ids("txid", txids, MAX_QUERY_TRADES, "trade txids").add("trades", trades);
    return host.execute(Operation.of(KrakenEndpoints.QUERY_TRADES, p, TRADES));
  }

  /**
   * {@code POST /0/private/OpenPositions}: open margin positions. Cost 1.
   *
   * @param txids only these positions (empty for all)
   * @param docalcs whether Kraken computes {@code value} and {@code net}
   * @return the positions keyed by position txid
   */
  public Map<String, OpenPosition> openPositions(List<String> txids, boolean docalcs) {
    Params p = txids.isEmpty() ? Params.empty() : ids("txid", txids, Integer.MAX_VALUE, "position txids");
    return host.execute(Operation.of(KrakenEndpoints.OPEN_POSITIONS, p.add("docalcs", docalcs), POSITIONS));
  }

  /**
   * {@code POST /0/private/Ledgers}: one page (50) of ledger entries; {@code query.next(page)} asks the next. Cost 2.
   *
   * @param query the assets, type, window and offset
   * @return the page, entries keyed by ledger id in Kraken's order, with the total count
   */
  public AccountPage<LedgerEntry> ledgers(LedgersQuery query) {
    return host.execute(Operation.of(KrakenEndpoints.LEDGERS, query.toParams(),
        AccountDecoders.page(LEDGER, "ledger", query.offset())));
  }

  /**
   * {@code POST /0/private/QueryLedgers}: up to 20 ledger entries by id. Cost 2.
   *
   * @param ids 1 to 20 ledger ids
   * @param trades whether to list the trades of each position ({@code trades})
   * @return the entries found, keyed by ledger id
   */
  public Map<String, LedgerEntry> queryLedgers(List<String> ids, boolean trades) {
    Params p = ids("id", ids, MAX_QUERY_TRADES, "ledger ids").add("trades", trades);
    return host.execute(Operation.of(KrakenEndpoints.QUERY_LEDGERS, p, LEDGER));
  }

  /**
   * {@code POST /0/private/TradeVolume}: the 30-day volume and the fee tier of each pair. Cost 1.
   *
   * @param pairs the pairs to get fees for (empty for the volume only)
   * @param feeSchedule whether to add the fee schedules ({@code fee_schedule})
   * @return the volume and fees, keyed by pair id
   */
  public TradeVolume tradeVolume(List<String> pairs, boolean feeSchedule) {
    Params p = pairs.isEmpty() ? Params.empty() : ids("pair", pairs, Integer.MAX_VALUE, "pairs");
    if (feeSchedule) {
      p.add("fee_schedule", true);
    }
    return host.execute(Operation.of(KrakenEndpoints.TRADE_VOLUME, p, VOLUME));
  }

  /**
   * {@code POST /0/private/AddExport}: asks Kraken to prepare a trades or ledgers report. Cost 1.
   *
   * @param request the report's kind, description, format, fields and window
   * @return the report's id
   */
  public ExportId addExport(AddExport request) {
    return host.execute(Operation.of(KrakenEndpoints.ADD_EXPORT, request.toParams(), EXPORT_ID));
  }

  /**
   * {@code POST /0/private/ExportStatus}: the reports of one kind and their states. Cost 1.
   *
   * @param report trades or ledgers
   * @return the reports, in Kraken's order
   */
  public List<ExportStatus> exportStatus(ExportReport report) {
    Params p = Params.of("report", Objects.requireNonNull(report, "report").wireValue());
    return host.execute(Operation.of(KrakenEndpoints.EXPORT_STATUS, p, EXPORTS));
  }

  /**
   * {@code POST /0/private/RetrieveExport}: a processed report's zip file, as Kraken sent it (not JSON). Cost 1.
   *
   * @param id the report's id
   * @return the zip file's bytes
   */
  public ByteString retrieveExport(String id) {
    Params p = Params.of("id", Checks.notBlank(id, "id", "a report id such as TCJA"));
    return host.execute(Operation.of(KrakenEndpoints.RETRIEVE_EXPORT, p, new ExportBytes()));
  }

  /**
   * {@code POST /0/private/RemoveExport}: cancels a queued or processing report, or deletes a processed one. Cost 1.
   *
   * @param id the report's id
   * @param type {@link RemoveExportType#CANCEL} or {@link RemoveExportType#DELETE}
   * @return whether Kraken removed it
   */
  public boolean removeExport(String id, RemoveExportType type) {
    String how = Objects.requireNonNull(type, "type").wireValue();
    Params p = Params.of("id", Checks.notBlank(id, "id", "a report id such as TCJA")).add("type", how);
    return host.execute(Operation.of(KrakenEndpoints.REMOVE_EXPORT, p, AccountDecoders.removed(how)));
  }

  /**
   * {@code POST /0/private/GetApiKeyInfo}: the calling key's name, permissions and restrictions. Cost 1.
   *
   * @return the key's information
   */
  public ApiKeyInfo getApiKeyInfo() {
    return host.execute(Operation.of(KrakenEndpoints.GET_API_KEY_INFO, Params.empty(), KEY_INFO));
  }

  /** {@code name} as a comma list of 1 to {@code max} ids, each not blank. */
  private static Params ids(String name, List<String> ids, int max, String what) {
    if (ids == null || ids.isEmpty() || ids.size() > max) {
      String range = max == Integer.MAX_VALUE ? "at least one of the" : "1 to " + max;
      throw new IllegalArgumentException(name + " must list " + range + " " + what + "; got "
          + (ids == null ? "null" : ids.size()) + ".");
    }
    return Params.empty().addList(name, ids, ListFormat.COMMA);
  }
}
