package dev.signet.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignetJsonTest {
  enum Status { NEW, @JsonEnumDefaultValue UNKNOWN }

  record Sample(BigDecimal price, Object anyNumber, Instant time, Status status) {}

  @Test
  void floatsAreBigDecimalUnknownFieldsIgnoredTimesAreMillisUnknownEnumsDefault() {
    Sample s = SignetJson.mapper().readValue(
        "{\"price\":0.1,\"anyNumber\":37500.123456789012345,\"time\":1499827319559,\"status\":\"BRAND_NEW\",\"extra\":1}",
        Sample.class);
    assertThat(s.price()).isEqualTo(new BigDecimal("0.1"));
    assertThat(s.anyNumber()).isEqualTo(new BigDecimal("37500.123456789012345"));
    assertThat(s.time()).isEqualTo(Instant.parse("2017-07-12T02:41:59.559Z"));
    assertThat(s.status()).isEqualTo(Status.UNKNOWN);
  }
}
