package dev.signet.kraken.stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.util.List;

/**
 * One frame of Kraken's private WebSocket v2 {@code balances} channel: a snapshot of every asset
 * held (with its wallets), then one update per ledger transaction:
 * {@code {"channel":"balances","type":"update","data":[{"ledger_id":"ADKKFF-WEA5A-CNUBHG",...}],"sequence":2}}.
 *
 * <pre>{@code
 * Subscription<BalancesMessage> balances = streams.balances();
 * }</pre>
 *
 * @param channel always {@code balances}
 * @param type snapshot (holdings) or update (ledger transactions)
 * @param sequence the frame's sequence number on this connection ({@code sequence}), or null
 * @param data the holdings or transactions
 */
public record BalancesMessage(
    @JsonProperty("channel") String channel,
    @JsonProperty("type") BookMessage.Type type,
    @JsonProperty("sequence") Long sequence,
    @JsonProperty("data") List<BalanceEvent> data) {
  /**
   * Checks this is a {@code balances} frame with a type and data.
   *
   * @param channel {@code balances}
   * @param type {@code type}
   * @param sequence {@code sequence}, or null
   * @param data {@code data}
   */
  public BalancesMessage {
    if (!"balances".equals(Required.field(channel, "channel"))) {
      throw new IllegalArgumentException("channel is \"" + channel + "\", expected \"balances\"");
    }
    Required.field(type, "type");
    data = Required.list(data, "data");
  }
}
