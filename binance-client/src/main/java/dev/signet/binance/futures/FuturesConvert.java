package dev.signet.binance.futures;

import dev.signet.binance.futures.account.ConvertAccepted;
import dev.signet.binance.futures.account.ConvertOrder;
import dev.signet.binance.futures.account.ConvertPair;
import dev.signet.binance.futures.account.ConvertQuote;
import dev.signet.binance.futures.account.ConvertQuoteRequest;
import dev.signet.binance.internal.BinanceHost;
import dev.signet.binance.internal.FuturesEndpoints;
import dev.signet.binance.internal.WalletChecks;
import dev.signet.core.Decoder;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import java.util.List;
import java.util.Objects;

/**
 * The USD-M Futures convert ({@code /fapi/v1/convert}): the pairs and their limits (public), a
 * quote, its acceptance, and the order's status. {@code getQuote} and {@code acceptQuote} are writes:
 * once a request may have reached Binance it is not retried (ask {@link #orderStatus(String)} by
 * quote id what became of an acceptance whose answer was lost). {@code getQuote} also has caps of
 * 360 an hour and 500 a day, which the rate limiter does not count. Get it from
 * {@code client.futures().convert()}. Stateless and thread-safe.
 *
 * <pre>{@code
 * ConvertQuote q = client.futures().convert().getQuote(ConvertQuoteRequest.spend("BTC", "USDT", new BigDecimal("0.1")));
 * ConvertAccepted a = client.futures().convert().acceptQuote(q.quoteId());
 * ConvertOrder o = client.futures().convert().orderStatus(a.orderId());
 * }</pre>
 */
public final class FuturesConvert {
  private static final Decoder<List<ConvertPair>> PAIRS = Decoder.listOf(ConvertPair.class);
  private static final Decoder<ConvertQuote> QUOTE = Decoder.of(ConvertQuote.class);
  private static final Decoder<ConvertAccepted> ACCEPTED = Decoder.of(ConvertAccepted.class);
  private static final Decoder<ConvertOrder> ORDER = Decoder.of(ConvertOrder.class);

  private final BinanceHost host;

  FuturesConvert(BinanceHost host) {
    this.host = Objects.requireNonNull(host, "host");
  }

  /**
   * {@code GET /fapi/v1/convert/exchangeInfo}: the pairs from and to the given assets (public). Weight 20.
   *
   * @param fromAsset the asset spent, or null for any (not both null)
   * @param toAsset the asset received, or null for any (not both null)
   * @return the pairs with their limits
   * @throws IllegalArgumentException when both are null, or one is blank or holds a space (nothing is sent)
   */
  public List<ConvertPair> pairs(String fromAsset, String toAsset) {
    if (fromAsset == null && toAsset == null) {
      throw new IllegalArgumentException("fromAsset and toAsset are both null; pass one or both, e.g. pairs(\"BTC\", null).");
    }
    Params params = Params.empty()
        .addIfPresent("fromAsset", fromAsset == null ? null : WalletChecks.coin(fromAsset, "fromAsset"))
        .addIfPresent("toAsset", toAsset == null ? null : WalletChecks.coin(toAsset, "toAsset"));
    return host.execute(Operation.of(FuturesEndpoints.CONVERT_EXCHANGE_INFO, params, PAIRS));
  }

  /**
   * {@code POST /fapi/v1/convert/getQuote}: a quote, valid 10 seconds (a write, not retried). Weight 50.
   *
   * @param request the assets and the one amount
   * @return the quote
   */
  public ConvertQuote getQuote(ConvertQuoteRequest request) {
    return host.execute(Operation.of(FuturesEndpoints.CONVERT_GET_QUOTE, Objects.requireNonNull(request, "request").toParams(),
        QUOTE));
  }

  /**
   * {@code POST /fapi/v1/convert/acceptQuote}: converts at the quote (a write, not retried). Weight 200.
   *
   * @param quoteId the id {@link #getQuote} returned
   * @return the convert order, usually still {@code PROCESS}
   * @throws IllegalArgumentException when the id is null or blank (nothing is sent)
   */
  public ConvertAccepted acceptQuote(String quoteId) {
    return host.execute(Operation.of(FuturesEndpoints.CONVERT_ACCEPT_QUOTE,
        Params.of("quoteId", WalletChecks.required(quoteId, "quoteId", "the quoteId getQuote returned")), ACCEPTED));
  }

  /**
   * {@code GET /fapi/v1/convert/orderStatus?orderId=…}: a convert order by its id. Weight 50.
   *
   * @param orderId the id {@link #acceptQuote} returned
   * @return the order
   */
  public ConvertOrder orderStatus(long orderId) {
    return host.execute(Operation.of(FuturesEndpoints.CONVERT_ORDER_STATUS, Params.empty().add("orderId", orderId), ORDER));
  }

  /**
   * {@code GET /fapi/v1/convert/orderStatus?quoteId=…}: the convert order made from a quote. Weight 50.
   *
   * @param quoteId the quote's id
   * @return the order
   * @throws IllegalArgumentException when the id is null or blank (nothing is sent)
   */
  public ConvertOrder orderStatus(String quoteId) {
    return host.execute(Operation.of(FuturesEndpoints.CONVERT_ORDER_STATUS,
        Params.of("quoteId", WalletChecks.required(quoteId, "quoteId", "the quoteId getQuote returned")), ORDER));
  }
}
