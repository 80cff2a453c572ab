package dev.signet.binance.spot;

/** Shared rule of the spot enums: the {@code UNKNOWN} placeholder is never sent. */
final class SpotEnums {
  private SpotEnums() {}

  static String sendable(Enum<?> value, String wire) {
    if (value.name().equals("UNKNOWN")) {
      throw new IllegalArgumentException(value.getDeclaringClass().getSimpleName()
          + ".UNKNOWN stands for a value received from Binance and cannot be sent; pick a real constant.");
    }
    return wire;
  }
}
