package dev.signet.kraken.market;

/**
 * What {@code GET /0/public/AssetPairs} reports about each pair (its {@code info} parameter).
 *
 * <pre>{@code
 * AssetPairsQuery.builder().info(AssetPairInfo.FEES).build();
 * }</pre>
 */
public enum AssetPairInfo {
  /** Everything (Kraken's default). */
  INFO("info"),
  /** The leverage lists only. */
  LEVERAGE("leverage"),
  /** The fee schedules and their volume currency only. */
  FEES("fees"),
  /** The margin call and stop levels only. */
  MARGIN("margin");

  private final String wire;

  AssetPairInfo(String wire) {
    this.wire = wire;
  }

  /**
   * The value Kraken expects, e.g. {@code leverage}.
   *
   * @return the wire value
   */
  public String wireValue() {
    return wire;
  }

  @Override
  public String toString() {
    return wire;
  }
}
