package dev.signet.kraken.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.kraken.KrakenApiException;
import dev.signet.kraken.KrakenClient;
import dev.signet.kraken.KrakenCredentials;
import dev.signet.kraken.trading.AddOrder;
import dev.signet.kraken.trading.Side;
import dev.signet.testkit.FakeKraken;
import dev.signet.testkit.KrakenPairRules;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The typed market calls and the pre-flight against testkit's FakeKraken, whose AssetPairs publishes
 * the pair's {@link KrakenPairRules} and whose Ticker and Depth come from its resting orders.
 */
class KrakenMarketAgainstFakeTest {
  private static final String KEY = MarketFakes.KEY;
  private static final String SECRET = MarketFakes.SECRET;
  private static final Instant NOW = MarketFakes.NOW;

  private final FakeKraken fake = MarketFakes.fake();
  private final KrakenClient kraken = MarketFakes.client(fake);

  @AfterEach
  void stop() {
    kraken.close();
    fake.close();
  }

  @Test
  void statusAssetsAndPairsComeFromTheFakesConfiguration() {
    assertThat(kraken.market().systemStatus()).isEqualTo(new SystemStatus("online", "2026-03-01T12:00:00Z"));
    assertThat(kraken.market().assets().keySet()).containsExactly("XXBT", "ZUSD");
    assertThat(kraken.market().assets().get("XXBT").altname()).isEqualTo("XBT");
    AssetPair pair = kraken.market().assetPairs().get("XXBTZUSD");
    assertThat(pair.altname()).isEqualTo("XBTUSD");
    assertThat(pair.wsname()).isEqualTo("XBT/USD");
    assertThat(pair.pairDecimals()).isEqualTo(1);
    assertThat(pair.lotDecimals()).isEqualTo(8);
    PairRules rules = kraken.rules().pair("BTC/USD");
    assertThat(rules.id()).isEqualTo("XXBTZUSD");
    assertThat(rules.ordermin()).isEqualTo(new BigDecimal("0.0001"));
    assertThat(rules.costmin()).isEqualTo(new BigDecimal("0.5"));
    assertThat(rules.tickSize()).isEqualTo(new BigDecimal("0.1"));
  }

  @Test
  void tickerAndDepthShowTheRestingOrders() {
    kraken.trading().addOrder(AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("0.5"), new BigDecimal("39990.5")).build());
    kraken.trading().addOrder(AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("0.25"), new BigDecimal("39990.5")).build());
    kraken.trading().addOrder(AddOrder.limit("XBTUSD", Side.SELL, new BigDecimal("1"), new BigDecimal("40010")).build());
    TickerInfo t = kraken.market().ticker("XBTUSD").get("XXBTZUSD");
    assertThat(t.bid().price()).isEqualTo(new BigDecimal("39990.5"));
    assertThat(t.ask().price()).isEqualTo(new BigDecimal("40010"));
    assertThat(t.lastTrade().price()).isEqualTo(new BigDecimal("40000"));
    OrderBook book = kraken.market().depth("XBT/USD", 10);
    assertThat(book.pair()).isEqualTo("XXBTZUSD");
    assertThat(book.bids()).containsExactly(new BookLevel(new BigDecimal("39990.5"), new BigDecimal("0.75"), NOW));
    assertThat(book.asks()).containsExactly(new BookLevel(new BigDecimal("40010"), new BigDecimal("1"), NOW));
  }

  @Test
  void thePreflightRefusesWhatTheFakeWouldRefuseAndNothingIsSent() {
    AddOrder offTick = AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("0.5"), new BigDecimal("39990.55")).build();
    int before = fake.requestCount();
    assertThatThrownBy(() -> kraken.trading().addOrder(offTick)).isInstanceOf(PreflightException.class)
        .hasMessageContaining("price");
    assertThat(fake.requestCount()).isEqualTo(before + 1); // the AssetPairs load; the order never left
    assertThat(fake.ordersPlaced()).isZero();
    try (KrakenClient unchecked = KrakenClient.builder().credentials(KrakenCredentials.of(KEY, SECRET))
        .baseUrl(fake.baseUrl()).preflight(false).build()) {
      assertThatThrownBy(() -> unchecked.trading().addOrder(offTick)).isInstanceOf(KrakenApiException.class);
    }
    assertThat(fake.ordersPlaced()).isZero();
  }
}
