package dev.signet.binance;

import static dev.signet.binance.FuturesAccountDataTest.Z8;
import static dev.signet.binance.FuturesAccountDataTest.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.RecordingLimiter.Reservation;
import dev.signet.binance.futures.PositionSide;
import dev.signet.binance.futures.account.AccountAssetV2;
import dev.signet.binance.futures.account.AccountPositionV2;
import dev.signet.binance.futures.account.FuturesAccountV2;
import dev.signet.binance.futures.account.FuturesBalance;
import dev.signet.binance.futures.account.PmAccountInfo;
import dev.signet.binance.futures.account.TradingRuleIndicator;
import dev.signet.binance.futures.account.TradingRuleIndicators;
import dev.signet.core.Endpoint.Kind;
import dev.signet.core.Endpoint.Limit;
import dev.signet.core.MalformedResponseException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Account v2, balance v2 and the Classic Portfolio Margin account info: as sent, weighed, decoded. */
class FuturesAccountV2Test {
  private final SapiCalls calls;

  FuturesAccountV2Test() throws Exception {
    calls = new SapiCalls();
  }

  @AfterEach
  void stop() {
    calls.close();
  }

  @Test
  void accountV2DecodesEveryFieldOfTheDocsExampleWhoseCanTradeIsInAComment() throws Exception {
    calls.respondWith("futures_account_v2.json");
    FuturesAccountV2 a = calls.client.futures().accountData().accountV2();
    calls.assertSignedRequest("GET", "/fapi/v2/account");
    Instant updated = Instant.ofEpochMilli(1625474304765L);
    BigDecimal usdt = d("23.72469206");
    assertThat(a).isEqualTo(new FuturesAccountV2(0, true, null, true, true, Instant.EPOCH, false, -1, Z8, Z8, usdt, Z8,
        usdt, Z8, Z8, usdt, Z8, usdt, usdt,
        List.of(new AccountAssetV2("USDT", usdt, Z8, usdt, Z8, Z8, Z8, Z8, usdt, Z8, usdt, usdt, true, updated),
            new AccountAssetV2("BUSD", d("103.12345678"), Z8, d("103.12345678"), Z8, Z8, Z8, Z8, d("103.12345678"), Z8,
                d("103.12345678"), d("103.12345678"), true, updated)),
        List.of(new AccountPositionV2("BTCUSDT", d("0"), d("0"), Z8, d("0"), d("0"), 100, true, d("0.00000"),
            d("250000"), d("0"), d("0"), PositionSide.BOTH, d("0"), Instant.EPOCH))));
    calls.respond(TestData.jsonc("fixtures/futures_account_v2.json").replace("\"feeBurn\": true,",
        "\"feeBurn\": true, \"canTrade\": false,"));
    assertThat(calls.client.futures().accountData().accountV2().canTrade()).isFalse();
  }

  @Test
  void balanceV2AndPmAccountInfoDecodeTheDocsExamples() throws Exception {
    calls.respondWith("futures_balance_v2.json");
    assertThat(calls.client.futures().accountData().balancesV2()).containsExactly(new FuturesBalance("SgsR", "USDT",
        d("122607.35137903"), d("23.72469206"), Z8, d("23.72469206"), d("23.72469206"), true,
        Instant.ofEpochMilli(1617939110373L)));
    calls.assertSignedRequest("GET", "/fapi/v2/balance");
    calls.respondWith("futures_pm_account_info.json");
    assertThat(calls.client.futures().accountData().pmAccountInfo("BTC"))
        .isEqualTo(new PmAccountInfo(d("1627523.32459208"), "BTC", d("27.43689636")));
    calls.assertSignedRequest("GET", "/fapi/v1/pmAccountInfo", "asset", "BTC");
  }

