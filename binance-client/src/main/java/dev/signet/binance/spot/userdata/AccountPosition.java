package dev.signet.binance.spot.userdata;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A balance changed ({@code outboundAccountPosition}): the assets the change may have touched, with
 * their free and locked amounts now.
 *
 * <pre>{@code
 * if (event instanceof AccountPosition p) {
 *   p.balances().forEach(b -> wallet.put(b.asset(), b.free()));
 * }
 * }</pre>
 *
 * @param eventTime when the event was produced ({@code E})
 * @param lastUpdateTime when the account last changed ({@code u})
 * @param balances the assets ({@code B})
 */
public record AccountPosition(
    @JsonProperty("E") Instant eventTime,
    @JsonProperty("u") Instant lastUpdateTime,
    @JsonProperty("B") List<Balance> balances) implements SpotUserEvent {
  /**
   * Checks the fields the docs always send and copies the list.
   *
   * @param eventTime {@code E}
   * @param lastUpdateTime {@code u}
   * @param balances {@code B}
   */
  public AccountPosition {
    Required.field(eventTime, "E");
    Required.field(lastUpdateTime, "u");
    balances = Required.list(balances, "B");
  }

  /**
   * An asset's amounts.
   *
   * @param asset the asset ({@code a})
   * @param free the free amount ({@code f})
   * @param locked the locked amount ({@code l})
   */
  public record Balance(
      @JsonProperty("a") String asset,
      @JsonProperty("f") BigDecimal free,
      @JsonProperty("l") BigDecimal locked) {
    /**
     * Checks the fields the docs always send.
     *
     * @param asset {@code a}
     * @param free {@code f}
     * @param locked {@code l}
     */
    public Balance {
      Required.field(asset, "a");
      Required.field(free, "f");
      Required.field(locked, "l");
    }
  }
}
