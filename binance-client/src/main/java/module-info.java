/**
 * The Binance client: {@link dev.signet.binance.BinanceClient} with its spot, futures and wallet
 * endpoints, typed responses and the Binance signers (HMAC, Ed25519, RSA).
 */
module dev.signet.binance {
  requires transitive dev.signet.core;
  requires com.fasterxml.jackson.annotation;

  exports dev.signet.binance;
  exports dev.signet.binance.spot;
  exports dev.signet.binance.spot.market;
  exports dev.signet.binance.spot.account;
  exports dev.signet.binance.spot.userdata;
  exports dev.signet.binance.futures;
  exports dev.signet.binance.futures.trade;
  exports dev.signet.binance.futures.market;
  exports dev.signet.binance.futures.account;
  exports dev.signet.binance.futures.userdata;
  exports dev.signet.binance.wallet;
  exports dev.signet.binance.subaccount;
  exports dev.signet.binance.stream;


  // Jackson builds the deserializers named in @JsonDeserialize(using = ...) reflectively.
  opens dev.signet.binance.internal to tools.jackson.databind;
}
