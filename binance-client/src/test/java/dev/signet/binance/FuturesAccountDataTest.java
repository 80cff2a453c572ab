package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.RecordingLimiter.Reservation;
import dev.signet.binance.futures.PositionSide;
import dev.signet.binance.futures.account.AccountAsset;
import dev.signet.binance.futures.account.AccountPosition;
import dev.signet.binance.futures.account.CommissionRate;
import dev.signet.binance.futures.account.FuturesAccount;
import dev.signet.binance.futures.account.FuturesBalance;
import dev.signet.binance.futures.account.LeverageBracket;
import dev.signet.binance.futures.account.NotionalBracket;
import dev.signet.core.Endpoint.Kind;
import dev.signet.core.Endpoint.Limit;
import dev.signet.core.MalformedResponseException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The typed USD-M Futures account-data calls: the request as sent and signed, its weight, the docs' example decoded exactly. */
class FuturesAccountDataTest {
  private final SapiCalls calls;

  FuturesAccountDataTest() throws Exception {
    calls = new SapiCalls();
  }

  @AfterEach
  void stop() {
    calls.close();
  }

  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  static final BigDecimal Z8 = d("0.00000000");

  @Test
  void accountV3IsSignedAndDecodesEveryFieldOfTheDocsExample() throws Exception {
    calls.respondWith("futures_account_v3.json");
    FuturesAccount a = calls.client.futures().accountData().account();
    calls.assertSignedRequest("GET", "/fapi/v3/account");
    Instant updated = Instant.ofEpochMilli(1625474304765L);
    assertThat(a).isEqualTo(new FuturesAccount(Z8, Z8, d("103.12345678"), Z8, d("103.12345678"), Z8, Z8,
        d("103.12345678"), Z8, d("103.12345678"), d("103.12345678"),
        List.of(new AccountAsset("USDT", d("23.72469206"), Z8, d("23.72469206"), Z8, Z8, Z8, Z8, d("23.72469206"), Z8,
                d("23.72469206"), d("23.72469206"), updated),
            new AccountAsset("USDC", d("103.12345678"), Z8, d("103.12345678"), Z8, Z8, Z8, Z8, d("103.12345678"), Z8,
                d("126.72469206"), d("103.12345678"), updated)),
        List.of(new AccountPosition("BTCUSDT", PositionSide.BOTH, d("1.000"), Z8, Z8, d("0"), d("0"), d("0"), d("0"),
            Instant.EPOCH))));
    assertThat(a.positions().get(0).positionSide()).isSameAs(PositionSide.BOTH);
  }

  @Test
  void theAccountV3ExampleAsPublishedIsNotJsonAndFailsNamingTheEndpoint() {
    calls.respond(TestData.jsonc("fixtures/futures_account_v3_as_published.json"));
    assertThatThrownBy(() -> calls.client.futures().accountData().account())
        .isInstanceOf(MalformedResponseException.class)
        .hasMessage("GET /fapi/v3/account: the response (HTTP 200) could not be decoded: at assets: Unexpected"
            + " character ('\u00a0' (code 160)): expected a valid value (JSON String, Number, Array, Object or token"
            + " 'null', 'true' or 'false')");
  }

  @Test
  void balanceV3DecodesTheDocsExample() throws Exception {
    calls.respondWith("futures_balance_v3.json");
    List<FuturesBalance> b = calls.client.futures().accountData().balances();
    calls.assertSignedRequest("GET", "/fapi/v3/balance");
    assertThat(b).containsExactly(new FuturesBalance("SgsR", "USDT", d("122607.35137903"), d("23.72469206"), Z8,
        d("23.72469206"), d("23.72469206"), true, Instant.ofEpochMilli(1617939110373L)));
  }

  @Test
  void commissionRateSendsTheSymbolAndDecodesTheRpiRate() throws Exception {
    calls.respondWith("futures_commission_rate.json");
    CommissionRate r = calls.client.futures().accountData().commissionRate("BTCUSDT");
    calls.assertSignedRequest("GET", "/fapi/v1/commissionRate", "symbol", "BTCUSDT");
    assertThat(r).isEqualTo(new CommissionRate("BTCUSDT", d("0.0002"), d("0.0004"), null));
    calls.respond("{\"symbol\":\"BTCUSDT\",\"makerCommissionRate\":\"0.0002\",\"takerCommissionRate\":\"0.0004\","
        + "\"rpiCommissionRate\":\"0.00005\"}");
    assertThat(calls.client.futures().accountData().commissionRate("BTCUSDT"))
        .isEqualTo(new CommissionRate("BTCUSDT", d("0.0002"), d("0.0004"), d("0.00005")));
  }

