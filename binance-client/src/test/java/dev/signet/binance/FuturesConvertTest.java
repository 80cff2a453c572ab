package dev.signet.binance;

import static dev.signet.binance.FuturesAccountDataTest.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.RecordingLimiter.Reservation;
import dev.signet.binance.futures.account.ConvertAccepted;
import dev.signet.binance.futures.account.ConvertOrder;
import dev.signet.binance.futures.account.ConvertPair;
import dev.signet.binance.futures.account.ConvertQuote;
import dev.signet.binance.futures.account.ConvertQuoteRequest;
import dev.signet.binance.futures.account.ConvertStatus;
import dev.signet.core.Endpoint.Kind;
import dev.signet.core.Endpoint.Limit;
import dev.signet.core.MalformedResponseException;
import java.math.BigDecimal;
import java.time.Instant;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The futures convert: pairs (public), quote and acceptance (signed writes), order status, as sent and decoded. */
class FuturesConvertTest {
  static final ConvertOrder DOCS_ORDER = new ConvertOrder(933256278426274426L, ConvertStatus.SUCCESS, "BTC",
      d("0.00054414"), "USDT", d("20"), d("36755"), d("0.00002721"), Instant.ofEpochMilli(1623381330472L));
  private final SapiCalls calls;

  FuturesConvertTest() throws Exception {
    calls = new SapiCalls();
  }

  @AfterEach
  void stop() {
    calls.close();
  }

  @Test
  void pairsArePublicAndDecodeTheDocsExample() throws Exception {
    calls.respondWith("futures_convert_exchange_info.json");
    assertThat(calls.client.futures().convert().pairs("BTC", "USDT")).containsExactly(
        new ConvertPair("BTC", "USDT", d("0.0004"), d("50"), d("20"), d("2500000")));
    RecordedRequest req = calls.server.takeRequest();
    assertThat(req.getTarget()).isEqualTo("/fapi/v1/convert/exchangeInfo?fromAsset=BTC&toAsset=USDT");
    assertThat(req.getHeaders().get("X-MBX-APIKEY")).isNull();
    calls.respond("[]");
    calls.client.futures().convert().pairs(null, "USDT");
    assertThat(calls.server.takeRequest().getTarget()).isEqualTo("/fapi/v1/convert/exchangeInfo?toAsset=USDT");
  }

  @Test
  void getQuoteSpendOrReceivePostsOneAmountSigned() throws Exception {
    calls.respondWith("futures_convert_get_quote.json");
    ConvertQuote q = calls.client.futures().convert().getQuote(ConvertQuoteRequest.spend("BTC", "USDT", d("0.10")));
    calls.assertSignedRequest("POST", "/fapi/v1/convert/getQuote", "fromAsset", "BTC", "toAsset", "USDT", "fromAmount",
        "0.1");
    assertThat(q).isEqualTo(new ConvertQuote("12415572564", d("38163.7"), d("0.0000262"),
        Instant.ofEpochMilli(1623319461670L), d("3816.37"), d("0.1")));
    calls.respondWith("futures_convert_get_quote.json");
    calls.client.futures().convert().getQuote(ConvertQuoteRequest.receive("BTC", "USDT", d("3816.37")));
    calls.assertSignedRequest("POST", "/fapi/v1/convert/getQuote", "fromAsset", "BTC", "toAsset", "USDT", "toAmount",
        "3816.37");
  }

  @Test
  void acceptQuoteAndOrderStatusByOrderOrQuoteId() throws Exception {
    calls.respondWith("futures_convert_accept_quote.json");
    ConvertAccepted a = calls.client.futures().convert().acceptQuote("12415572564");
    calls.assertSignedRequest("POST", "/fapi/v1/convert/acceptQuote", "quoteId", "12415572564");
    assertThat(a).isEqualTo(new ConvertAccepted(933256278426274426L, Instant.ofEpochMilli(1623381330472L),
        ConvertStatus.PROCESS));
    assertThat(a.orderStatus().isFinal()).isFalse();
    calls.respondWith("futures_convert_order_status.json");
    assertThat(calls.client.futures().convert().orderStatus(a.orderId())).isEqualTo(DOCS_ORDER);
    calls.assertSignedRequest("GET", "/fapi/v1/convert/orderStatus", "orderId", "933256278426274426");
    calls.respondWith("futures_convert_order_status.json");
    assertThat(calls.client.futures().convert().orderStatus("12415572564").orderStatus().isFinal()).isTrue();
    calls.assertSignedRequest("GET", "/fapi/v1/convert/orderStatus", "quoteId", "12415572564");
  }

