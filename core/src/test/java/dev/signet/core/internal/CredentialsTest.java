package dev.signet.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CredentialsTest {
  @Test
  void trailingNewlineIsNamedWithoutShowingTheSecret() {
    assertThatThrownBy(() -> Credentials.requireClean("s3cr3tValue\n", "secretKey"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("secretKey contains a line break (\\n) at its end (length 12); this is usually a copy-paste"
            + " fault. Remove all whitespace and line breaks from the value.")
        .hasMessageNotContaining("s3cr3t");
  }

  @Test
  void innerSpaceAndLeadingTabAreRejected() {
    assertThatThrownBy(() -> Credentials.requireClean("ab cd", "apiKey"))
        .hasMessageStartingWith("apiKey contains a space at index 2 (length 5)");
    assertThatThrownBy(() -> Credentials.requireClean("\tabcd", "apiKey"))
        .hasMessageStartingWith("apiKey contains a tab at its start");
  }

  @Test
  void blankAndNullAreRejected() {
    assertThatThrownBy(() -> Credentials.requireClean("", "apiKey"))
        .hasMessage("apiKey is empty or blank; pass the value shown when the API key was created.");
    assertThatThrownBy(() -> Credentials.requireClean(null, "apiKey"))
        .hasMessage("apiKey is null; pass the value shown when the API key was created.");
  }

  @Test
  void redactShowsFourCharacters() {
    assertThat(Credentials.redact("vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A")).isEqualTo("vmPU…");
    assertThat(Credentials.redact("abc")).isEqualTo("…");
  }
}
