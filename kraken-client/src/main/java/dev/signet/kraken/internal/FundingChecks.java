package dev.signet.kraken.internal;

import dev.signet.core.internal.Checks;
import java.time.Instant;

/**
 * The argument checks the funding, Earn and subaccount requests share, so each fault reads the
 * same everywhere. Not API.
 *
 * <pre>{@code
 * this.asset = FundingChecks.asset(asset, "asset");
 * }</pre>
 */
public final class FundingChecks {
  private FundingChecks() {}

  /**
   * An asset name: not blank.
   *
   * @param asset the asset, e.g. {@code XBT}
   * @param name the parameter's name, for the message
   * @return {@code asset}
   * @throws IllegalArgumentException naming the parameter when it is null or blank
   */
  public static String asset(String asset, String name) {
    return Checks.notBlank(asset, name, "an asset such as XBT or XXBT");
  }

  /**
   * An optional text parameter: null, or not blank.
   *
   * @param value the value, or null
   * @param name the parameter's name, for the message
   * @param example what to pass instead, e.g. {@code "a method name such as Bitcoin"}
   * @return {@code value}
   * @throws IllegalArgumentException naming the parameter when it is blank
   */
  public static String optional(String value, String name, String example) {
    return value == null ? null : Checks.notBlank(value, name, example);
  }

  /**
   * An instant Kraken takes as unix seconds: null, or a whole second at or after the epoch.
   *
   * @param value the instant, or null
   * @param name the parameter's name, for the message
   * @return {@code value}
   * @throws IllegalArgumentException naming the parameter when it has a fraction of a second or is before 1970
   */
  public static Instant seconds(Instant value, String name) {
    if (value != null && (value.getNano() != 0 || value.getEpochSecond() < 0)) {
      throw new IllegalArgumentException(name + " is " + value + "; Kraken takes whole unix seconds from 1970,"
          + " so pass an instant without a fraction of a second (e.g. Instant.ofEpochSecond(1688992722)).");
    }
    return value;
  }

  /**
   * An optional page size: null, or at least 1.
   *
   * @param limit the page size, or null
   * @param name the parameter's name, for the message
   * @return {@code limit}
   * @throws IllegalArgumentException naming the parameter when it is below 1
   */
  public static Integer limit(Integer limit, String name) {
    if (limit != null && limit < 1) {
      throw new IllegalArgumentException(name + " is " + limit + "; pass a page size of at least 1.");
    }
    return limit;
  }
}
