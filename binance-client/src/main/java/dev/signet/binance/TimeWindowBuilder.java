package dev.signet.binance;

import dev.signet.binance.internal.TimeWindow;
import java.time.Instant;

/**
 * The {@code startTime}/{@code endTime} setters every Binance history query builder shares
 * ({@code TradeQuery}, {@code AllOrdersQuery}, {@code KlinesQuery}, {@code DepositHistoryQuery},
 * {@code IncomeQuery}, ...), written once. Each setter refuses null; the order of the two times and
 * the longest window the endpoint accepts are checked by the query's {@code build()}, before
 * anything is sent. Extended only by Signet's query builders; not thread-safe, like they are.
 *
 * <pre>{@code
 * TradeQuery q = TradeQuery.builder("BTCUSDT")
 *     .startTime(Instant.parse("2026-11-01T00:00:00Z"))
 *     .endTime(Instant.parse("2026-11-01T12:00:00Z"))
 *     .build();
 * }</pre>
 *
 * @param <B> the builder's own type, which the setters return
 */
public abstract class TimeWindowBuilder<B extends TimeWindowBuilder<B>> {
  private TimeWindow window = TimeWindow.NONE;

  /** For Signet's query builders. */
  protected TimeWindowBuilder() {}

  /**
   * From this time, inclusive (times are UTC epoch milliseconds on the wire).
   *
   * @param startTime the inclusive start
   * @return this builder
   * @throws NullPointerException when {@code startTime} is null
   */
  public final B startTime(Instant startTime) {
    window = window.from(startTime);
    return self();
  }

  /**
   * Up to this time, inclusive.
   *
   * @param endTime the inclusive end
   * @return this builder
   * @throws NullPointerException when {@code endTime} is null
   */
  public final B endTime(Instant endTime) {
    window = window.to(endTime);
    return self();
  }

  /**
   * The start set so far, for {@code build()}.
   *
   * @return the start, or null when not set
   */
  protected final Instant start() {
    return window.startTime();
  }

  /**
   * The end set so far, for {@code build()}.
   *
   * @return the end, or null when not set
   */
  protected final Instant end() {
    return window.endTime();
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }
}
