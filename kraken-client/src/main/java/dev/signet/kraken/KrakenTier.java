package dev.signet.kraken;

/**
 * Kraken verification tiers and their limits: the REST call counter may reach {@link #maxCounter()}
 * and decays by {@link #decayHundredthsPerSecond()}/100 every second; the per-pair matching-engine
 * counter may reach {@link #tradingThreshold()} and decays by
 * {@link #tradingDecayHundredthsPerSecond()}/100 every second.
 *
 * <p>Example: {@code KrakenClient.builder().tier(KrakenTier.PRO)}.
 */
public enum KrakenTier {
  /** Starter: counter 15, decay 0.33/s; trading threshold 60, decay 1/s. */
  STARTER(15, 33, 60, 100),
  /** Intermediate: counter 20, decay 0.5/s; trading threshold 125, decay 2.34/s. */
  INTERMEDIATE(20, 50, 125, 234),
  /** Pro: counter 20, decay 1/s; trading threshold 180, decay 3.75/s. */
  PRO(20, 100, 180, 375);

  private final int maxCounter;
  private final int decayHundredthsPerSecond;
  private final int tradingThreshold;
  private final int tradingDecayHundredthsPerSecond;

  KrakenTier(int maxCounter, int decayHundredthsPerSecond, int tradingThreshold, int tradingDecayHundredthsPerSecond) {
    this.maxCounter = maxCounter;
    this.decayHundredthsPerSecond = decayHundredthsPerSecond;
    this.tradingThreshold = tradingThreshold;
    this.tradingDecayHundredthsPerSecond = tradingDecayHundredthsPerSecond;
  }

  /**
   * The per-pair matching-engine counter's threshold.
   *
   * @return the per-pair trading counter's threshold, in counter points
   */
  public int tradingThreshold() {
    return tradingThreshold;
  }

  /**
   * How much the per-pair counter decays per second, in hundredths (234 = 2.34).
   *
   * @return the per-pair counter's decay per second, in hundredths of a point
   */
  public int tradingDecayHundredthsPerSecond() {
    return tradingDecayHundredthsPerSecond;
  }

  /**
   * The most the counter may reach.
   *
   * @return the highest the REST API counter may reach, in counter points
   */
  public int maxCounter() {
    return maxCounter;
  }

  /**
   * How much the counter decays per second, in hundredths (33 = 0.33).
   *
   * @return the REST API counter's decay per second, in hundredths of a point
   */
  public int decayHundredthsPerSecond() {
    return decayHundredthsPerSecond;
  }
}
