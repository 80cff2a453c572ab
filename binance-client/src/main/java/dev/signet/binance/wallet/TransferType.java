package dev.signet.binance.wallet;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * The {@code type} of a universal transfer between the user's own wallets ({@code POST /sapi/v1/asset/transfer}):
 * the 31 values of the User Universal Transfer docs.
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented value (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding it exactly, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * client.wallet().transfer(AssetTransfer.of(TransferType.MAIN_UMFUTURE, "USDT", new BigDecimal("100")));
 * }</pre>
 *
 * @param value the wire value, e.g. {@code MAIN_UMFUTURE}
 */
public record TransferType(String value) implements WireValue {
  /** {@code MAIN_UMFUTURE}: Spot to USD-M Futures. */
  public static final TransferType MAIN_UMFUTURE = new TransferType("MAIN_UMFUTURE");
  /** {@code MAIN_CMFUTURE}: Spot to COIN-M Futures. */
  public static final TransferType MAIN_CMFUTURE = new TransferType("MAIN_CMFUTURE");
  /** {@code MAIN_MARGIN}: Spot to cross Margin. */
  public static final TransferType MAIN_MARGIN = new TransferType("MAIN_MARGIN");
  /** {@code UMFUTURE_MAIN}: USD-M Futures to Spot. */
  public static final TransferType UMFUTURE_MAIN = new TransferType("UMFUTURE_MAIN");
  /** {@code UMFUTURE_MARGIN}: USD-M Futures to cross Margin. */
  public static final TransferType UMFUTURE_MARGIN = new TransferType("UMFUTURE_MARGIN");
  /** {@code CMFUTURE_MAIN}: COIN-M Futures to Spot. */
  public static final TransferType CMFUTURE_MAIN = new TransferType("CMFUTURE_MAIN");
  /** {@code CMFUTURE_MARGIN}: COIN-M Futures to cross Margin. */
  public static final TransferType CMFUTURE_MARGIN = new TransferType("CMFUTURE_MARGIN");
  /** {@code MARGIN_MAIN}: cross Margin to Spot. */
  public static final TransferType MARGIN_MAIN = new TransferType("MARGIN_MAIN");
  /** {@code MARGIN_UMFUTURE}: cross Margin to USD-M Futures. */
  public static final TransferType MARGIN_UMFUTURE = new TransferType("MARGIN_UMFUTURE");
  /** {@code MARGIN_CMFUTURE}: cross Margin to COIN-M Futures. */
  public static final TransferType MARGIN_CMFUTURE = new TransferType("MARGIN_CMFUTURE");
  /** {@code ISOLATEDMARGIN_MARGIN}: isolated Margin to cross Margin (needs {@code fromSymbol}). */
  public static final TransferType ISOLATEDMARGIN_MARGIN = new TransferType("ISOLATEDMARGIN_MARGIN");
  /** {@code MARGIN_ISOLATEDMARGIN}: cross Margin to isolated Margin (needs {@code toSymbol}). */
  public static final TransferType MARGIN_ISOLATEDMARGIN = new TransferType("MARGIN_ISOLATEDMARGIN");
  /** {@code ISOLATEDMARGIN_ISOLATEDMARGIN}: isolated Margin to isolated Margin (needs both symbols). */
  public static final TransferType ISOLATEDMARGIN_ISOLATEDMARGIN = new TransferType("ISOLATEDMARGIN_ISOLATEDMARGIN");
  /** {@code MAIN_FUNDING}: Spot to Funding. */
  public static final TransferType MAIN_FUNDING = new TransferType("MAIN_FUNDING");
  /** {@code FUNDING_MAIN}: Funding to Spot. */
  public static final TransferType FUNDING_MAIN = new TransferType("FUNDING_MAIN");
  /** {@code FUNDING_UMFUTURE}: Funding to USD-M Futures. */
  public static final TransferType FUNDING_UMFUTURE = new TransferType("FUNDING_UMFUTURE");
  /** {@code UMFUTURE_FUNDING}: USD-M Futures to Funding. */
  public static final TransferType UMFUTURE_FUNDING = new TransferType("UMFUTURE_FUNDING");
  /** {@code MARGIN_FUNDING}: cross Margin to Funding. */
  public static final TransferType MARGIN_FUNDING = new TransferType("MARGIN_FUNDING");
  /** {@code FUNDING_MARGIN}: Funding to cross Margin. */
  public static final TransferType FUNDING_MARGIN = new TransferType("FUNDING_MARGIN");
  /** {@code FUNDING_CMFUTURE}: Funding to COIN-M Futures. */
  public static final TransferType FUNDING_CMFUTURE = new TransferType("FUNDING_CMFUTURE");
  /** {@code CMFUTURE_FUNDING}: COIN-M Futures to Funding. */
  public static final TransferType CMFUTURE_FUNDING = new TransferType("CMFUTURE_FUNDING");
  /** {@code MAIN_OPTION}: Spot to Options. */
  public static final TransferType MAIN_OPTION = new TransferType("MAIN_OPTION");
  /** {@code OPTION_MAIN}: Options to Spot. */
  public static final TransferType OPTION_MAIN = new TransferType("OPTION_MAIN");
  /** {@code UMFUTURE_OPTION}: USD-M Futures to Options. */
  public static final TransferType UMFUTURE_OPTION = new TransferType("UMFUTURE_OPTION");
  /** {@code OPTION_UMFUTURE}: Options to USD-M Futures. */
  public static final TransferType OPTION_UMFUTURE = new TransferType("OPTION_UMFUTURE");
  /** {@code MARGIN_OPTION}: cross Margin to Options. */
  public static final TransferType MARGIN_OPTION = new TransferType("MARGIN_OPTION");
  /** {@code OPTION_MARGIN}: Options to cross Margin. */
  public static final TransferType OPTION_MARGIN = new TransferType("OPTION_MARGIN");
  /** {@code FUNDING_OPTION}: Funding to Options. */
  public static final TransferType FUNDING_OPTION = new TransferType("FUNDING_OPTION");
  /** {@code OPTION_FUNDING}: Options to Funding. */
  public static final TransferType OPTION_FUNDING = new TransferType("OPTION_FUNDING");
  /** {@code MAIN_PORTFOLIO_MARGIN}: Spot to Portfolio Margin. */
  public static final TransferType MAIN_PORTFOLIO_MARGIN = new TransferType("MAIN_PORTFOLIO_MARGIN");
  /** {@code PORTFOLIO_MARGIN_MAIN}: Portfolio Margin to Spot. */
  public static final TransferType PORTFOLIO_MARGIN_MAIN = new TransferType("PORTFOLIO_MARGIN_MAIN");

