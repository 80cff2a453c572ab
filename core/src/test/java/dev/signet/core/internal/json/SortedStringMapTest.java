package dev.signet.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The sorted immutable map behaves as a {@code TreeMap} copy would, and refuses every change. */
class SortedStringMapTest {
  @Test
  void sortedByKeyLookedUpByKeyEqualToTheTreeMapOfTheSameEntries() {
    Map<String, BigDecimal> in = new LinkedHashMap<>();
    in.put("ZUSD", new BigDecimal("171288.6158"));
    in.put("XXBT", new BigDecimal("1011.19"));
    in.put("ETH2.S", null);
    in.put("DOT", new BigDecimal("2.50"));
    SortedStringMap<BigDecimal> map = SortedStringMap.copyOf(in);
    assertThat(List.copyOf(map.keySet())).containsExactly("DOT", "ETH2.S", "XXBT", "ZUSD");
    assertThat(map.get("XXBT")).isEqualTo(new BigDecimal("1011.19"));
    assertThat(map.get("ETH2.S")).isNull();
    assertThat(map.containsKey("ETH2.S")).isTrue();
    assertThat(map.containsKey("DOGE")).isFalse();
    assertThat(map.get("DOGE")).isNull();
    assertThat(map.get(42)).isNull();
    assertThat(map).hasSize(4).isEqualTo(new TreeMap<>(in)).isEqualTo(in);
    assertThat(map.hashCode()).isEqualTo(in.hashCode());
    assertThat(map.toString()).isEqualTo(new TreeMap<>(in).toString());
    assertThat(SortedStringMap.copyOf(map)).isSameAs(map);
  }

  @Test
  void aRepeatedKeyKeepsItsLastValue() {
    SortedStringMap<String> map = new SortedStringMap.Builder<String>()
        .put("b", "1").put("a", "x").put("b", "2").put("c", "y").put("b", "3").build();
    assertThat(map).containsExactly(Map.entry("a", "x"), Map.entry("b", "3"), Map.entry("c", "y"));
  }

  @Test
  void agreesWithTreeMapOnRandomContent() {
    for (long seed = 0; seed < 200; seed++) {
      Random random = new Random(seed);
      SortedStringMap.Builder<Integer> builder = new SortedStringMap.Builder<>();
      Map<String, Integer> expected = new TreeMap<>();
      int n = random.nextInt(60);
      for (int i = 0; i < n; i++) {
        String key = Integer.toString(random.nextInt(40), 36);
        builder.put(key, i);
        expected.put(key, i);
      }
      SortedStringMap<Integer> map = builder.build();
      assertThat(List.copyOf(map.entrySet())).as("seed %d", seed).containsExactlyElementsOf(expected.entrySet());
      for (int k = 0; k < 40; k++) {
        String key = Integer.toString(k, 36);
        assertThat(map.get(key)).as("seed %d key %s", seed, key).isEqualTo(expected.get(key));
      }
    }
  }

  @Test
  void everyChangeIsRefused() {
    SortedStringMap<String> map = SortedStringMap.copyOf(new HashMap<>(Map.of("a", "1", "b", "2")));
    assertThatThrownBy(() -> map.put("c", "3")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.remove("a")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.entrySet().iterator().next().setValue("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.keySet().remove("a")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.replaceAll((k, v) -> v + "!")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(map).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
    assertThatThrownBy(() -> new SortedStringMap.Builder<String>().put(null, "x"))
        .isInstanceOf(NullPointerException.class).hasMessage("key");
  }
}
