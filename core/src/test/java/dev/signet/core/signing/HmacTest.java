package dev.signet.core.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** {@link Hmac} against the RFC 4231 test vectors (src/test/resources/vectors/rfc4231.csv names the source). */
class HmacTest {
  private static final HexFormat HEX = HexFormat.of();

  @ParameterizedTest(name = "RFC 4231 test case {0}")
  @CsvFileSource(resources = "/vectors/rfc4231.csv", delimiter = '|')
  void rfc4231Vectors(int testCase, String keyHex, String dataHex, String sha256, String sha512) {
    byte[] key = HEX.parseHex(keyHex);
    byte[] data = HEX.parseHex(dataHex);
    assertThat(HEX.formatHex(Hmac.sha256(key).sign(data))).isEqualTo(sha256);
    assertThat(HEX.formatHex(Hmac.sha512(key).sign(data))).isEqualTo(sha512);
    assertThat(HEX.formatHex(Hmac.of("HmacSHA512", key).sign(data))).isEqualTo(sha512);
  }

  @Test
  void rfc4231TestCase2SpelledOut() {
    byte[] key = "Jefe".getBytes(StandardCharsets.US_ASCII);
    byte[] data = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);
    Hmac sha256 = Hmac.sha256(key);
    Hmac sha512 = Hmac.sha512(key);
    assertThat(SignatureText.hex(sha256.sign(data)))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    assertThat(SignatureText.hex(sha512.sign(data)))
        .isEqualTo("164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fd"
            + "caeab1a34d4a6b4b636e070a38bce737");
    assertThat(sha256.algorithm()).isEqualTo("HmacSHA256");
    assertThat(sha512.algorithm()).isEqualTo("HmacSHA512");
    assertThat(sha256.length()).isEqualTo(32);
    assertThat(sha512.length()).isEqualTo(64);
  }

  @Test
  void eachSignatureStartsFromAFreshStateOnTheSameThread() {
    Hmac hmac = Hmac.sha256("Jefe".getBytes(StandardCharsets.US_ASCII));
    byte[] data = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);
    hmac.sign("something else first".getBytes(StandardCharsets.US_ASCII));
    assertThat(SignatureText.hex(hmac.sign(data)))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    assertThat(SignatureText.hex(hmac.sign(data)))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void theCallersKeyArrayMayBeClearedAfterwards() {
    byte[] key = "Jefe".getBytes(StandardCharsets.US_ASCII);
    Hmac hmac = Hmac.sha256(key);
    Arrays.fill(key, (byte) 0);
    assertThat(SignatureText.hex(hmac.sign("what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void toStringNamesTheAlgorithmOnly() {
    assertThat(Hmac.sha512("Jefe".getBytes(StandardCharsets.US_ASCII))).hasToString("Hmac{HmacSHA512}");
  }

  @Test
  void emptyKeyAndUnknownAlgorithmAreRefusedWithoutShowingTheKey() {
    assertThatThrownBy(() -> Hmac.sha256(new byte[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("HmacSHA256 needs a key of at least one byte; the key given is empty.");
    assertThatThrownBy(() -> Hmac.of("HmacSHA999", "Jefe".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("HmacSHA999 is not an HMAC this JDK offers; use HmacSHA256 or HmacSHA512.")
        .hasMessageNotContaining("Jefe");
  }
}
