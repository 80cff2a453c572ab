/**
 * JUnit 5 extensions that start a fake exchange from the testkit and a client signed with a key it
 * accepts, new for every test.
 */
module dev.signet.testkit.junit {
  requires transitive dev.signet.testkit;
  requires transitive dev.signet.binance;
  requires transitive dev.signet.kraken;
  requires transitive org.junit.jupiter.api;

  exports dev.signet.testkit.junit;
}
