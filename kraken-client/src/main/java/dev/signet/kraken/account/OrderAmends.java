package dev.signet.kraken.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The result of {@code POST /0/private/OrderAmends}: an order's amend history, the original order
 * first. Timestamps are integer nanoseconds, kept exactly.
 *
 * <pre>{@code
 * OrderAmends history = kraken.accountData().orderAmends("OTI7ZN-U7GYK-MNLHNR");
 * Instant last = history.amends().get(history.amends().size() - 1).time();
 * }</pre>
 *
 * @param amends the amends, oldest (the original) first; unmodifiable
 * @param count the number of amends Kraken reports
 */
public record OrderAmends(List<Amend> amends, @JsonProperty(required = true) int count) {
  /**
   * Checks the list is present; copies it.
   *
   * @param amends the amends, oldest (the original) first; unmodifiable
   * @param count the number of amends Kraken reports
   */
  public OrderAmends {
    amends = Required.list(amends, "amends");
  }

  /**
   * One amend. Example: {@code amend.limitPrice()}.
   *
   * @param amendId the amend's id
   * @param amendType {@code original}, {@code user} or {@code restated}
   * @param orderQty the order quantity after the amend, or null
   * @param displayQty the iceberg display quantity, or null
   * @param remainingQty the quantity left to fill, or null
   * @param limitPrice the limit price, or null
   * @param triggerPrice the trigger price, or null
   * @param reason why Kraken restated it, or null
   * @param postOnly whether the order is post-only, or null
   * @param timestamp when, in unix nanoseconds
   */
  public record Amend(
      @JsonProperty("amend_id") String amendId,
      @JsonProperty("amend_type") String amendType,
      @JsonProperty("order_qty") BigDecimal orderQty,
      @JsonProperty("display_qty") BigDecimal displayQty,
      @JsonProperty("remaining_qty") BigDecimal remainingQty,
      @JsonProperty("limit_price") BigDecimal limitPrice,
      @JsonProperty("trigger_price") BigDecimal triggerPrice,
      String reason,
      @JsonProperty("post_only") Boolean postOnly,
      @JsonProperty(required = true) long timestamp) {
    /**
     * Checks the id and type are present.
     *
     * @param amendId the amend's id
     * @param amendType {@code original}, {@code user} or {@code restated}
     * @param orderQty the order quantity after the amend, or null
     * @param displayQty the iceberg display quantity, or null
     * @param remainingQty the quantity left to fill, or null
     * @param limitPrice the limit price, or null
     * @param triggerPrice the trigger price, or null
     * @param reason why Kraken restated it, or null
     * @param postOnly whether the order is post-only, or null
     * @param timestamp when, in unix nanoseconds
     */
    public Amend {
      Required.field(amendId, "amend_id");
      Required.field(amendType, "amend_type");
    }

    /**
     * The timestamp as an instant, to the nanosecond.
     *
     * @return the instant of {@link #timestamp()}
     */
    public Instant time() {
      return Instant.ofEpochSecond(0, timestamp);
    }
  }
}
