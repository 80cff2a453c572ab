package dev.signet.kraken.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import dev.signet.kraken.internal.AccountSeconds;
import dev.signet.kraken.trading.OrderType;
import dev.signet.kraken.trading.Side;
import java.math.BigDecimal;
import java.time.Instant;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One open margin position, as OpenPositions reports it ({@code pair} is the pair id).
 * {@code value} and {@code net} are sent only when asked with {@code docalcs}.
 *
 * <pre>{@code
 * Map<String, OpenPosition> open = kraken.accountData().openPositions(List.of(), true);
 * open.forEach((id, p) -> System.out.println(id + " " + p.net()));
 * }</pre>
 *
 * @param orderTxid the opening order's txid
 * @param positionStatus the status, {@code open}
 * @param pair the pair id, e.g. {@code XXBTZUSD}
 * @param time when it was opened
 * @param type buy or sell
 * @param orderType the opening order's type
 * @param cost the opening cost, in quote currency
 * @param fee the opening fee, in quote currency
 * @param volume the volume opened
 * @param volumeClosed the volume closed so far
 * @param margin the initial margin
 * @param value the current value, or null without docalcs
 * @param net the unrealised profit/loss, or null without docalcs
 * @param terms the funding terms
 * @param rolloverTime when the next rollover is due, or null
 * @param misc comma list of details
 * @param oflags comma list of order flags
 */
public record OpenPosition(
    @JsonProperty("ordertxid") String orderTxid,
    @JsonProperty("posstatus") String positionStatus,
    String pair,
    @JsonDeserialize(using = AccountSeconds.class) Instant time,
    Side type,
    @JsonProperty("ordertype") OrderType orderType,
    BigDecimal cost,
    BigDecimal fee,
    @JsonProperty("vol") BigDecimal volume,
    @JsonProperty("vol_closed") BigDecimal volumeClosed,
    BigDecimal margin,
    BigDecimal value,
    BigDecimal net,
    String terms,
    @JsonProperty("rollovertm") @JsonDeserialize(using = AccountSeconds.ZeroUnset.class) Instant rolloverTime,
    String misc,
    String oflags) {
  /**
   * Checks the required fields.
   *
   * @param orderTxid the opening order's txid
   * @param positionStatus the status, {@code open}
   * @param pair the pair id, e.g. {@code XXBTZUSD}
   * @param time when it was opened
   * @param type buy or sell
   * @param orderType the opening order's type
   * @param cost the opening cost, in quote currency
   * @param fee the opening fee, in quote currency
   * @param volume the volume opened
   * @param volumeClosed the volume closed so far
   * @param margin the initial margin
   * @param value the current value, or null without docalcs
   * @param net the unrealised profit/loss, or null without docalcs
   * @param terms the funding terms
   * @param rolloverTime when the next rollover is due, or null
   * @param misc comma list of details
   * @param oflags comma list of order flags
   */
  public OpenPosition {
    Required.field(orderTxid, "ordertxid");
    Required.field(pair, "pair");
    Required.field(time, "time");
    Required.field(type, "type");
    Required.field(orderType, "ordertype");
    Required.field(cost, "cost");
    Required.field(fee, "fee");
    Required.field(volume, "vol");
    Required.field(volumeClosed, "vol_closed");
    Required.field(margin, "margin");
  }
}
