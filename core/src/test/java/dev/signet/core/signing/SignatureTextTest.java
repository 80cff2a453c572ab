package dev.signet.core.signing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignatureTextTest {
  private static final byte[] BYTES = {(byte) 0xd8, 0x4e, 0x00, (byte) 0xfb, (byte) 0xff, 0x0a};

  @Test
  void hexIsLowerCaseTwoCharactersPerByte() {
    assertThat(SignatureText.hex(BYTES)).isEqualTo("d84e00fbff0a");
    assertThat(SignatureText.hex(new byte[0])).isEmpty();
  }

  @Test
  void base64IsStandardWithPaddingAndNoLineBreaks() {
    assertThat(SignatureText.base64(BYTES)).isEqualTo("2E4A+/8K");
    assertThat(SignatureText.base64(new byte[] {(byte) 0xfb, (byte) 0xff})).isEqualTo("+/8=");
    assertThat(SignatureText.base64(new byte[64])).hasSize(88).doesNotContain("\n").endsWith("==");
  }
}
