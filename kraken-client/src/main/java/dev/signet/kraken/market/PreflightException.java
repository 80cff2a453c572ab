package dev.signet.kraken.market;

/**
 * An order the pre-flight refused before sending because Kraken would refuse it by its pair's
 * rules. The message names the parameter, the rule with its value, the error Kraken would answer
 * and the nearest valid value(s); {@link #parameter()} and {@link #krakenError()} give the first
 * two to code.
 *
 * <pre>{@code
 * try {
 *   kraken.addOrder(order);
 * } catch (PreflightException e) {
 *   if (e.parameter().equals("volume")) { ... }
 * }
 * }</pre>
 */
public final class PreflightException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The parameter refused. */
  private final String parameter;
  /** The error Kraken would answer. */
  private final String krakenError;

  /**
   * A refusal.
   *
   * @param parameter the parameter refused, e.g. {@code price}
   * @param krakenError the error Kraken would answer, e.g. {@code EOrder:Invalid price}
   * @param message the whole explanation
   */
  public PreflightException(String parameter, String krakenError, String message) {
    super(message);
    this.parameter = parameter;
    this.krakenError = krakenError;
  }

  /**
   * The parameter refused: {@code pair}, {@code ordertype}, {@code oflags}, {@code price}, {@code price2},
   * {@code volume} or {@code displayvol}.
   *
   * @return the parameter's wire name
   */
  public String parameter() {
    return parameter;
  }

  /**
   * The error Kraken would have answered, e.g. {@code EOrder:Order minimum not met}.
   *
   * @return Kraken's error string, as far as the docs name it
   */
  public String krakenError() {
    return krakenError;
  }
}
