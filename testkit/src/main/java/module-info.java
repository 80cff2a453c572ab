/**
 * The Signet testkit: fake Binance and Kraken servers on loopback that verify signatures the way
 * the exchanges do, keep balances and orders, and inject faults; and the contract test every
 * {@code LimitStore} passes.
 */
module dev.signet.testkit {
  requires dev.signet.core;
  requires transitive mockwebserver3;
  requires transitive org.junit.jupiter.api;

  exports dev.signet.testkit;
  exports dev.signet.testkit.limit;
}
