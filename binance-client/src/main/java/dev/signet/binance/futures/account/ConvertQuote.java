package dev.signet.binance.futures.account;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A futures convert quote: {@code POST /fapi/v1/convert/getQuote}. Accept it with
 * {@code acceptQuote(quoteId)} before {@link #validTimestamp()}.
 *
 * <pre>{@code
 * ConvertQuote q = client.futures().convert().getQuote(ConvertQuoteRequest.spend("BTC", "USDT", new BigDecimal("0.1")));
 * ConvertAccepted a = client.futures().convert().acceptQuote(q.quoteId());
 * }</pre>
 *
 * <p>Every field the docs always send is required: a missing or null one fails the decode
 * naming it.
 *
 * @param quoteId the quote id
 * @param ratio how much {@code toAsset} one {@code fromAsset} buys
 * @param inverseRatio how much {@code fromAsset} one {@code toAsset} costs
 * @param validTimestamp until when the quote can be accepted (epoch millis on the wire)
 * @param toAmount the amount received
 * @param fromAmount the amount spent
 */
public record ConvertQuote(
    String quoteId,
    BigDecimal ratio,
    BigDecimal inverseRatio,
    Instant validTimestamp,
    BigDecimal toAmount,
    BigDecimal fromAmount) {
  /**
   * Checks the required fields are present.
   *
   * @param quoteId the quote id
   * @param ratio how much {@code toAsset} one {@code fromAsset} buys
   * @param inverseRatio how much {@code fromAsset} one {@code toAsset} costs
   * @param validTimestamp until when the quote can be accepted (epoch millis on the wire)
   * @param toAmount the amount received
   * @param fromAmount the amount spent
   */
  public ConvertQuote {
    Required.field(quoteId, "quoteId");
    Required.field(ratio, "ratio");
    Required.field(inverseRatio, "inverseRatio");
    Required.field(validTimestamp, "validTimestamp");
    Required.field(toAmount, "toAmount");
    Required.field(fromAmount, "fromAmount");
  }
}
