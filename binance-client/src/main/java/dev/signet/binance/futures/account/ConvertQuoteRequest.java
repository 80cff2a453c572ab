package dev.signet.binance.futures.account;

import dev.signet.binance.internal.WalletChecks;
import dev.signet.core.Params;
import java.math.BigDecimal;

/**
 * The parameters of {@code POST /fapi/v1/convert/getQuote}: the two assets and exactly one amount,
 * the one spent ({@link #spend}) or the one received ({@link #receive}). The quote is valid for
 * Binance's default 10 seconds (the only {@code validTime} the futures docs list, so it is not sent).
 * Assets are checked (no blanks or spaces) and amounts must be positive, with at most 20 digits
 * either side of the point, before anything is sent. Immutable.
 *
 * <pre>{@code
 * ConvertQuoteRequest spend = ConvertQuoteRequest.spend("BTC", "USDT", new BigDecimal("0.1"));
 * ConvertQuoteRequest get = ConvertQuoteRequest.receive("BTC", "USDT", new BigDecimal("3816.37"));
 * }</pre>
 *
 * @param fromAsset the asset spent, e.g. {@code BTC}
 * @param toAsset the asset received, e.g. {@code USDT}
 * @param fromAmount the amount spent, or null when {@code toAmount} is set
 * @param toAmount the amount received, or null when {@code fromAmount} is set
 */
public record ConvertQuoteRequest(String fromAsset, String toAsset, BigDecimal fromAmount, BigDecimal toAmount) {
  /**
   * Checks the assets and that exactly one amount is set.
   *
   * @param fromAsset the asset spent, e.g. {@code BTC}
   * @param toAsset the asset received, e.g. {@code USDT}
   * @param fromAmount the amount spent, or null when {@code toAmount} is set
   * @param toAmount the amount received, or null when {@code fromAmount} is set
   */
  public ConvertQuoteRequest {
    WalletChecks.coin(fromAsset, "fromAsset");
    WalletChecks.coin(toAsset, "toAsset");
    if (fromAsset.equals(toAsset)) {
      throw new IllegalArgumentException("fromAsset and toAsset are both " + fromAsset + "; pass two different assets.");
    }
    if ((fromAmount == null) == (toAmount == null)) {
      throw new IllegalArgumentException("pass exactly one of fromAmount and toAmount (use ConvertQuoteRequest.spend or"
          + " ConvertQuoteRequest.receive).");
    }
    fromAmount = fromAmount == null ? null : WalletChecks.amount(fromAmount, "fromAmount");
    toAmount = toAmount == null ? null : WalletChecks.amount(toAmount, "toAmount");
  }

  /**
   * A quote for spending {@code amount} of {@code fromAsset}.
   *
   * @param fromAsset the asset spent, e.g. {@code BTC}
   * @param toAsset the asset received, e.g. {@code USDT}
   * @param amount the amount of {@code fromAsset} to spend
   * @return the request
   */
  public static ConvertQuoteRequest spend(String fromAsset, String toAsset, BigDecimal amount) {
    return new ConvertQuoteRequest(fromAsset, toAsset, java.util.Objects.requireNonNull(amount, "amount"), null);
  }

  /**
   * A quote for receiving {@code amount} of {@code toAsset}.
   *
   * @param fromAsset the asset spent, e.g. {@code BTC}
   * @param toAsset the asset received, e.g. {@code USDT}
   * @param amount the amount of {@code toAsset} to receive
   * @return the request
   */
  public static ConvertQuoteRequest receive(String fromAsset, String toAsset, BigDecimal amount) {
    return new ConvertQuoteRequest(fromAsset, toAsset, null, java.util.Objects.requireNonNull(amount, "amount"));
  }

  /**
   * The parameters in the order Binance documents them.
   *
   * @return the parameters in the order Binance documents them
   */
  public Params toParams() {
    return Params.of("fromAsset", fromAsset).add("toAsset", toAsset)
        .addIfPresent("fromAmount", fromAmount)
        .addIfPresent("toAmount", toAmount);
  }
}
