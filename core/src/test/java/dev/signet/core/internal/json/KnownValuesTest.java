package dev.signet.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.WireValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnownValuesTest {
  record Side(String value) implements WireValue {
    static final Side BUY = new Side("buy");
    static final Side SELL = new Side("sell");

    Side {
      value = KnownValues.text(value, Side.class);
    }

    @Override
    public String wireValue() {
      return value;
    }
  }

  private static final KnownValues<Side> KNOWN = KnownValues.of(Side.class, Side::new, Side.BUY, Side.SELL);

  @Test
  void aDocumentedSpellingGivesTheConstantItself() {
    assertThat(KNOWN.of("buy")).isSameAs(Side.BUY);
    assertThat(KNOWN.of("sell")).isSameAs(Side.SELL);
    assertThat(KNOWN.isKnown("buy")).isTrue();
    assertThat(KNOWN.constants()).containsExactly(Side.BUY, Side.SELL);
  }

  @Test
  void anyOtherSpellingIsKeptExactlyAndIsNotKnown() {
    Side shortSide = KNOWN.of("short");
    assertThat(shortSide.value()).isEqualTo("short");
    assertThat(shortSide).isEqualTo(new Side("short")).isNotSameAs(KNOWN.of("short"));
    assertThat(KNOWN.isKnown("short")).isFalse();
    assertThat(KNOWN.of("BUY").value()).isEqualTo("BUY");
    assertThat(KNOWN.isKnown("BUY")).isFalse();
  }

  @Test
  void blankOrNullTextIsRefusedNamingTheTypeAndTheFix() {
    assertThatThrownBy(() -> KNOWN.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Side is blank; use one of the Side constants, or Side.of(text) with the exchange's exact spelling.");
    assertThatThrownBy(() -> KNOWN.of(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Side is null; use one of the Side constants, or Side.of(text) with the exchange's exact spelling.");
    assertThatThrownBy(() -> new Side(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Side is blank;");
  }

  @Test
  void aSpellingListedTwiceIsAProgrammingError() {
    assertThatThrownBy(() -> KnownValues.of(Side.class, Side::new, Side.BUY, new Side("buy")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Side lists 'buy' twice.");
    assertThat(KnownValues.of(Side.class, Side::new).constants()).isEqualTo(List.of());
  }
}
