package dev.signet.kraken;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.kraken.market.BookLevel;
import dev.signet.kraken.market.Candle;
import dev.signet.kraken.market.Ohlc;
import dev.signet.kraken.market.OhlcInterval;
import dev.signet.kraken.market.OrderBook;
import dev.signet.kraken.market.PublicTrade;
import dev.signet.kraken.market.RecentTrades;
import java.math.BigDecimal;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The documented market-data examples decoded with exact values, and the requests as sent. */
class KrakenMarketDecodeTest {
  private final MockWebServer server = new MockWebServer();
  private KrakenClient kraken;

  @BeforeEach
  void start() throws Exception {
    server.start(0);
    kraken = KrakenClient.builder().baseUrl(server.url("/").toString()).build();
  }

  @AfterEach
  void stop() {
    kraken.close();
    server.close();
  }

  private void respond(String fixture) {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
        .body(KrakenTestData.resource("fixtures/" + fixture)).build());
  }

  @Test
  void ohlcSendsPairIntervalSinceAndDecodesTheDocsRows() throws Exception {
    respond("ohlc.json");
    Ohlc ohlc = kraken.market().ohlc("XBTUSD", OhlcInterval.MINUTE_1, 1688671100L);
    RecordedRequest req = server.takeRequest();
    assertThat(req.getMethod()).isEqualTo("GET");
    assertThat(req.getTarget()).isEqualTo("/0/public/OHLC?pair=XBTUSD&interval=1&since=1688671100");
    assertThat(ohlc.pair()).isEqualTo("XXBTZUSD");
    assertThat(ohlc.last()).isEqualTo(1688672160L);
    assertThat(ohlc.candles()).hasSize(4);
    assertThat(ohlc.candles().get(0)).isEqualTo(new Candle(Instant.ofEpochSecond(1688671200L), new BigDecimal("30306.1"),
        new BigDecimal("30306.2"), new BigDecimal("30305.7"), new BigDecimal("30305.7"), new BigDecimal("30306.1"),
        new BigDecimal("3.39243896"), 23));
  }

  @Test
  void tradesKeepFractionalSecondsExactlyAndTheStringCursor() throws Exception {
    respond("recent_trades.json");
    RecentTrades trades = kraken.market().trades("XBTUSD", "1688669597000000000", 3);
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/0/public/Trades?pair=XBTUSD&since=1688669597000000000&count=3");
    assertThat(trades.pair()).isEqualTo("XXBTZUSD");
    assertThat(trades.last()).isEqualTo("1688671969993150842");
    assertThat(trades.trades().get(0)).isEqualTo(new PublicTrade(new BigDecimal("30243.40000"),
        new BigDecimal("0.34507674"), Instant.ofEpochSecond(1688669597L, 827736900), "b", "m", "", 61044952L));
    assertThat(trades.trades().get(2).time()).isEqualTo(Instant.ofEpochSecond(1688669602L, 698379000));
  }

  @Test
  void depthDecodesLevelsWithTimestamps() throws Exception {
    respond("depth.json");
    OrderBook book = kraken.market().depth("XBTUSD", 3);
    assertThat(server.takeRequest().getTarget()).isEqualTo("/0/public/Depth?pair=XBTUSD&count=3");
    assertThat(book.pair()).isEqualTo("XXBTZUSD");
    assertThat(book.asks().get(0)).isEqualTo(new BookLevel(new BigDecimal("30384.10000"), new BigDecimal("2.059"),
        Instant.ofEpochSecond(1688671659L)));
    assertThat(book.bids().get(2)).isEqualTo(new BookLevel(new BigDecimal("30289.80000"), new BigDecimal("5.001"),
        Instant.ofEpochSecond(1688671673L)));
  }
}