  @Test
  void eachCallReservesTheWeightOfItsRow() {
    RecordingLimiter futures = new RecordingLimiter();
    try (BinanceClient client = TestData.clientFor(calls.server).clock(SapiCalls.CLOCK)
        .rateLimiters(new RecordingLimiter(), futures).build()) {
      calls.respondWith("futures_convert_exchange_info.json");
      calls.respondWith("futures_convert_get_quote.json");
      calls.respondWith("futures_convert_accept_quote.json");
      calls.respondWith("futures_convert_order_status.json");
      client.futures().convert().pairs("BTC", null);
      client.futures().convert().getQuote(ConvertQuoteRequest.spend("BTC", "USDT", BigDecimal.ONE));
      client.futures().convert().acceptQuote("1");
      client.futures().convert().orderStatus(1);
    }
    assertThat(futures.reservations).containsExactly(
        new Reservation("GET /fapi/v1/convert/exchangeInfo", Kind.READ, Limit.IP_WEIGHT, 20, 0),
        new Reservation("POST /fapi/v1/convert/getQuote", Kind.WRITE, Limit.IP_WEIGHT, 50, 0),
        new Reservation("POST /fapi/v1/convert/acceptQuote", Kind.WRITE, Limit.IP_WEIGHT, 200, 0),
        new Reservation("GET /fapi/v1/convert/orderStatus", Kind.READ, Limit.IP_WEIGHT, 50, 0));
  }

  @Test
  void badInputIsRefusedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> new ConvertQuoteRequest("BTC", "USDT", d("1"), d("2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pass exactly one of fromAmount and toAmount (use ConvertQuoteRequest.spend or"
            + " ConvertQuoteRequest.receive).");
    assertThatThrownBy(() -> ConvertQuoteRequest.spend("BTC", "BTC", d("1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fromAsset and toAsset are both BTC; pass two different assets.");
    assertThatThrownBy(() -> ConvertQuoteRequest.spend("BTC", "US DT", d("1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("toAsset 'US DT' holds a space; pass a coin such as BTC.");
    assertThatThrownBy(() -> ConvertQuoteRequest.receive("BTC", "USDT", d("-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("toAmount ");
    assertThatThrownBy(() -> calls.client.futures().convert().pairs(null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fromAsset and toAsset are both null; pass one or both, e.g. pairs(\"BTC\", null).");
    assertThatThrownBy(() -> calls.client.futures().convert().acceptQuote(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quoteId is empty; pass the quoteId getQuote returned.");
    assertThat(calls.server.getRequestCount()).isZero();
  }

  @Test
  void answersThatDoNotDecodeNameTheEndpointAndTheField() {
    calls.respond(TestData.jsonc("fixtures/futures_convert_get_quote.json").replace("\"quoteId\":\"12415572564\",", ""));
    assertThatThrownBy(() -> calls.client.futures().convert().getQuote(ConvertQuoteRequest.spend("BTC", "USDT", d("1"))))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageStartingWith("POST /fapi/v1/convert/getQuote: the response (HTTP 200) could not be decoded: ")
        .hasMessageContaining("required field 'quoteId' is missing or null");
    calls.respond(TestData.jsonc("fixtures/futures_convert_order_status.json").replace("\"20\"", "\"twenty\""));
    assertThatThrownBy(() -> calls.client.futures().convert().orderStatus(1))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageStartingWith("GET /fapi/v1/convert/orderStatus: the response (HTTP 200) could not be decoded: ")
        .hasMessageContaining("toAmount");
  }
}
