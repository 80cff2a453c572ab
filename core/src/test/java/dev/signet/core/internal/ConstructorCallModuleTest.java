package dev.signet.core.internal;

import dev.signet.core.SignetJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.ValueInstantiationException;

public class ConstructorCallModuleTest {
  /** Public, constructor-built, with a check in its canonical constructor. */
  public record Positive(String name, BigDecimal quantity) {
    public Positive {
      if (quantity.signum() <= 0) {
        throw new IllegalArgumentException("quantity must be positive, got " + quantity);
      }
    }
  }

  /** Not public: Jackson's own constructor call is kept. */
  record Hidden(String name, BigDecimal quantity) {}

  @Test
  void publicRecordsAreBuiltWithoutInvokeWithArgumentsAndEveryComponentArrives() {
    Positive p = SignetJson.mapper().readValue("{\"quantity\":\"0.00100000\",\"name\":\"BTC\"}", Positive.class);
    assertThat(p).isEqualTo(new Positive("BTC", new BigDecimal("0.00100000")));
    Probe probe = SignetJson.mapper().readValue(
        "{\"free\":\"1.50\",\"asset\":\"ETH\",\"time\":1499827319559,\"tags\":[\"a\",\"b\"]}", Probe.class);
    assertThat(probe.asset()).isEqualTo("ETH");
    assertThat(probe.free()).isEqualTo(new BigDecimal("1.50"));
    assertThat(probe.time()).isEqualTo(1499827319559L);
    assertThat(probe.tags()).containsExactly("a", "b");
    assertThat(probe.viaInvokeWithArguments()).isFalse();
  }

  @Test
  void aMissingPrimitiveGetsJacksonsDefault() {
    Probe probe = SignetJson.mapper().readValue("{\"asset\":\"ETH\"}", Probe.class);
    assertThat(probe).extracting(Probe::asset, Probe::free, Probe::time, Probe::tags)
        .containsExactly("ETH", null, 0L, null);
  }

  @Test
  void aConstructorThatThrowsIsReportedAsJacksonReportsIt() {
    assertThatThrownBy(() -> SignetJson.mapper().readValue("{\"name\":\"BTC\",\"quantity\":\"-1\"}", Positive.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("quantity must be positive, got -1")
        .hasRootCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nonPublicRecordsStillDecode() {
    assertThat(SignetJson.mapper().readValue("{\"name\":\"X\",\"quantity\":2}", Hidden.class))
        .isEqualTo(new Hidden("X", new BigDecimal("2")));
  }

  /** Records how it was constructed, so the test sees which call path Jackson took. */
  public record Probe(String asset, BigDecimal free, long time, List<String> tags, boolean viaInvokeWithArguments) {
    public Probe(String asset, BigDecimal free, long time, List<String> tags, boolean viaInvokeWithArguments) {
      this.asset = asset;
      this.free = free;
      this.time = time;
      this.tags = tags;
      this.viaInvokeWithArguments = Arrays.stream(new Throwable().getStackTrace())
          .anyMatch(f -> f.getMethodName().equals("invokeWithArguments"));
    }
  }
}
