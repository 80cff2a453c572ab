package dev.signet.kraken.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.FormEncoder;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What AddOrder's builder accepts, refuses (with the message) and sends, parameter by parameter. */
class AddOrderChecksTest {
  private static final BigDecimal ONE = BigDecimal.ONE;

  private static AddOrder.Builder market() {
    return AddOrder.market("XBTUSD", Side.BUY, ONE);
  }

  @Test
  void everyModelledParameterIsSentInAlphabeticalOrderThenTheExtrasInTheirOrder() {
    AddOrder order = AddOrder.builder("XBTUSD", Side.SELL, OrderType.STOP_LOSS_LIMIT, new BigDecimal("0.5"))
        .price(new BigDecimal("30000"))
        .price2(new BigDecimal("29900.5"))
        .clientOrderId("bot-42")
        .leverage("2:1")
        .reduceOnly(true)
        .flags(OrderFlag.POST_ONLY, OrderFlag.FEE_IN_QUOTE, OrderFlag.POST_ONLY)
        .timeInForce(TimeInForce.GTD)
        .startTime("0")
        .expireTime("+60")
        .deadline(Instant.parse("2026-01-01T00:00:30Z"))
        .validate(true)
        .putExtraParam("zeta", "1")
        .putExtraParam("alpha", "2")
        .build();
    assertThat(FormEncoder.encode(order.toParams())).isEqualTo("cl_ord_id=bot-42&deadline=2026-01-01T00%3A00%3A30Z"
        + "&expiretm=%2B60&leverage=2%3A1&oflags=post%2Cfciq&ordertype=stop-loss-limit&pair=XBTUSD&price=30000"
        + "&price2=29900.5&reduce_only=true&starttm=0&timeinforce=GTD&type=sell&validate=true&volume=0.5&zeta=1&alpha=2");
    assertThat(order.pair()).isEqualTo("XBTUSD");
    assertThat(order.clientOrderId()).isEqualTo("bot-42");
    assertThat(order.validateOnly()).isTrue();
    assertThat(order.toString()).isEqualTo("AddOrder" + order.toParams());
    assertThat(order.toString()).startsWith("AddOrder" + "Params[cl_ord_id=bot-42, deadline=2026-01-01T00:00:30Z,");
  }

  @Test
  void anOrderNotValidatedSaysSoAndSendsNoValidateOrReduceOnly() {
    AddOrder order = AddOrder.limit("ETHUSD", Side.BUY, new BigDecimal("2"), new BigDecimal("1800"))
        .clientOrderId("b-1").reduceOnly(false).validate(false).build();
    assertThat(order.validateOnly()).isFalse();
    assertThat(order.pair()).isEqualTo("ETHUSD");
    assertThat(FormEncoder.encode(order.toParams()))
        .isEqualTo("cl_ord_id=b-1&ordertype=limit&pair=ETHUSD&price=1800&type=buy&volume=2");
  }

