package dev.signet.kraken;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.RecordedRequest;

/**
 * What Kraken does with a private call, written from its authentication guide, working only on
 * the raw recorded request: the request target, the body bytes and the headers.
 */
final class KrakenServerCheck {
  private KrakenServerCheck() {}

  /** Verifies API-Key, content type and API-Sign; returns the nonce the body carries. */
  static long verify(RecordedRequest req, String apiKey, String base64Secret) {
    assertThat(req.getMethod()).isEqualTo("POST");
    assertThat(req.getHeaders().get("API-Key")).isEqualTo(apiKey);
    String path = req.getTarget();
    assertThat(path).startsWith("/0/private/").doesNotContain("?");
    String body = req.getBody().utf8();
    String contentType = req.getHeaders().get("Content-Type");
    String nonce;
    if (body.startsWith("{")) {
      assertThat(contentType).isEqualTo("application/json");
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"nonce\":\"?([0-9]+)\"?").matcher(body);
      assertThat(m.find()).as("nonce in JSON body").isTrue();
      nonce = m.group(1);
    } else {
      assertThat(contentType).isEqualTo("application/x-www-form-urlencoded");
      assertThat(body).startsWith("nonce=");
      int amp = body.indexOf('&');
      nonce = body.substring("nonce=".length(), amp < 0 ? body.length() : amp);
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest((nonce + body).getBytes(StandardCharsets.UTF_8));
      Mac mac = Mac.getInstance("HmacSHA512");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(base64Secret), "HmacSHA512"));
      mac.update(path.getBytes(StandardCharsets.UTF_8));
      String expected = Base64.getEncoder().encodeToString(mac.doFinal(hash));
      assertThat(req.getHeaders().get("API-Sign")).as("API-Sign over " + path + " and " + body).isEqualTo(expected);
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
    return Long.parseLong(nonce);
  }
}
