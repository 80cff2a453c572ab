package dev.signet.binance.futures.userdata;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.time.Instant;

/**
 * A symbol's leverage or the account's Multi-Assets mode changed ({@code ACCOUNT_CONFIG_UPDATE}):
 * exactly one of {@link #leverage()} and {@link #multiAssets()} is present.
 *
 * <pre>{@code
 * if (event instanceof AccountConfigUpdate u && u.leverage() != null) {
 *   leverages.put(u.leverage().symbol(), u.leverage().leverage());
 * }
 * }</pre>
 *
 * @param eventTime when the event was produced ({@code E})
 * @param transactionTime when the change happened ({@code T})
 * @param leverage the new leverage ({@code ac}), or null
 * @param multiAssets the new Multi-Assets mode ({@code ai}), or null
 */
public record AccountConfigUpdate(
    @JsonProperty("E") Instant eventTime,
    @JsonProperty("T") Instant transactionTime,
    @JsonProperty("ac") Leverage leverage,
    @JsonProperty("ai") MultiAssets multiAssets) implements FuturesUserEvent {
  /**
   * Checks the times, and that one change is present.
   *
   * @param eventTime {@code E}
   * @param transactionTime {@code T}
   * @param leverage {@code ac}, or null
   * @param multiAssets {@code ai}, or null
   */
  public AccountConfigUpdate {
    Required.field(eventTime, "E");
    Required.field(transactionTime, "T");
    if (leverage == null && multiAssets == null) {
      throw new IllegalArgumentException("required field 'ac' or 'ai' is missing or null");
    }
  }

  /**
   * A symbol's new leverage.
   *
   * @param symbol the symbol ({@code s})
   * @param leverage the leverage ({@code l})
   */
  public record Leverage(
      @JsonProperty("s") String symbol,
      @JsonProperty(value = "l", required = true) int leverage) {
    /**
     * Checks the symbol is present.
     *
     * @param symbol {@code s}
     * @param leverage {@code l}
     */
    public Leverage {
      Required.field(symbol, "s");
    }
  }

  /**
   * The account's new Multi-Assets mode.
   *
   * @param multiAssetsMargin whether Multi-Assets mode is on ({@code j})
   */
  public record MultiAssets(@JsonProperty(value = "j", required = true) boolean multiAssetsMargin) {}
}
