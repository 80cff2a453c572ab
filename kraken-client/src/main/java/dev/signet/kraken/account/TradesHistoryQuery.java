package dev.signet.kraken.account;

import dev.signet.core.Params;
import java.util.Objects;

/**
 * The parameters of {@code POST /0/private/TradesHistory}: every one optional. {@code start}
 * (exclusive) and {@code end} (inclusive) are a whole unix second or a trade txid; pages hold
 * {@value AccountPage#SIZE} trades, newest first, from offset {@code ofs}. Asking {@code ledgers}
 * slows the call down. Costs 2 on the call counter. Immutable.
 *
 * <pre>{@code
 * TradesHistoryQuery q = TradesHistoryQuery.builder().type(TradeHistoryType.NO_POSITION).ledgers(true).build();
 * AccountPage<OwnTrade> page = kraken.accountData().tradesHistory(q);
 * }</pre>
 */
public final class TradesHistoryQuery {
  private final TradeHistoryType type;
  private final Boolean trades;
  private final HistoryWindow window;
  private final Boolean consolidateTaker;
  private final Boolean ledgers;

  private TradesHistoryQuery(Builder b) {
    this.type = b.type;
    this.trades = b.trades;
    this.window = b.window;
    this.consolidateTaker = b.consolidateTaker;
    this.ledgers = b.ledgers;
  }

  /**
   * A builder with nothing set (Kraken's defaults: the newest 50 trades of every type).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this query's parameters.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.type = type;
    b.trades = trades;
    b.window = window;
    b.consolidateTaker = consolidateTaker;
    b.ledgers = ledgers;
    return b;
  }

  /**
   * This query asking the page after {@code page}.
   *
   * @param page a page this query answered
   * @return a copy with {@code ofs} at the page's next offset
   */
  public TradesHistoryQuery next(AccountPage<?> page) {
    return toBuilder().offset(page.nextOffset()).build();
  }

  /**
   * The {@code ofs} asked, 0 when unset.
   *
   * @return the offset of the first trade asked
   */
  public int offset() {
    return window.offsetOrZero();
  }

  /**
   * The form parameters, in the docs' order: type, trades, start, end, ofs, consolidate_taker, ledgers.
   *
   * @return the parameters, those set
   */
  public Params toParams() {
    Params p = Params.empty().addIfPresent("type", type).addIfPresent("trades", trades);
    window.addTo(p);
    return p.addIfPresent("consolidate_taker", consolidateTaker).addIfPresent("ledgers", ledgers);
  }

  @Override
  public String toString() {
    return "TradesHistoryQuery" + toParams();
  }

  /** Builds a {@link TradesHistoryQuery}; example: {@code TradesHistoryQuery.builder().offset(50).build()}. */
  public static final class Builder extends HistoryBuilder<Builder> {
    private TradeHistoryType type;
    private Boolean trades;
    private Boolean consolidateTaker;
    private Boolean ledgers;

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * {@code type}: which trades (Kraken's default {@code all}).
     *
     * @param value the kind of trades
     * @return this builder
     */
    public Builder type(TradeHistoryType value) {
      type = Objects.requireNonNull(value, "type");
      return this;
    }

    /**
     * {@code trades}: list the trades of each position.
     *
     * @param value true to list position trades
     * @return this builder
     */
    public Builder trades(boolean value) {
      trades = value;
      return this;
    }

    /**
     * {@code consolidate_taker}: false lists every taker trade separately (Kraken's default true).
     *
     * @param value whether to consolidate taker trades
     * @return this builder
     */
    public Builder consolidateTaker(boolean value) {
      consolidateTaker = value;
      return this;
    }

    /**
     * {@code ledgers}: list each trade's ledger ids (slows the call).
     *
     * @param value true to list ledger ids
     * @return this builder
     */
    public Builder ledgers(boolean value) {
      ledgers = value;
      return this;
    }

    /**
     * The query.
     *
     * @return the immutable query
     */
    public TradesHistoryQuery build() {
      return new TradesHistoryQuery(this);
    }
  }
}
