package dev.signet.testkit;

/** A Kraken error one of {@link FakeKraken}'s methods answers, e.g. {@code EOrder:Insufficient funds}. */
final class KrakenError extends Exception {
  KrakenError(String error) {
    super(error, null, false, false);
  }
}
