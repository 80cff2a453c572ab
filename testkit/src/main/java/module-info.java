/**
 * The Signet testkit: fake Binance and Kraken servers on loopback that verify signatures the way
 * the exchanges do, keep balances and orders, and inject faults.
 */
module dev.signet.testkit {
  requires dev.signet.core;
  requires transitive mockwebserver3;

  exports dev.signet.testkit;
}
