package dev.signet.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequiredTest {
  @Test
  void fieldReturnsTheValueOrNamesTheMissingField() {
    assertThat(Required.field("BTC", "asset")).isEqualTo("BTC");
    assertThatThrownBy(() -> Required.field(null, "asset"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("required field 'asset' is missing or null");
  }

  @Test
  void listsAreUnmodifiableCopiesWithoutNullElements() {
    List<String> source = new ArrayList<>(List.of("a", "b"));
    List<String> copy = Required.list(source, "txid");
    source.add("c");
    assertThat(copy).containsExactly("a", "b");
    assertThatThrownBy(() -> copy.add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Required.list(null, "txid"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("required field 'txid' is missing or null");
    assertThatThrownBy(() -> Required.list(Arrays.asList("a", null), "txid"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("field 'txid' has a null element at index 1");
  }

  @Test
  void anOptionalListIsEmptyWhenAbsentButStillRefusesNullElements() {
    assertThat(Required.listOrEmpty(null, "fills")).isEmpty();
    assertThat(Required.listOrEmpty(List.of(1), "fills")).containsExactly(1);
    assertThatThrownBy(() -> Required.listOrEmpty(Arrays.asList((Object) null), "fills"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("field 'fills' has a null element at index 0");
  }

  @Test
  void mapValuesMustNotBeNull() {
    Map<String, String> ok = Map.of("XXBT", "1");
    assertThat(Required.values(ok, "balances")).isSameAs(ok);
    Map<String, String> withNull = new HashMap<>();
    withNull.put("XXBT", null);
    assertThatThrownBy(() -> Required.values(withNull, "balances"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("field 'balances' has a null value for 'XXBT'");
    assertThatThrownBy(() -> Required.values((Map<String, String>) null, "balances"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("required field 'balances' is missing or null");
  }
}
