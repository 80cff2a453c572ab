package dev.signet.kraken.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The API-Sign message is the path's bytes then SHA256(nonce + POST data), checked byte for byte;
 * its HMAC-SHA512, computed here with plain javax.crypto, is the published vector (Kraken docs,
 * "Spot REST Authentication"; src/test/resources/SOURCES.md).
 */
class ApiSignPayloadTest {
  private static final String PATH = "/0/private/AddOrder";
  private static final String NONCE = "1616492376594";
  private static final String BODY = "nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25";

  @Test
  void pathBytesThenSha256OfNonceAndBody() throws Exception {
    byte[] message = new ApiSignPayload().bytes(PATH, NONCE, BODY);
    byte[] hash = MessageDigest.getInstance("SHA-256").digest((NONCE + BODY).getBytes(StandardCharsets.UTF_8));
    assertThat(message).hasSize(PATH.length() + 32);
    assertThat(new String(Arrays.copyOf(message, PATH.length()), StandardCharsets.US_ASCII)).isEqualTo(PATH);
    assertThat(HexFormat.of().formatHex(Arrays.copyOfRange(message, PATH.length(), message.length)))
        .isEqualTo(HexFormat.of().formatHex(hash));
  }

  @Test
  void itsHmacSha512IsTheDocsApiSign() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA512");
    mac.init(new SecretKeySpec(Base64.getDecoder().decode(
        "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg=="), "HmacSHA512"));
    assertThat(Base64.getEncoder().encodeToString(mac.doFinal(new ApiSignPayload().bytes(PATH, NONCE, BODY))))
        .isEqualTo("4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ==");
  }

  @Test
  void aDigestIsReusedCleanlyOnTheSameThread() throws Exception {
    ApiSignPayload payload = new ApiSignPayload();
    byte[] first = payload.bytes(PATH, NONCE, BODY);
    payload.bytes("/0/private/Balance", "1", "nonce=1");
    assertThat(payload.bytes(PATH, NONCE, BODY)).isEqualTo(first);
  }
}
