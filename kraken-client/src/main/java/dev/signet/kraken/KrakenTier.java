package dev.signet.kraken;

/**
 * Kraken verification tiers and their REST call-counter limits: the counter may reach
 * {@link #maxCounter()} and decays by {@link #decayPerSecond()} every second.
 *
 * <p>Example: {@code KrakenClient.builder().tier(KrakenTier.PRO)}.
 */
public enum KrakenTier {
  /** Starter: counter 15, decay 0.33/s. */
  STARTER(15, 33),
  /** Intermediate: counter 20, decay 0.5/s. */
  INTERMEDIATE(20, 50),
  /** Pro: counter 20, decay 1/s. */
  PRO(20, 100);

  private final int maxCounter;
  private final int decayHundredthsPerSecond;

  KrakenTier(int maxCounter, int decayHundredthsPerSecond) {
    this.maxCounter = maxCounter;
    this.decayHundredthsPerSecond = decayHundredthsPerSecond;
  }

  /** The most the counter may reach. */
  public int maxCounter() {
    return maxCounter;
  }

  /** How much the counter decays per second, in hundredths (33 = 0.33). */
  public int decayHundredthsPerSecond() {
    return decayHundredthsPerSecond;
  }
}
