package dev.signet.kraken.account;

import dev.signet.core.ListFormat;
import dev.signet.core.Params;
import dev.signet.core.internal.Checks;
import java.util.List;
import java.util.Objects;

/**
 * The parameters of {@code POST /0/private/Ledgers}: every one optional. {@code start} (exclusive)
 * and {@code end} (inclusive) are a whole unix second or a ledger id; pages hold
 * {@value AccountPage#SIZE} entries, newest first, from offset {@code ofs}. Costs 2 on the call
 * counter. Immutable.
 *
 * <pre>{@code
 * LedgersQuery q = LedgersQuery.builder().assets(List.of("XXBT", "ZUSD")).type(LedgerType.DEPOSIT).build();
 * AccountPage<LedgerEntry> page = kraken.accountData().ledgers(q);
 * }</pre>
 */
public final class LedgersQuery {
  private final List<String> assets;
  private final String assetClass;
  private final LedgerType type;
  private final HistoryWindow window;
  private final Boolean withoutCount;

  private LedgersQuery(Builder b) {
    this.assets = b.assets;
    this.assetClass = b.assetClass;
    this.type = b.type;
    this.window = b.window;
    this.withoutCount = b.withoutCount;
  }

  /**
   * A builder with nothing set (Kraken's defaults: the newest 50 entries of every asset and type).
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
    b.assets = assets;
    b.assetClass = assetClass;
    b.type = type;
    b.window = window;
    b.withoutCount = withoutCount;
    return b;
  }

  /**
   * This query asking the page after {@code page}.
   *
   * @param page a page this query answered
   * @return a copy with {@code ofs} at the page's next offset
   */
  public LedgersQuery next(AccountPage<?> page) {
    return toBuilder().offset(page.nextOffset()).build();
  }

  /**
   * The {@code ofs} asked, 0 when unset.
   *
   * @return the offset of the first entry asked
   */
  public int offset() {
    return window.offsetOrZero();
  }

  /**
   * The form parameters, in the docs' order: asset, aclass, type, start, end, ofs, without_count.
   *
   * @return the parameters, those set
   */
  public Params toParams() {
    Params p = Params.empty();
    if (assets != null) {
      p.addList("asset", assets, ListFormat.COMMA);
    }
    p.addIfPresent("aclass", assetClass).addIfPresent("type", type);
    window.addTo(p);
    return p.addIfPresent("without_count", withoutCount);
  }

  @Override
  public String toString() {
    return "LedgersQuery" + toParams();
  }

  /** Builds a {@link LedgersQuery}; example: {@code LedgersQuery.builder().assets(List.of("ZUSD")).build()}. */
  public static final class Builder extends HistoryBuilder<Builder> {
    private List<String> assets;
    private String assetClass;
    private LedgerType type;
    private Boolean withoutCount;

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * {@code asset}: only entries of these assets (Kraken's default: all).
     *
     * @param value one or more asset ids or altnames, none blank
     * @return this builder
     * @throws IllegalArgumentException for an empty list or a blank asset
     */
    public Builder assets(List<String> value) {
      if (value == null || value.isEmpty()) {
        throw new IllegalArgumentException("asset is an empty list; name at least one asset such as XXBT, or leave"
            + " it out for all assets.");
      }
      for (String a : value) {
        Checks.notBlank(a, "asset[]", "an asset such as XXBT or ZUSD");
      }
      assets = List.copyOf(value);
      return this;
    }

    /**
     * {@code aclass}: the asset class (Kraken's default {@code currency}).
     *
     * @param value the asset class, e.g. {@code currency}
     * @return this builder
     */
    public Builder assetClass(String value) {
      assetClass = Checks.notBlank(value, "aclass", "an asset class such as currency");
      return this;
    }

    /**
     * {@code type}: only entries of this type (Kraken's default {@code all}).
     *
     * @param value the entry type
     * @return this builder
     */
    public Builder type(LedgerType value) {
      type = Objects.requireNonNull(value, "type");
      return this;
    }

    /**
     * {@code without_count}: true skips counting (faster); the page then has no count.
     *
     * @param value true to leave the count out
     * @return this builder
     */
    public Builder withoutCount(boolean value) {
      withoutCount = value;
      return this;
    }

    /**
     * The query.
     *
     * @return the immutable query
     */
    public LedgersQuery build() {
      return new LedgersQuery(this);
    }
  }
}
