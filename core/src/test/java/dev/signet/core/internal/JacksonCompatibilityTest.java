package dev.signet.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;

class JacksonCompatibilityTest {
  @Test
  void theBuildsJacksonAnnotationsPasses() {
    assertThat(JacksonCompatibility.problem(getClass().getClassLoader())).isNull();
    assertThatNoException().isThrownBy(JacksonCompatibility::check);
  }

  @Test
  void requiredIsTheRootPomsVersion() {
    assertThat(JacksonCompatibility.REQUIRED).isEqualTo(System.getProperty("signet.jacksonAnnotations.version"));
  }

  @Test
  void versionsCompareNumerically() {
    assertThat(JacksonCompatibility.compare("2.17.2", "2.22")).isNegative();
    assertThat(JacksonCompatibility.compare("2.22", "2.22.0")).isZero();
    assertThat(JacksonCompatibility.compare("2.100", "2.22")).isPositive();
    assertThat(JacksonCompatibility.compare("2.23.1-SNAPSHOT", "2.22")).isPositive();
  }

  @Test
  void noAnnotationsAtAllIsNamed() {
    ClassLoader bare = new ClassLoader(null) {};
    assertThat(JacksonCompatibility.problem(bare)).startsWith("Signet needs com.fasterxml.jackson.core:jackson-annotations 2.22 or newer")
        .contains("found none");
  }
}
