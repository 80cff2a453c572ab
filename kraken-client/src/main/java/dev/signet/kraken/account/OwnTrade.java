package dev.signet.kraken.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import dev.signet.kraken.internal.AccountSeconds;
import dev.signet.kraken.trading.OrderType;
import dev.signet.kraken.trading.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One of the account's own trades, as TradesHistory and QueryTrades report it. {@code pair} is the
 * pair id ({@code XXBTZUSD}), not the altname orders use; {@code time} is exact to Kraken's
 * fraction of a second. The position fields ({@code posstatus} … {@code net}) appear only on trades
 * that opened a margin position, {@code ledgers} only when asked for.
 *
 * <pre>{@code
 * AccountPage<OwnTrade> page = kraken.accountData().tradesHistory(TradesHistoryQuery.builder().build());
 * page.entries().forEach((txid, t) -> System.out.println(txid + " " + t.time() + " " + t.volume() + " @ " + t.price()));
 * }</pre>
 *
 * <p>Required: {@code ordertxid}, {@code pair}, {@code time}, {@code type}, {@code ordertype},
 * {@code price}, {@code cost}, {@code fee}, {@code vol}; the rest may be null (lists empty).
 *
 * @param orderTxid the order's txid
 * @param positionTxid the position's txid ({@code postxid}), or null
 * @param pair the pair id, e.g. {@code XXBTZUSD}
 * @param time when the trade happened
 * @param type buy or sell
 * @param orderType the order's type
 * @param price the average price
 * @param cost the total cost, in quote currency
 * @param fee the fee, in quote currency
 * @param volume the volume, in base currency
 * @param margin the initial margin, or null
 * @param leverage the leverage, or null
 * @param misc comma list of details ({@code closing}), or null
 * @param ledgers the trade's ledger ids (only when asked; empty otherwise; unmodifiable)
 * @param tradeId the trade's id on the pair, or null
 * @param maker true when the trade was a maker fill, or null when Kraken did not say
 * @param positionStatus the position's status, or null
 * @param closedPrice average price of the closed part, or null
 * @param closedCost cost of the closed part, or null
 * @param closedFee fee of the closed part, or null
 * @param closedVolume volume of the closed part, or null
 * @param closedMargin margin freed by the closed part, or null
 * @param net net profit/loss of the closed part, or null
 * @param trades the trades closing the position (empty when none; unmodifiable)
 */
public record OwnTrade(
    @JsonProperty("ordertxid") String orderTxid,
    @JsonProperty("postxid") String positionTxid,
    String pair,
    @JsonDeserialize(using = AccountSeconds.class) Instant time,
    Side type,
    @JsonProperty("ordertype") OrderType orderType,
    BigDecimal price,
    BigDecimal cost,
    BigDecimal fee,
    @JsonProperty("vol") BigDecimal volume,
    BigDecimal margin,
    String leverage,
    String misc,
    List<String> ledgers,
    @JsonProperty("trade_id") Long tradeId,
    Boolean maker,
    @JsonProperty("posstatus") String positionStatus,
    @JsonProperty("cprice") BigDecimal closedPrice,
    @JsonProperty("ccost") BigDecimal closedCost,
    @JsonProperty("cfee") BigDecimal closedFee,
    @JsonProperty("cvol") BigDecimal closedVolume,
    @JsonProperty("cmargin") BigDecimal closedMargin,
    BigDecimal net,
    List<String> trades) {
  /**
   * Checks the required fields (by their wire names); copies the lists.
   *
   * @param orderTxid the order's txid
   * @param positionTxid the position's txid ({@code postxid}), or null
   * @param pair the pair id, e.g. {@code XXBTZUSD}
   * @param time when the trade happened
   * @param type buy or sell
   * @param orderType the order's type
   * @param price the average price
   * @param cost the total cost, in quote currency
   * @param fee the fee, in quote currency
   * @param volume the volume, in base currency
   * @param margin the initial margin, or null
   * @param leverage the leverage, or null
   * @param misc comma list of details ({@code closing}), or null
   * @param ledgers the trade's ledger ids (only when asked; empty otherwise; unmodifiable)
   * @param tradeId the trade's id on the pair, or null
   * @param maker true when the trade was a maker fill, or null when Kraken did not say
   * @param positionStatus the position's status, or null
   * @param closedPrice average price of the closed part, or null
   * @param closedCost cost of the closed part, or null
   * @param closedFee fee of the closed part, or null
   * @param closedVolume volume of the closed part, or null
   * @param closedMargin margin freed by the closed part, or null
   * @param net net profit/loss of the closed part, or null
   * @param trades the trades closing the position (empty when none; unmodifiable)
   */
  public OwnTrade {
    Required.field(orderTxid, "ordertxid");
    Required.field(pair, "pair");
    Required.field(time, "time");
    Required.field(type, "type");
    Required.field(orderType, "ordertype");
    Required.field(price, "price");
    Required.field(cost, "cost");
    Required.field(fee, "fee");
    Required.field(volume, "vol");
    ledgers = Required.listOrEmpty(ledgers, "ledgers");
    trades = Required.listOrEmpty(trades, "trades");
  }
}
