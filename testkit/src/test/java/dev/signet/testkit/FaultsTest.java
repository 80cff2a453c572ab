package dev.signet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.BinanceApiException;
import dev.signet.binance.BinanceClient;
import dev.signet.binance.spot.NewOrder;
import dev.signet.binance.spot.OrderSide;
import dev.signet.core.ExchangeApiException;
import dev.signet.core.MalformedResponseException;
import dev.signet.core.SignetTimeoutException;
import dev.signet.core.TransportException;
import dev.signet.kraken.trading.AddOrder;
import dev.signet.kraken.trading.Side;
import java.math.BigDecimal;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each scripted fault reaches the SDK as the documented exception, and state changes as scripted. */
class FaultsTest {
  @RegisterExtension
  final FakeBinanceExtension binance = new FakeBinanceExtension(fake -> fake
      .market("BTCUSDT", "BTC", "USDT", new BigDecimal("40000")).balance("USDT", new BigDecimal("10000")));

  @RegisterExtension
  final FakeKrakenExtension kraken = new FakeKrakenExtension(fake -> fake
      .pair("XBTUSD", "XXBT", "ZUSD", new BigDecimal("40000")).balance("ZUSD", new BigDecimal("10000")));

  private static NewOrder marketBuy() {
    return NewOrder.market("BTCUSDT", OrderSide.BUY, new BigDecimal("0.01")).build();
  }

  @Test
  void tooManyRequestsCarriesRetryAfterAndIsNotProcessed() {
    binance.fake().failNext(1, Fault.tooManyRequests(7));
    assertThatThrownBy(() -> binance.client().spot().newOrder(marketBuy()))
        .isInstanceOfSatisfying(BinanceApiException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(429);
          assertThat(e.code()).isEqualTo(-1003);
        });
    assertThat(binance.fake().requests().get(0).getHeaders().get("X-MBX-APIKEY")).isNotBlank();
    assertThat(binance.fake().ordersPlaced()).isZero();
    assertThat(binance.client().spot().newOrder(marketBuy()).executedQty()).isEqualByComparingTo("0.01");
  }

  @Test
  void bannedIs418WithTheBanEnd() {
    binance.fake().failNext(1, Fault.banned(120));
    assertThatThrownBy(() -> binance.client().spot().account())
        .isInstanceOfSatisfying(BinanceApiException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(418);
          assertThat(e.message()).startsWith("Way too much request weight used; IP banned until ");
        });
  }

  @Test
  void htmlServiceUnavailableIsKeptWhole() {
    binance.fake().failNext(1, Fault.serviceUnavailableHtml());
    assertThatThrownBy(() -> binance.client().spot().serverTime())
        .isExactlyInstanceOf(ExchangeApiException.class)
        .hasMessageStartingWith("HTTP 503 with a body that is not an exchange error: <html>");
  }

  @Test
  void disconnectAfterRequestLeavesTheOrderPlacedAndTheOutcomeUnknownToTheClient() {
    binance.fake().failNext(1, Fault.disconnectAfterRequest());
    assertThatThrownBy(() -> binance.client().spot().newOrder(marketBuy()))
        .isInstanceOf(TransportException.class)
        .satisfies(e -> assertThat(((TransportException) e).nothingSent()).isFalse());
    assertThat(binance.fake().ordersPlaced()).isEqualTo(1);
    assertThat(binance.fake().requestCount()).as("no silent resend").isEqualTo(1);

    kraken.fake().failNext(1, Fault.disconnectAfterRequest());
    assertThatThrownBy(() -> kraken.client().addOrder(AddOrder.market("XBTUSD", Side.BUY, new BigDecimal("0.01")).build()))
        .isInstanceOf(TransportException.class);
    assertThat(kraken.fake().ordersPlaced()).isEqualTo(1);
    assertThat(kraken.fake().requestCount()).isEqualTo(1);
  }

  @Test
  void slowResponseTimesOut() {
    try (BinanceClient impatient = binance.newClient()
        .httpClient(new OkHttpClient.Builder().readTimeout(Duration.ofMillis(200)).build()).build()) {
      binance.fake().failNext(1, Fault.slowResponse(Duration.ofSeconds(2)));
      assertThatThrownBy(() -> impatient.spot().serverTime())
          .isInstanceOf(SignetTimeoutException.class)
          .hasMessageStartingWith("GET /api/v3/time: timed out");
    }
  }

  @Test
  void malformedJsonIsReportedWithTheStatusAfterTheOrderWasPlaced() {
    kraken.fake().failNext(1, Fault.malformedJson());
    assertThatThrownBy(() -> kraken.client().addOrder(AddOrder.market("XBTUSD", Side.BUY, new BigDecimal("0.01")).build()))
        .isInstanceOfSatisfying(MalformedResponseException.class, e -> assertThat(e.httpStatus()).isEqualTo(200));
    assertThat(kraken.fake().ordersPlaced()).isEqualTo(1);
  }
}
