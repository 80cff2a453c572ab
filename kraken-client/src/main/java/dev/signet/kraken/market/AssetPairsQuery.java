package dev.signet.kraken.market;

import dev.signet.core.ListFormat;
import dev.signet.core.Params;
import dev.signet.kraken.internal.MarketChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The parameters of {@code GET /0/public/AssetPairs}: which pairs (by any of Kraken's names; all
 * when none), what to report ({@code info}), the base asset class and the country whose
 * restrictions apply. Immutable.
 *
 * <pre>{@code
 * AssetPairsQuery q = AssetPairsQuery.builder().pairs("XBTUSD", "ETH/BTC").info(AssetPairInfo.FEES).build();
 * }</pre>
 */
public final class AssetPairsQuery {
  private final List<String> pairs;
  private final AssetPairInfo info;
  private final String aclassBase;
  private final String countryCode;

  private AssetPairsQuery(Builder b) {
    this.pairs = List.copyOf(b.pairs);
    this.info = b.info;
    this.aclassBase = b.aclassBase;
    this.countryCode = b.countryCode;
  }

  /**
   * A builder for every pair, Kraken's default {@code info}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The query parameters in Kraken's order: {@code pair}, {@code aclass_base}, {@code info}, {@code country_code}.
   *
   * @return the parameters, a new list each call
   */
  public Params toParams() {
    Params p = Params.empty();
    if (!pairs.isEmpty()) {
      p.addList("pair", pairs, ListFormat.COMMA);
    }
    return p.addIfPresent("aclass_base", aclassBase)
        .addIfPresent("info", info == null ? null : info.wireValue())
        .addIfPresent("country_code", countryCode);
  }

  /**
   * The pairs asked for; empty for all.
   *
   * @return the pairs asked for, unmodifiable
   */
  public List<String> pairs() {
    return pairs;
  }

  @Override
  public String toString() {
    return "AssetPairsQuery" + toParams();
  }

  /** Builds an {@link AssetPairsQuery}. Not thread-safe. */
  public static final class Builder {
    private final List<String> pairs = new ArrayList<>();
    private AssetPairInfo info;
    private String aclassBase;
    private String countryCode;

    private Builder() {}

    /**
     * Adds pairs, by id ({@code XXBTZUSD}), altname ({@code XBTUSD}) or slash name ({@code BTC/USD}).
     *
     * @param names the pairs to report
     * @return this builder
     * @throws IllegalArgumentException when a name is blank or holds a comma
     */
    public Builder pairs(String... names) {
      for (String name : names) {
        pairs.add(MarketChecks.pairName(name, "pair"));
      }
      return this;
    }

    /**
     * What to report about each pair (default: everything).
     *
     * @param info {@code info}, {@code leverage}, {@code fees} or {@code margin}
     * @return this builder
     */
    public Builder info(AssetPairInfo info) {
      this.info = Objects.requireNonNull(info, "info");
      return this;
    }

    /**
     * The base asset class: {@code currency} (Kraken's default) or {@code tokenized_asset} (xStocks).
     *
     * @param aclassBase the base asset class
     * @return this builder
     * @throws IllegalArgumentException when it is neither
     */
    public Builder aclassBase(String aclassBase) {
      if (!"currency".equals(aclassBase) && !"tokenized_asset".equals(aclassBase)) {
        throw new IllegalArgumentException("aclass_base must be currency or tokenized_asset; got " + aclassBase + ".");
      }
      this.aclassBase = aclassBase;
      return this;
    }

    /**
     * The country (ISO 3166-1 alpha-2, e.g. {@code GB}) whose restrictions the answer applies.
     *
     * @param countryCode two upper-case letters
     * @return this builder
     * @throws IllegalArgumentException when it is not two upper-case letters
     */
    public Builder countryCode(String countryCode) {
      if (countryCode == null || !countryCode.matches("[A-Z]{2}")) {
        throw new IllegalArgumentException("country_code must be an ISO 3166-1 alpha-2 code such as GB; got "
            + countryCode + ".");
      }
      this.countryCode = countryCode;
      return this;
    }

    /**
     * The query.
     *
     * @return the immutable query
     */
    public AssetPairsQuery build() {
      return new AssetPairsQuery(this);
    }
  }
}
