/**
 * The Kraken client: {@link dev.signet.kraken.KrakenClient} with its account, market and trading
 * endpoints, typed responses and the Kraken signer.
 */
module dev.signet.kraken {
  requires transitive dev.signet.core;
  requires com.fasterxml.jackson.annotation;

  exports dev.signet.kraken;
  exports dev.signet.kraken.account;
  exports dev.signet.kraken.earn;
  exports dev.signet.kraken.funding;
  exports dev.signet.kraken.market;
  exports dev.signet.kraken.stream;
  exports dev.signet.kraken.trading;


  // Jackson builds the deserializers named in @JsonDeserialize(using = ...) reflectively.
  opens dev.signet.kraken.internal to tools.jackson.databind;
}
