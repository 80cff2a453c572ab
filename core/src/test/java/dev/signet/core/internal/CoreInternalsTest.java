package dev.signet.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.ExchangeApiException;
import dev.signet.core.MalformedResponseException;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import dev.signet.core.SignetException;
import dev.signet.core.TransportException;
import dev.signet.core.Decoder;
import dev.signet.core.Endpoint;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The small rules the executor and the clients lean on, each at its edges. */
class CoreInternalsTest {

  @Test
  void positiveRefusesZeroAndNegativeNamingTheParameter() {
    assertThat(Checks.positive(new BigDecimal("0.00000001"), "quantity")).isEqualByComparingTo("0.00000001");
    assertThatThrownBy(() -> Checks.positive(BigDecimal.ZERO, "quantity"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("quantity is 0; it must be greater than zero.");
    assertThatThrownBy(() -> Checks.positive(new BigDecimal("-1.5"), "price"))
        .hasMessage("price is -1.5; it must be greater than zero.");
    assertThatThrownBy(() -> Checks.positive(null, "price")).hasMessage("price is null; pass a positive decimal.");
  }

  @Test
  void wellFormedAcceptsPairsAndRefusesLoneSurrogatesAtTheirIndex() {
    Checks.wellFormed("memo", "a\uD83D\uDE00b");
    Checks.wellFormed("memo", "\uD83D\uDE00");
    assertThatThrownBy(() -> Checks.wellFormed("memo", "ab\uD83D"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Parameter 'memo' holds an unpaired UTF-16 surrogate at index 2; it has no UTF-8 form."
            + " Pass well-formed text.");
    assertThatThrownBy(() -> Checks.wellFormed("memo", "\uDE00x")).hasMessageContaining("at index 0;");
    assertThatThrownBy(() -> Checks.wellFormed("memo", "\uD83D\uDE00\uDE00")).hasMessageContaining("at index 2;");
    assertThatThrownBy(() -> Checks.wellFormed("memo", "\uD83Dx")).hasMessageContaining("at index 0;");
  }

  @Test
  void notBlankNamesTheParameterAndTheExample() {
    assertThat(Checks.notBlank("BTCUSDT", "symbol", "a symbol such as BTCUSDT")).isEqualTo("BTCUSDT");
    assertThatThrownBy(() -> Checks.notBlank(" ", "symbol", "a symbol such as BTCUSDT"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("symbol is empty; pass a symbol such as BTCUSDT.");
    assertThatThrownBy(() -> Checks.notBlank(null, "asset", "an asset such as BTC"))
        .hasMessage("asset is empty; pass an asset such as BTC.");
  }

  @Test
  void eachKindOfWhitespaceIsNamed() {
    assertThatThrownBy(() -> Credentials.requireClean("ab\rcd", "apiKey"))
        .hasMessageStartingWith("apiKey contains a carriage return (\\r) at index 2 (length 5)");
    assertThatThrownBy(() -> Credentials.requireClean("ab\u00a0cd", "apiKey"))
        .hasMessageStartingWith("apiKey contains a whitespace or control character (U+00A0) at index 2 (length 5)");
    assertThatThrownBy(() -> Credentials.requireClean("ab\u0007cd", "apiKey"))
        .hasMessageStartingWith("apiKey contains a whitespace or control character (U+0007) at index 2 (length 5)");
  }

  @Test
  void redactShowsFourCharactersAtMost() {
    assertThat(Credentials.redact("abcde")).isEqualTo("abcd…");
    assertThat(Credentials.redact("abcd")).isEqualTo("…");
    assertThat(Credentials.redact("")).isEqualTo("…");
    assertThat(Credentials.redact(null)).isEqualTo("null");
  }

  @Test
  void theOffsetIsServerTimeMinusTheMidpointOfTheRoundTrip() {
    Clock base = Clock.fixed(Instant.ofEpochMilli(10_000), ZoneOffset.UTC);
    OffsetClock c = new OffsetClock(base);
    assertThat(c.millis()).isEqualTo(10_000);
    c.syncTo(5_000, 1_000, 1_400); // midpoint 1 200: the server is 3 800 ms ahead
    assertThat(c.offset()).isEqualTo(Duration.ofMillis(3_800));
    assertThat(c.millis()).isEqualTo(13_800);
    assertThat(c.instant()).isEqualTo(Instant.ofEpochMilli(13_800));
    assertThat(c.base()).isSameAs(base);
    assertThat(c.getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(c.withZone(java.time.ZoneId.of("Europe/Paris"))).isSameAs(c);
    c.syncTo(900, 1_000, 1_200); // behind
    assertThat(c.offset()).isEqualTo(Duration.ofMillis(-200));
    assertThat(c.millis()).isEqualTo(9_800);
  }

  @Test
  void onlyIoFailuresAndServerErrorsCountAgainstTheHost() {
    assertThat(Breakers.isHostFailure(new TransportException("reset", new IOException()))).isTrue();
    assertThat(Breakers.isHostFailure(ExchangeApiException.unrecognised(500, ""))).isTrue();
    assertThat(Breakers.isHostFailure(ExchangeApiException.unrecognised(503, ""))).isTrue();
    assertThat(Breakers.isHostFailure(ExchangeApiException.unrecognised(499, ""))).isFalse();
    assertThat(Breakers.isHostFailure(ExchangeApiException.unrecognised(429, ""))).isFalse();
    assertThat(Breakers.isHostFailure(new MalformedResponseException("bad", 200, null))).isFalse();
    assertThat(Breakers.isHostFailure(new IllegalStateException())).isFalse();
    assertThat(Breakers.forHost("h.example").getName()).isEqualTo("h.example");
  }

  @Test
  void anOrderIsAmbiguousOnlyWhenItMayHaveArrivedUnanswered() {
    assertThat(OrderSafety.isAmbiguous(new TransportException("reset", new IOException()))).isTrue();
    assertThat(OrderSafety.isAmbiguous(new dev.signet.core.ConnectFailedException("refused", new IOException())))
        .as("nothing was sent").isFalse();
    assertThat(OrderSafety.isAmbiguous(new MalformedResponseException("bad", 200, null))).isTrue();
    assertThat(OrderSafety.isAmbiguous(ExchangeApiException.unrecognised(502, ""))).isTrue();
    assertThat(OrderSafety.isAmbiguous(ExchangeApiException.unrecognised(400, ""))).isFalse();
    assertThat(OrderSafety.isAmbiguous(new SignetException("other"))).isFalse();
  }

  @Test
  void theUnknownOutcomeNamesTheClientOrderIdOrSaysThereIsNone() {
    Endpoint order = Endpoint.post("/o").order(1, "cid").build();
    TransportException cause = new TransportException("reset", new IOException());
    assertThat(OrderSafety.unknown(Operation.of(order, Params.empty(), Decoder.tree()).withClientOrderId("c-1"), cause)
        .clientOrderId()).isEqualTo("c-1");
    assertThat(OrderSafety.unknown(Operation.of(order, Params.empty(), Decoder.tree()), cause).clientOrderId())
        .isEqualTo("(no client order id was sent)");
  }
}