  @Test
  void leverageBracketsAreAListWithoutASymbolAndAnObjectWithOne() throws Exception {
    LeverageBracket eth = new LeverageBracket("ETHUSDT", d("1.50"),
        List.of(new NotionalBracket(1, 75, d("10000"), d("0"), d("0.0065"), d("0"))));
    calls.respondWith("futures_leverage_bracket.json");
    assertThat(calls.client.futures().accountData().leverageBrackets()).containsExactly(eth);
    calls.assertSignedRequest("GET", "/fapi/v1/leverageBracket");
    calls.respondWith("futures_leverage_bracket_symbol.json");
    LeverageBracket one = calls.client.futures().accountData().leverageBracket("ETHUSDT");
    calls.assertSignedRequest("GET", "/fapi/v1/leverageBracket", "symbol", "ETHUSDT");
    assertThat(one).isEqualTo(new LeverageBracket("ETHUSDT", d("1.50"),
        List.of(new NotionalBracket(1, 75, d("10000"), d("0"), d("0.0065"), d("0")))));
    calls.respond(TestData.jsonc("fixtures/futures_leverage_bracket_symbol_as_published.json"));
    assertThatThrownBy(() -> calls.client.futures().accountData().leverageBracket("ETHUSDT"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessage("GET /fapi/v1/leverageBracket: the response (HTTP 200) could not be decoded: at brackets: Unexpected"
            + " character (']' (code 93)): expected a value");
    calls.respond("{\"symbol\":\"BTCUSDT\",\"brackets\":[]}");
    assertThat(calls.client.futures().accountData().leverageBracket("BTCUSDT").notionalCoef()).isNull();
  }

  @Test
  void eachCallReservesTheWeightOfItsRow() throws Exception {
    RecordingLimiter futures = new RecordingLimiter();
    try (BinanceClient client = TestData.clientFor(calls.server).clock(SapiCalls.CLOCK)
        .rateLimiters(new RecordingLimiter(), futures).build()) {
      calls.respondWith("futures_account_v3.json");
      calls.respondWith("futures_balance_v3.json");
      calls.respondWith("futures_commission_rate.json");
      calls.respondWith("futures_leverage_bracket.json");
      client.futures().accountData().account();
      client.futures().accountData().balances();
      client.futures().accountData().commissionRate("BTCUSDT");
      client.futures().accountData().leverageBrackets();
    }
    assertThat(futures.reservations).containsExactly(
        new Reservation("GET /fapi/v3/account", Kind.READ, Limit.IP_WEIGHT, 5, 0),
        new Reservation("GET /fapi/v3/balance", Kind.READ, Limit.IP_WEIGHT, 5, 0),
        new Reservation("GET /fapi/v1/commissionRate", Kind.READ, Limit.IP_WEIGHT, 20, 0),
        new Reservation("GET /fapi/v1/leverageBracket", Kind.READ, Limit.IP_WEIGHT, 1, 0));
  }

  @Test
  void badSymbolsAreRefusedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> calls.client.futures().accountData().commissionRate("btcusdt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("symbol 'btcusdt' is not a Binance symbol: it must match ^[A-Z0-9-_.]{1,20}$");
    assertThatThrownBy(() -> calls.client.futures().accountData().leverageBracket(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("symbol is null; pass a Binance symbol such as BTCUSDT.");
    assertThat(calls.server.getRequestCount()).isZero();
  }

  @Test
  void answersThatDoNotDecodeNameTheEndpointAndTheField() {
    calls.respond(TestData.jsonc("fixtures/futures_balance_v3.json").replace("\"balance\": \"122607.35137903\",", ""));
    assertThatThrownBy(() -> calls.client.futures().accountData().balances())
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageStartingWith("GET /fapi/v3/balance: the response (HTTP 200) could not be decoded: ")
        .hasMessageContaining("required field 'balance' is missing or null");
    calls.respond(TestData.jsonc("fixtures/futures_account_v3.json").replace("\"positionSide\": \"BOTH\",", ""));
    assertThatThrownBy(() -> calls.client.futures().accountData().account())
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageStartingWith("GET /fapi/v3/account: the response (HTTP 200) could not be decoded: ")
        .hasMessageContaining("positions[0]")
        .hasMessageContaining("required field 'positionSide' is missing or null");
    calls.respond("{\"symbol\":\"BTCUSDT\",\"makerCommissionRate\":\"0.02%\",\"takerCommissionRate\":\"0.0004\"}");
    assertThatThrownBy(() -> calls.client.futures().accountData().commissionRate("BTCUSDT"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageStartingWith("GET /fapi/v1/commissionRate: the response (HTTP 200) could not be decoded: ")
        .hasMessageContaining("makerCommissionRate");
  }
}