  @Test
  void anIcebergSendsItsDisplayVolumeAndOtherTypesRefuseOne() {
    AddOrder iceberg = AddOrder.builder("XBTUSD", Side.BUY, OrderType.ICEBERG, new BigDecimal("15"))
        .price(new BigDecimal("30000")).displayVolume(ONE).withoutClientOrderId().build();
    assertThat(FormEncoder.encode(iceberg.toParams()))
        .isEqualTo("displayvol=1&ordertype=iceberg&pair=XBTUSD&price=30000&type=buy&volume=15");
    assertThat(iceberg.clientOrderId()).isNull();
    assertThatThrownBy(() -> market().displayVolume(ONE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("displayvol applies only to iceberg orders.");
    assertThatThrownBy(() -> market().displayVolume(BigDecimal.ZERO))
        .hasMessage("displayvol is 0; it must be greater than zero.");
  }

  @Test
  void theLimitTypesNeedASecondPrice() {
    for (OrderType type : new OrderType[] {OrderType.STOP_LOSS_LIMIT, OrderType.TAKE_PROFIT_LIMIT,
        OrderType.TRAILING_STOP_LIMIT}) {
      assertThatThrownBy(() -> AddOrder.builder("XBTUSD", Side.BUY, type, ONE).price(ONE).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("ordertype " + type.wireValue() + " needs price2; call price2(...).");
    }
    assertThat(AddOrder.builder("XBTUSD", Side.BUY, OrderType.STOP_LOSS, ONE).price(ONE).withoutClientOrderId().build()
        .toParams().containsKey("price2")).isFalse();
    assertThatThrownBy(() -> AddOrder.builder("XBTUSD", Side.BUY, OrderType.TAKE_PROFIT, ONE).build())
        .hasMessage("ordertype take-profit needs price; call price(...).");
    assertThatThrownBy(() -> market().price2(null)).hasMessage("price2 is null; pass a positive decimal.");
  }

  @Test
  void goodTillDateNeedsAnExpiryAndTheOtherTimesInForceDoNot() {
    assertThatThrownBy(() -> market().timeInForce(TimeInForce.GTD).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timeinforce GTD needs expiretm; call expireTime(...).");
    assertThat(market().timeInForce(TimeInForce.GTD).expireTime("1767225600").withoutClientOrderId().build().toParams()
        .get("expiretm")).isEqualTo("1767225600");
    assertThat(market().timeInForce(TimeInForce.IOC).withoutClientOrderId().build().toParams().get("timeinforce"))
        .isEqualTo("IOC");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void leverageMustNotBeEmpty(String leverage) {
    assertThatThrownBy(() -> market().leverage(leverage))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("leverage is empty; pass e.g. \"2:1\", or do not call leverage().");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abcdefghijklmnopqr", "!", "~", "x", "A!#$%&'()*+,-./:;<",
      "6d1b345e-2821-40e2-ad83-4ecb18a06876", "6D1B345E-2821-40E2-AD83-4ECB18A06876", "30c74b7d2b52402fb0a6fda3ee4e80aa"})
  void aClientOrderIdIsAUuidOrUpToEighteenPrintableAsciiCharacters(String id) {
    AddOrder order = market().clientOrderId(id).build();
    assertThat(order.clientOrderId()).isEqualTo(id);
    assertThat(order.toParams().get("cl_ord_id")).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"abcdefghijklmnopqrs", "a b", "a\u007fb", "a\tb", "caf\u00e9", "a\u0000",
      "30c74b7d2b52402fb0a6fda3ee4e80aa0", "6d1b345e-2821-40e2-ad83-4ecb18a0687", "6d1b345e28214-0e2-ad83-4ecb18a06876"})
  void anythingElseIsRefusedNamingTheId(String id) {
    assertThatThrownBy(() -> market().clientOrderId(id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cl_ord_id '" + id + "' is neither a UUID nor at most 18 printable ASCII characters; shorten it or"
            + " use a UUID.");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "\t"})
  void anEmptyClientOrderIdIsRefused(String id) {
    assertThatThrownBy(() -> market().clientOrderId(id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cl_ord_id is empty; pass an id, or do not call clientOrderId().");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "+0", "+60", "1767225600", "00"})
  void timeSpecsAreZeroAUnixTimeOrPlusSeconds(String spec) {
    assertThat(TimeSpec.check(spec, "starttm")).isEqualTo(spec);
    AddOrder order = market().startTime(spec).expireTime(spec).withoutClientOrderId().build();
    assertThat(order.toParams().get("starttm")).isEqualTo(spec);
    assertThat(order.toParams().get("expiretm")).isEqualTo(spec);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "+", "-5", "1.5", "now", "+ 60", "60s", "++1"})
  void otherTimeSpecsAreRefusedNamingTheParameter(String spec) {
    assertThatThrownBy(() -> market().startTime(spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("starttm '" + spec + "' must be 0, a unix time in seconds, or +<seconds>.");
    assertThatThrownBy(() -> market().expireTime(spec))
        .hasMessage("expiretm '" + spec + "' must be 0, a unix time in seconds, or +<seconds>.");
  }

  @Test
  void aUserrefReplacesTheGeneratedClientOrderId() {
    AddOrder order = market().userref(-7).build();
    assertThat(order.clientOrderId()).isNull();
    assertThat(FormEncoder.encode(order.toParams())).isEqualTo("ordertype=market&pair=XBTUSD&type=buy&userref=-7&volume=1");
  }

  @Test
  void toParamsIsACopy() {
    AddOrder order = market().clientOrderId("c-1").build();
    order.toParams().add("extra", "x");
    assertThat(order.toParams().containsKey("extra")).isFalse();
  }
}
