package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.RecordedRequest;

/**
 * What Binance does with a signed request, written from the docs and working only on the raw
 * recorded request (request target and body bytes), never calling the client's signer.
 */
final class BinanceServerCheck {
  private BinanceServerCheck() {}

  /** Verifies an HMAC-signed request and returns its decoded parameters in wire order. */
  static List<Map.Entry<String, String>> verifyHmac(RecordedRequest req, String apiKey, String secret) {
    assertThat(req.getHeaders().get("X-MBX-APIKEY")).isEqualTo(apiKey);
    String target = req.getTarget();
    int q = target.indexOf('?');
    String query = q < 0 ? "" : target.substring(q + 1);
    String body = req.getBody() == null ? "" : req.getBody().utf8();

    // signature is the last parameter, of the body if there is one, else of the query
    String carrier = body.isEmpty() ? query : body;
    int at = carrier.lastIndexOf("&signature=");
    assertThat(at).as("signature must be the last parameter of: " + carrier).isPositive();
    String signature = carrier.substring(at + "&signature=".length());
    assertThat(signature).doesNotContain("&");
    String payload = body.isEmpty() ? query.substring(0, at) : query + body.substring(0, at);

    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      String expected = HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
      assertThat(signature).as("signature over '" + payload + "'").isEqualTo(expected);
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }

    List<Map.Entry<String, String>> params = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    String all = body.isEmpty() ? query : query.isEmpty() ? body : query + "&" + body;
    for (String pair : all.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      assertThat(value).as("value of " + key).isNotEmpty();
      assertThat(keys.add(key)).as("duplicate key " + key).isTrue();
      params.add(Map.entry(key, value));
    }
    assertThat(params.get(params.size() - 1).getKey()).isEqualTo("signature");
    assertThat(params.get(params.size() - 2).getKey()).isEqualTo("timestamp");
    return params;
  }
}
