package dev.signet.binance.wallet;

import dev.signet.binance.internal.WalletChecks;
import dev.signet.core.Params;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A universal transfer between the user's own wallets, {@code POST /sapi/v1/asset/transfer}
 * (the API key needs "Permits Universal Transfer"). Immutable; checked when made: an isolated
 * margin type needs its symbol ({@link TransferType#needsFromSymbol()}, {@link TransferType#needsToSymbol()})
 * and no other type takes one.
 *
 * <pre>{@code
 * AssetTransfer toFutures = AssetTransfer.of(TransferType.MAIN_UMFUTURE, "USDT", new BigDecimal("100"));
 * AssetTransfer toIsolated = AssetTransfer.isolated(TransferType.MARGIN_ISOLATEDMARGIN, "USDT", amount, null, "BTCUSDT");
 * }</pre>
 *
 * @param type the direction, e.g. {@link TransferType#MAIN_UMFUTURE}
 * @param asset the asset, e.g. {@code USDT}
 * @param amount the amount, greater than zero (trailing zeros are dropped)
 * @param fromSymbol the isolated margin pair the money leaves, or null
 * @param toSymbol the isolated margin pair the money goes to, or null
 */
public record AssetTransfer(TransferType type, String asset, BigDecimal amount, String fromSymbol, String toSymbol) {
  /**
   * Checks every value and the symbols the type needs.
   *
   * @param type the direction
   * @param asset the asset
   * @param amount the amount, greater than zero
   * @param fromSymbol the isolated margin pair the money leaves, or null
   * @param toSymbol the isolated margin pair the money goes to, or null
   */
  public AssetTransfer {
    Objects.requireNonNull(type, "type");
    WalletChecks.coin(asset, "asset");
    amount = WalletChecks.amount(amount, "amount");
    symbol(fromSymbol, "fromSymbol", type.needsFromSymbol(), type);
    symbol(toSymbol, "toSymbol", type.needsToSymbol(), type);
  }

  private static void symbol(String value, String name, boolean needed, TransferType type) {
    if (needed && value == null) {
      throw new IllegalArgumentException(name + " is required for " + type + "; pass the isolated margin symbol,"
          + " e.g. BTCUSDT.");
    }
    if (!needed && value != null) {
      throw new IllegalArgumentException(name + " is only sent with isolated margin types, not " + type
          + "; leave it null.");
    }
    WalletChecks.optional(value, name, "the isolated margin symbol, e.g. BTCUSDT");
  }

  /**
   * A transfer of a type that takes no symbol.
   *
   * @param type the direction
   * @param asset the asset, e.g. {@code USDT}
   * @param amount the amount, greater than zero
   * @return the transfer
   */
  public static AssetTransfer of(TransferType type, String asset, BigDecimal amount) {
    return new AssetTransfer(type, asset, amount, null, null);
  }

  /**
   * A transfer from or to isolated margin.
   *
   * @param type the direction, one of the {@code ISOLATEDMARGIN} types
   * @param asset the asset
   * @param amount the amount, greater than zero
   * @param fromSymbol the pair the money leaves, or null when the type takes none
   * @param toSymbol the pair the money goes to, or null when the type takes none
   * @return the transfer
   */
  public static AssetTransfer isolated(TransferType type, String asset, BigDecimal amount, String fromSymbol,
      String toSymbol) {
    return new AssetTransfer(type, asset, amount, fromSymbol, toSymbol);
  }

  /**
   * The parameters in the order Binance documents them.
   *
   * @return the parameters
   */
  public Params toParams() {
    return Params.empty().add("type", type).add("asset", asset).add("amount", amount)
        .addIfPresent("fromSymbol", fromSymbol).addIfPresent("toSymbol", toSymbol);
  }
}
