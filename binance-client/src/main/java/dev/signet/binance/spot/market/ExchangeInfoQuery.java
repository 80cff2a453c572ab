package dev.signet.binance.spot.market;

import dev.signet.binance.internal.Symbols;
import dev.signet.core.ListFormat;
import dev.signet.core.Params;
import java.util.List;
import java.util.Objects;

/**
 * The parameters of {@code GET /api/v3/exchangeInfo}, all optional: one {@code symbol} or a list of
 * {@code symbols}, or a filter by {@code permissions} and/or {@code symbolStatus} (which Binance
 * does not combine with a symbol), and {@code showPermissionSets}. Without {@code permissions}
 * Binance lists the SPOT, MARGIN and LEVERAGED symbols. Built with {@link #builder()}; immutable;
 * checked when built.
 *
 * <pre>{@code
 * ExchangeInfoQuery q = ExchangeInfoQuery.builder()
 *     .permissions(List.of("MARGIN", "LEVERAGED"))
 *     .symbolStatus(SymbolStatus.TRADING)
 *     .showPermissionSets(false)
 *     .build();
 * }</pre>
 *
 * @param symbol one symbol, or null
 * @param symbols several symbols (sent as a JSON array), or null
 * @param permissions the permissions to list symbols of ({@code SPOT}, {@code MARGIN}, {@code TRD_GRP_004}…), or null
 * @param showPermissionSets whether {@code permissionSets} is filled in (Binance's default true), or null
 * @param symbolStatus only symbols in this status, or null
 */
public record ExchangeInfoQuery(String symbol, List<String> symbols, List<String> permissions,
    Boolean showPermissionSets, SymbolStatus symbolStatus) {
  /**
   * Checks the combination and every symbol; copies the lists.
   *
   * @param symbol one symbol, or null
   * @param symbols several symbols (sent as a JSON array), or null
   * @param permissions the permissions to list symbols of, or null
   * @param showPermissionSets whether {@code permissionSets} is filled in, or null
   * @param symbolStatus only symbols in this status, or null
   */
  public ExchangeInfoQuery {
    if (symbol != null) {
      Symbols.check("symbol", symbol);
    }
    if (symbols != null) {
      symbols = Symbols.checkAll(symbols, Integer.MAX_VALUE);
    }
    if (symbol != null && symbols != null) {
      throw new IllegalArgumentException("symbol and symbols cannot be sent together; use one of them.");
    }
    if ((symbol != null || symbols != null) && (permissions != null || symbolStatus != null)) {
      throw new IllegalArgumentException("permissions and symbolStatus cannot be combined with symbol or symbols;"
          + " Binance refuses the combination. Filter the symbols' own status and permissionSets instead.");
    }
    if (permissions != null) {
      if (permissions.isEmpty() || permissions.stream().anyMatch(p -> p == null || p.isBlank())) {
        throw new IllegalArgumentException("permissions is empty or holds a blank permission; pass e.g. List.of(\"SPOT\").");
      }
      permissions = List.copyOf(permissions);
    }
  }

  /**
   * A new builder, with no parameter set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The parameters in the order Binance documents them; one permission is sent bare
   * ({@code permissions=SPOT}), several as a JSON array.
   *
   * @return {@code symbol, symbols, permissions, showPermissionSets, symbolStatus}, those that are set
   */
  public Params toParams() {
    Params p = Params.empty().addIfPresent("symbol", symbol);
    if (symbols != null) {
      p.addList("symbols", symbols, ListFormat.JSON_ARRAY);
    }
    if (permissions != null) {
      p = permissions.size() == 1 ? p.add("permissions", permissions.get(0))
          : p.addList("permissions", permissions, ListFormat.JSON_ARRAY);
    }
    return p.addIfPresent("showPermissionSets", showPermissionSets).addIfPresent("symbolStatus", symbolStatus);
  }

  /** Builds an {@link ExchangeInfoQuery}; {@link #build()} checks the combination. Not thread-safe. */
  public static final class Builder {
    private String symbol;
    private List<String> symbols;
    private List<String> permissions;
    private Boolean showPermissionSets;
    private SymbolStatus symbolStatus;

    private Builder() {}

    /**
     * Only this symbol.
     *
     * @param symbol the symbol, e.g. {@code BTCUSDT}
     * @return this builder
     */
    public Builder symbol(String symbol) {
      this.symbol = Symbols.check("symbol", symbol);
      return this;
    }

    /**
     * Only these symbols.
     *
     * @param symbols one or more symbols
     * @return this builder
     */
    public Builder symbols(List<String> symbols) {
      this.symbols = Objects.requireNonNull(symbols, "symbols");
      return this;
    }

    /**
     * Only symbols with any of these permissions.
     *
     * @param permissions one or more permissions, e.g. {@code List.of("SPOT")}
     * @return this builder
     */
    public Builder permissions(List<String> permissions) {
      this.permissions = Objects.requireNonNull(permissions, "permissions");
      return this;
    }

    /**
     * Whether {@code permissionSets} is filled in.
     *
     * @param show {@code false} to leave {@code permissionSets} empty (a smaller answer)
     * @return this builder
     */
    public Builder showPermissionSets(boolean show) {
      this.showPermissionSets = show;
      return this;
    }

    /**
     * Only symbols in this status.
     *
     * @param symbolStatus the status, e.g. {@link SymbolStatus#TRADING}
     * @return this builder
     */
    public Builder symbolStatus(SymbolStatus symbolStatus) {
      this.symbolStatus = Objects.requireNonNull(symbolStatus, "symbolStatus");
      return this;
    }

    /**
     * The query.
     *
     * @return the query
     * @throws IllegalArgumentException when the combination is one Binance refuses
     */
    public ExchangeInfoQuery build() {
      return new ExchangeInfoQuery(symbol, symbols, permissions, showPermissionSets, symbolStatus);
    }
  }
}
