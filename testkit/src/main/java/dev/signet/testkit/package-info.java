/**
 * Fake Binance and Kraken servers on loopback ({@link dev.signet.testkit.FakeBinance},
 * {@link dev.signet.testkit.FakeKraken}) that verify signatures as the exchanges do, keep state,
 * inject faults and serve user routes; plus test keys and a fake clock.
 */
package dev.signet.testkit;