  private static final KnownValues<TransferType> KNOWN = KnownValues.of(TransferType.class, TransferType::new,
      MAIN_UMFUTURE, MAIN_CMFUTURE, MAIN_MARGIN, UMFUTURE_MAIN, UMFUTURE_MARGIN, CMFUTURE_MAIN, CMFUTURE_MARGIN, MARGIN_MAIN, MARGIN_UMFUTURE, MARGIN_CMFUTURE, ISOLATEDMARGIN_MARGIN, MARGIN_ISOLATEDMARGIN, ISOLATEDMARGIN_ISOLATEDMARGIN, MAIN_FUNDING, FUNDING_MAIN, FUNDING_UMFUTURE, UMFUTURE_FUNDING, MARGIN_FUNDING, FUNDING_MARGIN, FUNDING_CMFUTURE, CMFUTURE_FUNDING, MAIN_OPTION, OPTION_MAIN, UMFUTURE_OPTION, OPTION_UMFUTURE, MARGIN_OPTION, OPTION_MARGIN, FUNDING_OPTION, OPTION_FUNDING, MAIN_PORTFOLIO_MARGIN, PORTFOLIO_MARGIN_MAIN);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code MAIN_UMFUTURE}
   */
  public TransferType {
    value = KnownValues.text(value, TransferType.class);
  }

  /**
   * The constant for {@code value}, or a value holding it exactly when none is.
   *
   * @param value the wire value, e.g. {@code MAIN_UMFUTURE}
   * @return the constant for {@code value}, or a value holding it exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static TransferType of(String value) {
    return KNOWN.of(value);
  }

  /**
   * True when the value is one of the documented constants.
   *
   * @return {@code true} if the value is one of the documented constants, {@code false} for a value kept as received
   */
  public boolean isKnown() {
    return KNOWN.isKnown(wireValue());
  }

  /**
   * The documented values, in the order the docs list them.
   *
   * @return the documented constants, in the order the docs list them
   */
  public static List<TransferType> constants() {
    return KNOWN.constants();
  }

  /**
   * True when Binance needs {@code fromSymbol} (the isolated margin pair the money leaves).
   *
   * @return {@code true} for {@code ISOLATEDMARGIN_MARGIN} and {@code ISOLATEDMARGIN_ISOLATEDMARGIN}
   */
  public boolean needsFromSymbol() {
    return ISOLATEDMARGIN_MARGIN.equals(this) || ISOLATEDMARGIN_ISOLATEDMARGIN.equals(this);
  }

  /**
   * True when Binance needs {@code toSymbol} (the isolated margin pair the money goes to).
   *
   * @return {@code true} for {@code MARGIN_ISOLATEDMARGIN} and {@code ISOLATEDMARGIN_ISOLATEDMARGIN}
   */
  public boolean needsToSymbol() {
    return MARGIN_ISOLATEDMARGIN.equals(this) || ISOLATEDMARGIN_ISOLATEDMARGIN.equals(this);
  }

  @JsonValue
  @Override
  public String wireValue() {
    return value;
  }

  @Override
  public String toString() {
    return wireValue();
  }
}
