package dev.signet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every typed add and addIfPresent writes its value, in order, exactly as it goes on the wire. */
class ParamsValuesTest {
  private static final WireValue GTC = () -> "GTC";

  @Test
  void everyAddIfPresentOverloadKeepsAPresentValue() {
    Params p = Params.empty()
        .addIfPresent("s", "BTCUSDT")
        .addIfPresent("l", 7L)
        .addIfPresent("i", 42)
        .addIfPresent("b", Boolean.TRUE)
        .addIfPresent("f", Boolean.FALSE)
        .addIfPresent("d", new BigDecimal("1E-8"))
        .addIfPresent("w", GTC)
        .addIfPresent("t", Instant.ofEpochMilli(1_499_827_319_559L));
    assertThat(p.asList()).containsExactly(
        Map.entry("s", "BTCUSDT"), Map.entry("l", "7"), Map.entry("i", "42"), Map.entry("b", "true"),
        Map.entry("f", "false"), Map.entry("d", "0.00000001"), Map.entry("w", "GTC"),
        Map.entry("t", "1499827319559"));
    assertThat(FormEncoder.encode(p)).isEqualTo("s=BTCUSDT&l=7&i=42&b=true&f=false&d=0.00000001&w=GTC&t=1499827319559");
  }

  @Test
  void everyAddWritesItsWireSpelling() {
    Params p = Params.empty()
        .add("l", -3L)
        .add("b", true)
        .add("n", false)
        .add("d", new BigDecimal("123456789.1200"))
        .add("w", GTC)
        .add("t", Instant.parse("2026-12-01T00:00:00.123Z"))
        .addList("x", List.of("A", "B"), ListFormat.JSON_ARRAY);
    assertThat(p.size()).isEqualTo(7);
    assertThat(p.key(3)).isEqualTo("d");
    assertThat(p.value(3)).isEqualTo("123456789.1200");
    assertThat(p.get("t")).isEqualTo("1796083200123");
    assertThat(p.get("n")).isEqualTo("false");
    assertThat(p.get("x")).isEqualTo("[\"A\",\"B\"]");
    assertThat(p.get("absent")).isNull();
    assertThat(p.containsKey("w")).isTrue();
    assertThat(p.containsKey("W")).isFalse();
    assertThat(p.isEmpty()).isFalse();
    assertThat(Params.empty().isEmpty()).isTrue();
  }

  @Test
  void nullsInTheTypedAddsAreRefusedNamingTheParameter() {
    String msg = "Parameter 'k' has a null value; leave the parameter out instead (use addIfPresent for optional values).";
    assertThatThrownBy(() -> Params.empty().add("k", (BigDecimal) null)).hasMessage(msg);
    assertThatThrownBy(() -> Params.empty().add("k", (WireValue) null)).hasMessage(msg);
    assertThatThrownBy(() -> Params.empty().add("k", (Instant) null)).hasMessage(msg);
    assertThatThrownBy(() -> Params.empty().add("k", (String) null)).hasMessage(msg);
  }

  @Test
  void listsMustHoldItems() {
    assertThatThrownBy(() -> Params.empty().addList("symbols", List.of(), ListFormat.JSON_ARRAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Parameter 'symbols' is an empty list; leave the parameter out instead.");
    assertThatThrownBy(() -> Params.empty().addList("symbols", null, ListFormat.JSON_ARRAY))
        .hasMessage("Parameter 'symbols' is an empty list; leave the parameter out instead.");
    assertThatThrownBy(() -> Params.empty().addList("symbols", List.of("A", " "), ListFormat.JSON_ARRAY))
        .hasMessage("Parameter 'symbols' holds a null or blank item; remove it from the list.");
  }

  @Test
  void copiesAndAddAllKeepOrderAndAreIndependent() {
    Params a = Params.of("a", "1").add("b", "2");
    Params copy = Params.copyOf(a);
    copy.add("c", "3");
    assertThat(a.size()).isEqualTo(2);
    assertThat(FormEncoder.encode(copy)).isEqualTo("a=1&b=2&c=3");
    Params all = Params.of("z", "0").addAll(a);
    assertThat(FormEncoder.encode(all)).isEqualTo("z=0&a=1&b=2");
    assertThat(Params.of("a", "1").add("b", "2")).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(Params.of("b", "2").add("a", "1")).isNotEqualTo(a);
  }
}
