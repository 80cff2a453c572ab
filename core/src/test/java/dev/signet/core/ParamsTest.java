package dev.signet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParamsTest {
  enum Side implements WireValue {
    BUY;

    @Override
    public String wireValue() {
      return "buy";
    }
  }

  @Test
  void keepsInsertionOrderAndWritesEachTypeInItsWireSpelling() {
    Params p = Params.of("symbol", "BTCUSDT")
        .add("quantity", new BigDecimal("1E-7"))
        .add("price", new BigDecimal("37500.00"))
        .add("limit", 5)
        .add("big", Long.MAX_VALUE)
        .add("reduceOnly", true)
        .add("validate", false)
        .add("side", Side.BUY)
        .add("startTime", Instant.ofEpochMilli(1499827319559L))
        .addList("symbols", List.of("BTCUSDT", "BNBBTC"), ListFormat.JSON_ARRAY)
        .addList("pair", List.of("XBTUSD", "ETHUSD"), ListFormat.COMMA);

    assertThat(p.toString()).isEqualTo("Params[symbol=BTCUSDT, quantity=0.0000001, price=37500.00, limit=5,"
        + " big=9223372036854775807, reduceOnly=true, validate=false, side=buy, startTime=1499827319559,"
        + " symbols=[\"BTCUSDT\",\"BNBBTC\"], pair=XBTUSD,ETHUSD]");
  }

  @Test
  void largeExponentDecimalIsWrittenPlain() {
    assertThat(Params.empty().add("q", new BigDecimal("1.5E+3")).value(0)).isEqualTo("1500");
  }

  @Test
  void addIfPresentLeavesOutNullsAndNeverSendsAnEmptyKey() {
    Params p = Params.empty()
        .addIfPresent("a", (String) null)
        .addIfPresent("b", (BigDecimal) null)
        .addIfPresent("c", (Long) null)
        .addIfPresent("d", 7L)
        .addIfPresent("e", (Instant) null)
        .addIfPresent("f", (WireValue) null)
        .addIfPresent("g", (Boolean) null)
        .addIfPresent("h", (Integer) null);
    assertThat(FormEncoder.encode(p)).isEqualTo("d=7");
  }

  @Test
  void emptyValueIsRejectedNamingTheKey() {
    assertThatThrownBy(() -> Params.of("orderId", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Parameter 'orderId' has an empty or blank value; exchanges reject 'key=' with a signature"
            + " error. Leave the parameter out instead (use addIfPresent for optional values).");
    assertThatThrownBy(() -> Params.of("orderId", "  "))
        .hasMessageStartingWith("Parameter 'orderId' has an empty or blank value");
  }

  @Test
  void nullValueIsRejectedNamingTheKey() {
    assertThatThrownBy(() -> Params.empty().add("price", (BigDecimal) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Parameter 'price' has a null value; leave the parameter out instead (use addIfPresent for optional values).");
  }

  @Test
  void duplicateKeyIsRejectedAtTheSecondAdd() {
    Params p = Params.of("symbol", "BTCUSDT");
    assertThatThrownBy(() -> p.add("symbol", "ETHUSDT"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Parameter 'symbol' was added twice; exchanges reject duplicate keys. Add it once.");
    // also through addIfPresent with a null, which must not hide the mistake
    assertThatThrownBy(() -> p.addIfPresent("symbol", (String) null))
        .hasMessage("Parameter 'symbol' was added twice; exchanges reject duplicate keys. Add it once.");
    assertThat(p.size()).isEqualTo(1);
  }

  @Test
  void blankKeyEmptyListAndUnpairedSurrogateAreRejected() {
    assertThatThrownBy(() -> Params.of(" ", "x"))
        .hasMessage("A parameter key is null or blank; every parameter needs a name.");
    assertThatThrownBy(() -> Params.empty().addList("symbols", List.of(), ListFormat.JSON_ARRAY))
        .hasMessage("Parameter 'symbols' is an empty list; leave the parameter out instead.");
    assertThatThrownBy(() -> Params.empty().addList("symbols", List.of("A", " "), ListFormat.COMMA))
        .hasMessage("Parameter 'symbols' holds a null or blank item; remove it from the list.");
    assertThatThrownBy(() -> Params.of("s", "a\uD800b"))
        .hasMessage("Parameter 's' holds an unpaired UTF-16 surrogate at index 1; it has no UTF-8 form. Pass well-formed text.");
  }

  @Test
  void jsonArrayItemsAreEscaped() {
    assertThat(Params.empty().addList("s", List.of("a\"b", "c\\d"), ListFormat.JSON_ARRAY).value(0))
        .isEqualTo("[\"a\\\"b\",\"c\\\\d\"]");
  }

  @Test
  void copyOfIsIndependent() {
    Params a = Params.of("x", "1");
    Params b = Params.copyOf(a).add("y", "2");
    assertThat(a.size()).isEqualTo(1);
    assertThat(b.asList()).containsExactly(java.util.Map.entry("x", "1"), java.util.Map.entry("y", "2"));
  }
}
