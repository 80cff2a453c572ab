package dev.signet.kraken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.kraken.market.PairRules;
import dev.signet.kraken.market.PreflightException;
import dev.signet.kraken.trading.AddOrder;
import dev.signet.kraken.trading.Side;
import java.math.BigDecimal;
import java.math.RoundingMode;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pair names, rounding and the pre-flight against the documented AssetPairs example. */
class KrakenRulesTest {
  private final MockWebServer server = new MockWebServer();
  private KrakenClient kraken;

  @BeforeEach
  void start() throws Exception {
    server.start(0);
    kraken = KrakenClient.builder().baseUrl(server.url("/").toString()).build();
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
        .body(KrakenTestData.resource("fixtures/asset_pairs_excerpt.json")).build());
  }

  @AfterEach
  void stop() {
    kraken.close();
    server.close();
  }

  @Test
  void everyNameFindsThePairFromOneAssetPairsCall() throws Exception {
    PairRules r = kraken.rules().pair("BTC/USD");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/0/public/AssetPairs");
    assertThat(r).isEqualTo(new PairRules("XXBTZUSD", "XBTUSD", "XBT/USD", "XXBT", "ZUSD", 1, 8, 5,
        new BigDecimal("0.0001"), new BigDecimal("0.5"), new BigDecimal("0.1"), "online"));
    assertThat(kraken.rules().pairId("XBTUSD")).isEqualTo("XXBTZUSD");
    assertThat(kraken.rules().pairId("xbt/usd")).isEqualTo("XXBTZUSD");
    assertThat(kraken.rules().pairId("BTCUSD")).isEqualTo("XXBTZUSD");
    assertThat(kraken.rules().pairId("ETH/BTC")).isEqualTo("XETHXXBT");
    assertThat(kraken.rules().assetId("BTC")).isEqualTo("XXBT");
    assertThat(kraken.rules().assetId("USD")).isEqualTo("ZUSD");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void roundingNamesItsMode() {
    PairRules r = kraken.rules().pair("XBTUSD");
    assertThat(r.roundPrice(new BigDecimal("37500.27"), RoundingMode.DOWN)).isEqualTo(new BigDecimal("37500.2"));
    assertThat(r.roundVolume(new BigDecimal("0.123456789"), RoundingMode.UP)).isEqualTo(new BigDecimal("0.12345679"));
    assertThatThrownBy(() -> r.roundPrice(new BigDecimal("37500.27"), RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void priceWithTooManyDecimalsIsRefusedWithTheNearestValidPrices() {
    assertThatThrownBy(() -> kraken.rules().check(
        AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("1"), new BigDecimal("37500.05")).build()))
        .isInstanceOf(PreflightException.class)
        .hasMessage("price 37500.05 has 2 decimals but XBTUSD (XXBTZUSD) allows pair_decimals=1; Kraken would answer"
            + " EOrder:Invalid price. Nearest valid: 37500.0 or 37500.1. Not sent.");
  }

  @Test
  void volumeBelowOrderminAndCostBelowCostminAreRefused() {
    assertThatThrownBy(() -> kraken.rules().check(
        AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("0.00005"), new BigDecimal("37500")).build()))
        .hasMessage("volume 0.00005 is below XBTUSD (XXBTZUSD)'s ordermin=0.0001; Kraken would answer"
            + " EOrder:Order minimum not met. Nearest valid: 0.0001. Not sent.");
    assertThatThrownBy(() -> kraken.rules().check(
        AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("0.0001"), new BigDecimal("1000")).build()))
        .hasMessage("price x volume = 1000 x 0.0001 = 0.1000 is below XBTUSD (XXBTZUSD)'s costmin=0.5; Kraken would"
            + " answer EOrder:Cost minimum not met. Nearest valid: volume 0.00050000 at this price. Not sent.");
  }

  @Test
  void volumeWithTooManyDecimalsIsRefused() {
    PreflightException e = org.junit.jupiter.api.Assertions.assertThrows(PreflightException.class,
        () -> kraken.rules().check(AddOrder.market("XBTUSD", Side.SELL, new BigDecimal("0.123456789")).build()));
    assertThat(e.parameter()).isEqualTo("volume");
    assertThat(e.krakenError()).isEqualTo("EGeneral:Invalid arguments:volume");
  }

  @Test
  void preflightOffChecksNothingAndLoadsNothing() {
    try (KrakenClient off = KrakenClient.builder().baseUrl(server.url("/").toString()).preflight(false).build()) {
      off.rules().check(AddOrder.limit("NOPE", Side.BUY, new BigDecimal("1"), new BigDecimal("1.123456")).build());
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
