package dev.signet.binance.spot;

import dev.signet.binance.internal.BinanceHost;
import dev.signet.binance.internal.SpotEndpoints;
import dev.signet.core.Decoder;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import java.util.List;
import java.util.Objects;

/**
 * The Binance Spot account's data ({@code /api/v3}, USER_DATA): balances, orders. Get it from
 * {@code client.spot().accountData()}. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<Order> open = client.spot().accountData().openOrders("BTCUSDT");
 * Order o = client.spot().accountData().queryOrder(OrderRef.byClientId("BTCUSDT", "bot-42"));
 * }</pre>
 */
public final class SpotAccountData {
  private static final Decoder<Account> ACCOUNT = Decoder.of(Account.class);
  private static final Decoder<Order> ORDER = Decoder.of(Order.class);
  private static final Decoder<List<Order>> ORDERS = Decoder.listOf(Order.class);

  private final BinanceHost host;

  SpotAccountData(BinanceHost host) {
    this.host = Objects.requireNonNull(host, "host");
  }

  /**
   * {@code GET /api/v3/account}: balances, commissions and permissions. Weight 20.
   *
   * @return the account: balances, commissions and permissions
   */
  public Account account() {
    return host.execute(Operation.of(SpotEndpoints.ACCOUNT, Params.empty(), ACCOUNT));
  }

  /**
   * {@code GET /api/v3/account?omitZeroBalances=…}: as {@link #account()}, leaving out zero balances when asked. Weight 20.
   *
   * @param omitZeroBalances whether to leave out zero balances
   * @return the account: balances (without zero ones when asked), commissions and permissions
   */
  public Account account(boolean omitZeroBalances) {
    return host.execute(Operation.of(SpotEndpoints.ACCOUNT, Params.empty().add("omitZeroBalances", omitZeroBalances),
        ACCOUNT));
  }

  /**
   * {@code GET /api/v3/order}: one order by id or client order id. Weight 4.
   *
   * @param ref which order: by id or by client order id
   * @return the order as Binance reports it now
   */
  public Order queryOrder(OrderRef ref) {
    Objects.requireNonNull(ref, "ref");
    return host.execute(Operation.of(SpotEndpoints.QUERY_ORDER, ref.toParams(), ORDER));
  }

  /**
   * {@code GET /api/v3/openOrders?symbol=…}: the open orders of one symbol. Weight 6.
   *
   * @param symbol the trading pair, e.g. {@code BTCUSDT}
   * @return the open orders of {@code symbol}, empty when there are none
   */
  public List<Order> openOrders(String symbol) {
    return host.execute(Operation.of(SpotEndpoints.OPEN_ORDERS, Params.of("symbol", symbol), ORDERS));
  }

  /**
   * {@code GET /api/v3/openOrders}: the open orders of every symbol. Weight 80: prefer {@link #openOrders(String)}.
   *
   * @return the open orders of every symbol, empty when there are none
   */
  public List<Order> openOrders() {
    return host.execute(Operation.of(SpotEndpoints.OPEN_ORDERS, Params.empty(), ORDERS));
  }
}