  @Test
  void eachCallReservesTheWeightOfItsRowAndBadInputOrAnswersAreNamed() {
    RecordingLimiter futures = new RecordingLimiter();
    try (BinanceClient client = TestData.clientFor(calls.server).clock(SapiCalls.CLOCK)
        .rateLimiters(new RecordingLimiter(), futures).build()) {
      calls.respondWith("futures_account_v2.json");
      calls.respondWith("futures_balance_v2.json");
      calls.respondWith("futures_pm_account_info.json");
      client.futures().accountData().accountV2();
      client.futures().accountData().balancesV2();
      client.futures().accountData().pmAccountInfo("BTC");
    }
    assertThat(futures.reservations).containsExactly(
        new Reservation("GET /fapi/v2/account", Kind.READ, Limit.IP_WEIGHT, 5, 0),
        new Reservation("GET /fapi/v2/balance", Kind.READ, Limit.IP_WEIGHT, 5, 0),
        new Reservation("GET /fapi/v1/pmAccountInfo", Kind.READ, Limit.IP_WEIGHT, 5, 0));
    int sent = calls.server.getRequestCount();
    assertThatThrownBy(() -> calls.client.futures().accountData().pmAccountInfo(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("asset is empty; pass a coin such as BTC.");
    assertThat(calls.server.getRequestCount()).isEqualTo(sent);
    calls.respond(TestData.jsonc("fixtures/futures_account_v2.json").replace("\"leverage\": \"100\",", ""));
    assertThatThrownBy(() -> calls.client.futures().accountData().accountV2())
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageStartingWith("GET /fapi/v2/account: the response (HTTP 200) could not be decoded: ")
        .hasMessageContaining("'leverage'");
  }

  @Test
  void apiTradingStatusDecodesTheDocsExampleAndWeighsBySymbol() throws Exception {
    Instant recover = Instant.ofEpochMilli(1545741270000L);
    calls.respondWith("futures_api_trading_status.json");
    TradingRuleIndicators s = calls.client.futures().accountData().apiTradingStatus("BTCUSDT");
    calls.assertSignedRequest("GET", "/fapi/v1/apiTradingStatus", "symbol", "BTCUSDT");
    List<TradingRuleIndicator> each = List.of(
        new TradingRuleIndicator(true, recover, "UFR", d("0.05"), d("0.995")),
        new TradingRuleIndicator(true, recover, "IFER", d("0.99"), d("0.99")),
        new TradingRuleIndicator(true, recover, "GCR", d("0.99"), d("0.99")),
        new TradingRuleIndicator(true, recover, "DR", d("0.99"), d("0.99")));
    assertThat(s).isEqualTo(new TradingRuleIndicators(Map.of("BTCUSDT", each, "ETHUSDT", each), recover));
    calls.respond(TestData.jsonc("fixtures/futures_api_trading_status_as_published.json"));
    assertThatThrownBy(() -> calls.client.futures().accountData().apiTradingStatus("BTCUSDT"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessage("GET /fapi/v1/apiTradingStatus: the response (HTTP 200) could not be decoded: at indicators.ETHUSDT:"
            + " Unexpected character ('{' (code 123)): was expecting comma to separate Array entries");
    RecordingLimiter futures = new RecordingLimiter();
    try (BinanceClient client = TestData.clientFor(calls.server).clock(SapiCalls.CLOCK)
        .rateLimiters(new RecordingLimiter(), futures).build()) {
      calls.respond("{\"indicators\":{},\"updateTime\":0}");
      calls.respondWith("futures_api_trading_status.json");
      assertThat(client.futures().accountData().apiTradingStatus().indicators()).isEmpty();
      client.futures().accountData().apiTradingStatus("BTCUSDT");
    }
    assertThat(futures.reservations).extracting(Reservation::weight).containsExactly(10, 1);
    calls.respond("{\"indicators\":{\"ACCOUNT\":[{\"indicator\":\"TMV\",\"value\":10,\"triggerValue\":1,"
        + "\"isLocked\":true}]},\"updateTime\":1644913304748}");
    assertThat(calls.client.futures().accountData().apiTradingStatus().indicators().get("ACCOUNT"))
        .containsExactly(new TradingRuleIndicator(true, null, "TMV", d("10"), d("1")));
    calls.respond("{\"indicators\":{\"BTCUSDT\":null},\"updateTime\":0}");
    assertThatThrownBy(() -> calls.client.futures().accountData().apiTradingStatus())
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageStartingWith("GET /fapi/v1/apiTradingStatus: the response (HTTP 200) could not be decoded: ")
        .hasMessageContaining("field 'indicators' has a null value for 'BTCUSDT'");
  }
}
