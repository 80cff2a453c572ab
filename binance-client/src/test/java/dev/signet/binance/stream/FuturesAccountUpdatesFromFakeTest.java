package dev.signet.binance.stream;

import static dev.signet.binance.stream.BinanceStreamsTest.next;
import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.binance.BinanceClient;
import dev.signet.binance.BinanceCredentials;
import dev.signet.binance.futures.MarginType;
import dev.signet.binance.futures.PositionSide;
import dev.signet.binance.futures.trade.NewFuturesOrder;
import dev.signet.binance.futures.userdata.AccountUpdate;
import dev.signet.binance.futures.userdata.FuturesUserEvent;
import dev.signet.binance.futures.userdata.OrderTradeUpdate;
import dev.signet.binance.spot.OrderSide;
import dev.signet.core.stream.StreamItem;
import dev.signet.testkit.FakeBinance;
import dev.signet.testkit.FakeBinanceStreams;
import dev.signet.testkit.FakeClock;
import dev.signet.testkit.FakeFutures;
import dev.signet.testkit.TestKeys;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * USD-M {@code ACCOUNT_UPDATE}s from the fake's own state, decoded through
 * {@link FuturesUserDataStream}: a fill's balance and position (reason {@code ORDER}, after its
 * {@code ORDER_TRADE_UPDATE}), a funding fee on a cross position (reason {@code FUNDING_FEE}, the
 * balance only, as Binance documents), the closing fill's realized profit, and funding on an
 * isolated position (the balance and that position).
 */
class FuturesAccountUpdatesFromFakeTest {
  private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
  private final String secret = TestKeys.binanceSecret();
  private final FakeClock clock = FakeClock.frozenAt(NOW);
  private final FakeFutures futures = FakeFutures.withBalance(d("10000")).market("BTCUSDT", d("40000"), d("0.10"), d("0.001"));
  private final FakeBinance rest = FakeBinance.builder().hmacKey("bot-key", secret).clock(clock).futures(futures).build();
  private final FakeBinanceStreams streams = new FakeBinanceStreams().publishFuturesUserData(futures);
  private final BinanceClient client = BinanceClient.builder().credentials(BinanceCredentials.hmac("bot-key", secret))
      .futuresBaseUrl(rest.baseUrl()).clock(clock).build();
  private FuturesUserDataStream user;

  @AfterEach
  void stop() {
    if (user != null) {
      user.close();
    }
    client.close();
    streams.close();
    rest.close();
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private FuturesUserEvent nextEvent() throws InterruptedException {
    StreamItem<FuturesUserEvent> item = next(user.events());
    assertThat(item).isInstanceOf(StreamItem.Event.class);
    return ((StreamItem.Event<FuturesUserEvent>) item).value();
  }

  private void connect() throws InterruptedException {
    user = FuturesUserDataStream.builder(client.futures().userStream()).baseUrl(streams.baseUrl()).build();
    String key = client.futures().userStream().start(); // the active key, returned again
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (streams.userDataConnections(key) != 1) {
      assertThat(System.nanoTime()).as("the user data connection").isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  private static AccountUpdate update(String reason, String wallet, List<AccountUpdate.Position> positions) {
    return new AccountUpdate(NOW, NOW, new AccountUpdate.Update(reason,
        List.of(new AccountUpdate.Balance("USDT", d(wallet), d(wallet), d("0"))), positions));
  }

  @Test
  void fillsAndFundingArriveAsAccountUpdatesWithTheFakesBalanceAndPosition() throws Exception {
    connect();
    client.futures().trading().newOrder(NewFuturesOrder.market("BTCUSDT", OrderSide.BUY, d("0.010")).build());
    assertThat(((OrderTradeUpdate) nextEvent()).order().executionType().value()).isEqualTo("NEW");
    assertThat(((OrderTradeUpdate) nextEvent()).order().executionType().value()).isEqualTo("TRADE");
    assertThat(nextEvent()).isEqualTo(update("ORDER", "10000", List.of(new AccountUpdate.Position("BTCUSDT",
        d("0.010"), d("40000"), d("40000"), d("0"), d("0"), MarginType.CROSS_REPORTED, d("0"), PositionSide.BOTH))));

    futures.setMarkPrice("BTCUSDT", d("41000"));
    futures.chargeFunding("BTCUSDT", d("0.0001")); // the long pays 0.010 x 41000 x 0.0001 = 0.041
    assertThat(nextEvent()).isEqualTo(update("FUNDING_FEE", "9999.95900000", List.of()));

    client.futures().trading().newOrder(NewFuturesOrder.market("BTCUSDT", OrderSide.SELL, d("0.010")).build());
    assertThat(((OrderTradeUpdate) nextEvent()).order().executionType().value()).isEqualTo("NEW");
    assertThat(((OrderTradeUpdate) nextEvent()).order().realizedProfit()).isEqualByComparingTo("10");
    assertThat(nextEvent()).isEqualTo(update("ORDER", "10009.95900000", List.of(new AccountUpdate.Position("BTCUSDT",
        d("0"), d("0"), d("0"), d("10.000"), d("0"), MarginType.CROSS_REPORTED, d("0"), PositionSide.BOTH))));
    assertThat(futures.walletBalance()).isEqualByComparingTo("10009.959");
  }

  @Test
  void fundingOnAnIsolatedPositionAlsoReportsThatPosition() throws Exception {
    connect();
    client.futures().trading().changeMarginType("BTCUSDT", MarginType.ISOLATED);
    client.futures().trading().newOrder(NewFuturesOrder.market("BTCUSDT", OrderSide.SELL, d("0.010")).build());
    nextEvent(); // NEW
    nextEvent(); // TRADE
    // 0.010 x 40000 / 20 = 20 USDT of isolated margin, out of the cross wallet
    assertThat(nextEvent()).isEqualTo(new AccountUpdate(NOW, NOW, new AccountUpdate.Update("ORDER",
        List.of(new AccountUpdate.Balance("USDT", d("10000"), d("9980.00000000"), d("0"))),
        List.of(new AccountUpdate.Position("BTCUSDT", d("-0.010"), d("40000"), d("40000"), d("0"), d("0"),
            MarginType.ISOLATED_REPORTED, d("20.00000000"), PositionSide.BOTH)))));

    futures.chargeFunding("BTCUSDT", d("0.0001")); // the short receives 0.010 x 40000 x 0.0001 = 0.04
    assertThat(nextEvent()).isEqualTo(new AccountUpdate(NOW, NOW, new AccountUpdate.Update("FUNDING_FEE",
        List.of(new AccountUpdate.Balance("USDT", d("10000.04000000"), d("9980.04000000"), d("0"))),
        List.of(new AccountUpdate.Position("BTCUSDT", d("-0.010"), d("40000"), d("40000"), d("0"), d("0"),
            MarginType.ISOLATED_REPORTED, d("20.00000000"), PositionSide.BOTH)))));
  }
}
