package dev.signet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.internal.json.KnownValues;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class SignetJsonTest {
  record Status(String value) implements WireValue {
    static final Status NEW = new Status("NEW");
    private static final KnownValues<Status> KNOWN = KnownValues.of(Status.class, Status::new, NEW);

    Status {
      value = KnownValues.text(value, Status.class);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Status of(String value) {
      return KNOWN.of(value);
    }

    @JsonValue
    @Override
    public String wireValue() {
      return value;
    }
  }

  record Sample(BigDecimal price, Object anyNumber, Instant time, Status status, Status known) {}

  record Counts(long count, boolean flag, String text) {}

  @Test
  void floatsAreBigDecimalUnknownFieldsIgnoredTimesAreMillisUnknownValuesKept() {
    Sample s = SignetJson.mapper().readValue(
        "{\"price\":0.1,\"anyNumber\":37500.123456789012345,\"time\":1499827319559,\"status\":\"BRAND_NEW\","
            + "\"known\":\"NEW\",\"extra\":1}",
        Sample.class);
    assertThat(s.price()).isEqualTo(new BigDecimal("0.1"));
    assertThat(s.anyNumber()).isEqualTo(new BigDecimal("37500.123456789012345"));
    assertThat(s.time()).isEqualTo(Instant.parse("2017-07-12T02:41:59.559Z"));
    assertThat(s.status().value()).isEqualTo("BRAND_NEW");
    assertThat(s.known()).isSameAs(Status.NEW);
    assertThat(SignetJson.mapper().writeValueAsString(s.status())).isEqualTo("\"BRAND_NEW\"");
  }

  @Test
  void nullForAPrimitiveFailsInsteadOfBecomingZero() {
    assertThatThrownBy(() -> SignetJson.mapper().readValue("{\"count\":null,\"flag\":true,\"text\":\"a\"}", Counts.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageStartingWith("Cannot map `null` into type `long`")
        .hasMessageContaining("[\"count\"]");
    assertThatThrownBy(() -> SignetJson.mapper().readValue("{\"count\":1,\"flag\":null,\"text\":\"a\"}", Counts.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("[\"flag\"]");
  }

  @Test
  void aNumberOrBooleanWhereAStringBelongsFails() {
    assertThatThrownBy(() -> SignetJson.mapper().readValue("{\"count\":1,\"flag\":true,\"text\":5}", Counts.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("[\"text\"]");
    assertThatThrownBy(() -> SignetJson.mapper().readValue("{\"count\":1,\"flag\":true,\"text\":1.5}", Counts.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("[\"text\"]");
    assertThatThrownBy(() -> SignetJson.mapper().readValue("{\"count\":1,\"flag\":true,\"text\":false}", Counts.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("[\"text\"]");
    assertThatThrownBy(() -> SignetJson.mapper().readValue("{\"status\":7}", Sample.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("[\"status\"]");
    assertThat(SignetJson.mapper().readValue("{\"count\":\"12\",\"flag\":true,\"text\":\"5\"}", Counts.class))
        .isEqualTo(new Counts(12, true, "5"));
  }
}
