package dev.signet.kraken.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What one transaction adds to Kraken's per-pair trading counter, as the "Spot Trading Limits"
 * guide tabulates it: a fixed count, charged on receipt, and a count by the order's resting time
 * (since it was placed or last amended) under 5, 10, 15, 45, 90 and 300 seconds; an older order
 * adds only the fixed count. An order whose age this process does not know (placed elsewhere) is
 * charged the row's worst case, {@link #unknownAgeHundredths()}: the fixed count plus its largest age
 * count. Counted in hundredths, so the batch add's {@code n/2} is exact. The rows are data in
 * {@link KrakenEndpoints}. Immutable. Not API.
 *
 * <pre>{@code
 * TradingCost amend = TradingCost.of(1, 3, 2, 1);
 * amend.hundredths(7_000);   // 300: fixed 1 + 2 for an order 5 to 10 s old
 * }</pre>
 *
 * @param fixedHundredths the fixed count, in hundredths
 * @param byAgeHundredths the counts for an order younger than 5, 10, 15, 45, 90 and 300 s, in
 *     hundredths; shorter when the older buckets add nothing
 */
public record TradingCost(long fixedHundredths, List<Long> byAgeHundredths) {
  /** The upper bounds of the age buckets, in milliseconds (exclusive). */
  public static final List<Long> AGE_BOUNDS_MILLIS = List.of(5_000L, 10_000L, 15_000L, 45_000L, 90_000L, 300_000L);

  /**
   * Copies the list and checks it has no more buckets than the guide.
   *
   * @param fixedHundredths the fixed count, in hundredths
   * @param byAgeHundredths the counts by age bucket, in hundredths
   */
  public TradingCost {
    byAgeHundredths = List.copyOf(byAgeHundredths);
    if (byAgeHundredths.size() > AGE_BOUNDS_MILLIS.size()) {
      throw new IllegalArgumentException("at most " + AGE_BOUNDS_MILLIS.size() + " age buckets");
    }
  }

  /**
   * A row in whole counts, as the guide writes it.
   *
   * @param fixed the fixed count
   * @param byAge the counts for an order younger than 5, 10, 15, 45, 90 and 300 s (trailing zeros left out)
   * @return the row, in hundredths
   */
  public static TradingCost of(int fixed, int... byAge) {
    List<Long> hundredths = new ArrayList<>(byAge.length);
    for (int b : byAge) {
      hundredths.add(b * 100L);
    }
    return new TradingCost(fixed * 100L, hundredths);
  }

  /**
   * The charge for an order {@code ageMillis} old: the fixed count plus its age bucket's.
   *
   * @param ageMillis how long the order has rested, in milliseconds
   * @return the charge, in hundredths
   */
  public long hundredths(long ageMillis) {
    for (int i = 0; i < byAgeHundredths.size(); i++) {
      if (ageMillis < AGE_BOUNDS_MILLIS.get(i)) {
        return fixedHundredths + byAgeHundredths.get(i);
      }
    }
    return fixedHundredths;
  }

  /**
   * The charge for an order of unknown age: the worst case the row gives, the fixed count plus its
   * largest age count (an order younger than 5 s).
   *
   * @return the charge, in hundredths
   */
  public long unknownAgeHundredths() {
    return fixedHundredths + byAgeHundredths.stream().mapToLong(Long::longValue).max().orElse(0);
  }
}
