package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.futures.IncomeQuery;
import dev.signet.core.MalformedResponseException;
import dev.signet.core.RetryPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Any body ends in a typed value or a {@link MalformedResponseException} naming the endpoint and
 * what was wrong: never an NPE, a ClassCastException, a Jackson exception or a hang.
 */
class TotalDecodingTest {
  private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(1578963600000L), ZoneOffset.UTC);
  private static final String INCOME = "{\"symbol\":\"BTCUSDT\",\"incomeType\":\"COMMISSION\",\"income\":\"-0.01\","
      + "\"asset\":\"USDT\",\"info\":\"COMMISSION\",\"time\":1570636800000,\"tranId\":9689322392,\"tradeId\":\"2059192\"}";
  private static final String ORDER = TestData.jsonc("fixtures/spot_query_order.json");

  private final MockWebServer server = new MockWebServer();
  private BinanceClient client;

  @BeforeEach
  void start() throws Exception {
    server.start(0);
    client = TestData.clientFor(server)
        .clock(CLOCK)
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private MalformedResponseException malformed(String body, Supplier<?> call) {
    server.enqueue(new MockResponse.Builder().body(body).build());
    Throwable[] thrown = new Throwable[1];
    assertThatThrownBy(() -> call.get()).isInstanceOfSatisfying(MalformedResponseException.class, e -> thrown[0] = e);
    return (MalformedResponseException) thrown[0];
  }

  @ParameterizedTest(name = "income body {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "null | the value is null where a JSON array of Income is documented",
      "[null] | element [0] is null",
      "`[" + INCOME + ",null]` | element [1] is null",
      "`{}` | expected a JSON array of Income, found START_OBJECT",
      "`[" + INCOME + "` | Unexpected end-of-input",
      "'' | the body is empty",
      "`[" + INCOME + "] []` | more JSON follows the value (START_ARRAY)",
      "`<html><body>maintenance</body></html>` | Unexpected character ('<'",
  })
  void incomeBodiesThatDoNotDecodeNameTheEndpoint(String body, String reason) {
    MalformedResponseException e = malformed(body.equals("''") ? "" : body,
        () -> client.futures().income(IncomeQuery.builder().build()));
    assertThat(e.getMessage()).startsWith("GET /fapi/v1/income: the response (HTTP 200) could not be decoded: ")
        .contains(reason);
    assertThat(e.httpStatus()).isEqualTo(200);
  }

  @ParameterizedTest(name = "income field {0}")
  @CsvSource(delimiter = '|', value = {
      "\"income\":\"-0.01\" | \"income\":null | at [0]: required field 'income' is missing or null",
      "\"time\":1570636800000 | \"time\":\"soon\" | at [0].time",
      "\"time\":1570636800000 | \"time\":123456789012345678901234567890 | at [0].time",
      "\"asset\":\"USDT\" | \"asset\":7 | at [0].asset",
      "\"tranId\":9689322392 | \"tranId\":{\"a\":{\"b\":[1]}} | at [0].tranId",
  })
  void aBadFieldIsNamedWithItsPath(String good, String bad, String expected) {
    MalformedResponseException e = malformed("[" + INCOME.replace(good, bad) + "]",
        () -> client.futures().income(IncomeQuery.builder().build()));
    assertThat(e.getMessage()).startsWith("GET /fapi/v1/income: the response (HTTP 200) could not be decoded: " + expected);
  }

  @ParameterizedTest(name = "open orders body {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "null | the value is null where a JSON array of Order is documented",
      "`[" + "ORDER" + ",null]` | element [1] is null",
  })
  void openOrdersWithNullsAreMalformedNotNpe(String body, String reason) {
    MalformedResponseException e = malformed(body.replace("ORDER", ORDER), () -> client.spot().accountData().openOrders());
    assertThat(e.getMessage()).startsWith("GET /api/v3/openOrders: the response (HTTP 200) could not be decoded: ")
        .contains(reason);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a 5000-digit decimal | 5000",
      "deep nesting | 3000",
  })
  void constraintBreakingBodiesAreMalformed(String what, int size) {
    String body = what.startsWith("a 5000")
        ? "[" + INCOME.replace("\"-0.01\"", "-0." + "1".repeat(size)) + "]"
        : "[".repeat(size) + "]".repeat(size);
    MalformedResponseException e = malformed(body, () -> client.futures().income(IncomeQuery.builder().build()));
    assertThat(e.getMessage()).startsWith("GET /fapi/v1/income: the response (HTTP 200) could not be decoded: ");
  }

  @org.junit.jupiter.api.Test
  void invalidUtf8IsMalformed() {
    Buffer body = new Buffer().writeUtf8("[{\"symbol\":\"").write(new byte[] {(byte) 0xC3, (byte) 0x28}).writeUtf8("\"}]");
    server.enqueue(new MockResponse.Builder().body(body).build());
    assertThatThrownBy(() -> client.futures().income(IncomeQuery.builder().build()))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageStartingWith("GET /fapi/v1/income: the response (HTTP 200) could not be decoded: ")
        .hasMessageContaining("UTF-8");
  }

  @org.junit.jupiter.api.Test
  void theDocumentedSampleStillDecodes() {
    server.enqueue(new MockResponse.Builder().body("[" + INCOME + "]").build());
    assertThat(client.futures().income(IncomeQuery.builder().build())).singleElement()
        .satisfies(i -> assertThat(i.income()).isEqualByComparingTo("-0.01"));
  }
}
