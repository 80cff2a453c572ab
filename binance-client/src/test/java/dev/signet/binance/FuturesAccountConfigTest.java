package dev.signet.binance;

import static dev.signet.binance.FuturesAccountDataTest.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.RecordingLimiter.Reservation;
import dev.signet.binance.futures.MarginType;
import dev.signet.binance.futures.account.AccountConfig;
import dev.signet.binance.futures.account.FeeBurnStatus;
import dev.signet.binance.futures.account.OrderRateLimit;
import dev.signet.binance.futures.account.SymbolConfig;
import dev.signet.core.Endpoint.Kind;
import dev.signet.core.Endpoint.Limit;
import dev.signet.core.MalformedResponseException;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The futures account's configuration, symbol configuration, order rate limits and BNB fee burn: as sent, weighed, decoded. */
class FuturesAccountConfigTest {
  private final SapiCalls calls;

  FuturesAccountConfigTest() throws Exception {
    calls = new SapiCalls();
  }

  @AfterEach
  void stop() {
    calls.close();
  }

  @Test
  void accountConfigDecodesEveryFieldOfTheDocsExample() throws Exception {
    calls.respondWith("futures_account_config.json");
    AccountConfig c = calls.client.futures().accountData().accountConfig();
    calls.assertSignedRequest("GET", "/fapi/v1/accountConfig");
    assertThat(c).isEqualTo(new AccountConfig(0, true, true, true, true, Instant.EPOCH, false, -1));
  }

  @Test
  void symbolConfigsWithAndWithoutASymbolDecodeTheStringBoolean() throws Exception {
    SymbolConfig btc = new SymbolConfig("BTCUSDT", MarginType.CROSSED, false, 21, d("1000000"));
    calls.respondWith("futures_symbol_config.json");
    assertThat(calls.client.futures().accountData().symbolConfigs("BTCUSDT")).containsExactly(btc);
    calls.assertSignedRequest("GET", "/fapi/v1/symbolConfig", "symbol", "BTCUSDT");
    calls.respondWith("futures_symbol_config.json");
    assertThat(calls.client.futures().accountData().symbolConfigs().get(0).marginType()).isSameAs(MarginType.CROSSED);
    calls.assertSignedRequest("GET", "/fapi/v1/symbolConfig");
  }

  @Test
  void orderRateLimitsAndFeeBurnDecodeTheDocsExamples() throws Exception {
    calls.respondWith("futures_rate_limit_order.json");
    assertThat(calls.client.futures().accountData().orderRateLimits()).containsExactly(
        new OrderRateLimit("ORDERS", "SECOND", 10, 10000), new OrderRateLimit("ORDERS", "MINUTE", 1, 20000));
    calls.assertSignedRequest("GET", "/fapi/v1/rateLimit/order");
    calls.respondWith("futures_fee_burn.json");
    assertThat(calls.client.futures().accountData().feeBurn()).isEqualTo(new FeeBurnStatus(true));
    calls.assertSignedRequest("GET", "/fapi/v1/feeBurn");
  }

  @Test
  void setFeeBurnPostsTheFlagSignedInTheBody() throws Exception {
    calls.respondWith("futures_fee_burn_set.json");
    calls.client.futures().accountData().setFeeBurn(false);
    calls.assertSignedRequest("POST", "/fapi/v1/feeBurn", "feeBurn", "false");
    calls.respond("{\"code\":400,\"msg\":\"failed\"}");
    assertThatThrownBy(() -> calls.client.futures().accountData().setFeeBurn(true))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessage("POST /fapi/v1/feeBurn: the response (HTTP 200) could not be decoded: field 'code' is 400, not 200");
    calls.assertSignedRequest("POST", "/fapi/v1/feeBurn", "feeBurn", "true");
  }

  @Test
  void eachCallReservesTheWeightOfItsRow() {
    RecordingLimiter futures = new RecordingLimiter();
    try (BinanceClient client = TestData.clientFor(calls.server).clock(SapiCalls.CLOCK)
        .rateLimiters(new RecordingLimiter(), futures).build()) {
      calls.respondWith("futures_account_config.json");
      calls.respondWith("futures_symbol_config.json");
      calls.respondWith("futures_rate_limit_order.json");
      calls.respondWith("futures_fee_burn.json");
      calls.respondWith("futures_fee_burn_set.json");
      client.futures().accountData().accountConfig();
      client.futures().accountData().symbolConfigs();
      client.futures().accountData().orderRateLimits();
      client.futures().accountData().feeBurn();
      client.futures().accountData().setFeeBurn(true);
    }
    assertThat(futures.reservations).containsExactly(
        new Reservation("GET /fapi/v1/accountConfig", Kind.READ, Limit.IP_WEIGHT, 5, 0),
        new Reservation("GET /fapi/v1/symbolConfig", Kind.READ, Limit.IP_WEIGHT, 5, 0),
        new Reservation("GET /fapi/v1/rateLimit/order", Kind.READ, Limit.IP_WEIGHT, 1, 0),
        new Reservation("GET /fapi/v1/feeBurn", Kind.READ, Limit.IP_WEIGHT, 30, 0),
        new Reservation("POST /fapi/v1/feeBurn", Kind.WRITE, Limit.IP_WEIGHT, 1, 0));
  }

  @Test
  void badInputIsRefusedAndBadAnswersNameTheField() {
    assertThatThrownBy(() -> calls.client.futures().accountData().symbolConfigs(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("symbol '' is not a Binance symbol: it must match ^[A-Z0-9-_.]{1,20}$");
    assertThat(calls.server.getRequestCount()).isZero();
    calls.respond(TestData.jsonc("fixtures/futures_account_config.json").replace("\"canTrade\": true,", ""));
    assertThatThrownBy(() -> calls.client.futures().accountData().accountConfig())
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageStartingWith("GET /fapi/v1/accountConfig: the response (HTTP 200) could not be decoded: ")
        .hasMessageContaining("'canTrade'");
    calls.respond(TestData.jsonc("fixtures/futures_symbol_config.json").replace("\"CROSSED\"", "null"));
    assertThatThrownBy(() -> calls.client.futures().accountData().symbolConfigs())
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageStartingWith("GET /fapi/v1/symbolConfig: the response (HTTP 200) could not be decoded: ")
        .hasMessageContaining("required field 'marginType' is missing or null");
  }
}
