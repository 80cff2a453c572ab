package dev.signet.testkit;

import dev.signet.testkit.internal.WireParams;
import dev.signet.testkit.internal.WireParams.Pair;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.RecordedRequest;

/**
 * What Kraken does with a private call, written from its authentication guide and working only on
 * the raw recorded request (method, request target, headers, body bytes) with JDK crypto, never
 * calling Signet's signer. {@link FakeKraken} uses it for every private call; a client's own tests
 * use it on what a {@code MockWebServer} recorded. Thread-safe; it remembers the last nonce accepted
 * per key, as Kraken does.
 *
 * <p>Checks, in order: a {@code POST} with no query string ({@code EGeneral:Invalid arguments});
 * the {@code API-Key} is known ({@code EAPI:Invalid key}); the declared content type matches the
 * body, form or a JSON object starting with {@code "nonce"} (a mismatch fails like a bad signature,
 * since what Kraken reads is not what was signed); no duplicate form key
 * ({@code EGeneral:Invalid arguments}); a numeric nonce ({@code EAPI:Invalid nonce});
 * {@code API-Sign} equals base64(HMAC-SHA512(base64decode(secret), path + SHA256(nonce + body
 * bytes as sent))) ({@code EAPI:Invalid key}); the nonce is greater than the last one accepted for
 * the key ({@code EAPI:Invalid nonce}); no empty form value ({@code EGeneral:Invalid
 * arguments:<key>}). The first failure throws a {@link Rejection}.
 *
 * <pre>{@code
 * KrakenSignatureCheck check = KrakenSignatureCheck.builder().key(apiKey, base64Secret).build();
 * long nonce = check.verify(server.takeRequest()).nonce();
 * }</pre>
 */
public final class KrakenSignatureCheck {
  private static final Pattern JSON_NONCE = Pattern.compile("^\\{\\s*\"nonce\"\\s*:\\s*\"?([0-9]+)\"?");
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");

  /**
   * A private call Kraken would accept.
   *
   * <p>Example: {@code assertThat(check.verify(request).param("pair")).contains("XBTUSD");}
   *
   * @param apiKey the key it was sent with
   * @param path the request path, e.g. {@code /0/private/Balance}
   * @param nonce the nonce
   * @param params a form body's parameters, decoded, in wire order, {@code nonce} among them; empty for JSON
   * @param json the JSON body, or null for a form body
   */
  public record Verified(String apiKey, String path, long nonce, List<Map.Entry<String, String>> params, String json) {
    /**
     * The value of form parameter {@code name}, decoded.
     * @param name the form parameter name, case-sensitive
     * @return the first decoded value, or empty when absent or the body is JSON
     */
    public Optional<String> param(String name) {
      return params.stream().filter(p -> p.getKey().equals(name)).map(Map.Entry::getValue).findFirst();
    }
  }

  /**
   * A private call Kraken would refuse, with the error it would answer (in HTTP 200). Its message
   * adds what the check saw, for a failing test.
   *
   * <p>Example: {@code catch (KrakenSignatureCheck.Rejection r) { return r.reply(); }}
   */
  public static final class Rejection extends RuntimeException {
    private final String error;

    Rejection(String error, String detail) {
      super("Kraken would answer {\"error\":[\"" + error + "\"]}" + (detail == null ? "" : ": " + detail), null, false, false);
      this.error = error;
    }

    /**
     * Kraken's error, e.g. {@code EAPI:Invalid key}.
     * @return the Kraken error string
     */
    public String error() {
      return error;
    }

    /**
     * The answer Kraken sends.
     * @return HTTP 200 {@code {"error":[<error>]}}
     */
    public Reply reply() {
      return Reply.krakenError(error);
    }
  }

  private final Map<String, byte[]> secrets;
  private final Map<String, Long> lastNonce = new HashMap<>();

  private KrakenSignatureCheck(Builder b) {
    this.secrets = Map.copyOf(b.secrets);
  }

  /**
   * A new builder with no keys.
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The last nonce accepted for {@code apiKey}, or 0.
   * @param apiKey the API key
   * @return the highest nonce accepted so far for the key, or 0 when none
   */
  public long lastNonce(String apiKey) {
    synchronized (lastNonce) {
      return lastNonce.getOrDefault(apiKey, 0L);
    }
  }

  /**
   * Verifies a private call; throws a {@link Rejection} with Kraken's error at the first failure.
   * @param request the request as the fake server recorded it
   * @return what the verified call carried
   * @throws Rejection when the call is not a {@code POST}, its body or arguments are malformed, or its key,
   *     signature or nonce is one Kraken would refuse
   */
  public Verified verify(RecordedRequest request) {
    if (!request.getMethod().equals("POST")) {
      throw new Rejection("EGeneral:Invalid arguments", "private calls are POST, not " + request.getMethod());
    }
    String path = request.getTarget();
    if (path.contains("?")) {
      throw new Rejection("EGeneral:Invalid arguments", "a private call carries its arguments in the body, not in " + path);
    }
    String apiKey = request.getHeaders().get("API-Key");
    byte[] secret = apiKey == null ? null : secrets.get(apiKey);
    if (secret == null) {
      throw new Rejection("EAPI:Invalid key", apiKey == null ? "no API-Key header" : "unknown API-Key");
    }
    byte[] bodyBytes = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
    String body = new String(bodyBytes, StandardCharsets.UTF_8);
    String contentType = request.getHeaders().get("Content-Type");
    boolean json = contentType != null && contentType.startsWith("application/json");
    boolean form = contentType != null && contentType.startsWith("application/x-www-form-urlencoded");
    List<Map.Entry<String, String>> params = new ArrayList<>();
    String nonce;
    if (json) {
      Matcher m = JSON_NONCE.matcher(body);
      if (!body.startsWith("{") || !m.find()) {
        throw new Rejection("EAPI:Invalid key", "Content-Type " + contentType + " but the body is not a JSON object starting with the nonce: " + body);
      }
      nonce = m.group(1);
    } else if (form) {
      if (body.startsWith("{")) {
        throw new Rejection("EAPI:Invalid key", "Content-Type " + contentType + " but the body is JSON: " + body);
      }
      Set<String> seen = new HashSet<>();
      nonce = null;
      for (Pair p : WireParams.parse(body)) {
        if (!seen.add(p.key())) {
          throw new Rejection("EGeneral:Invalid arguments", "duplicate key " + p.key());
        }
        params.add(Map.entry(p.key(), p.value()));
        if (p.key().equals("nonce")) {
          nonce = p.value();
        }
      }
    } else {
      throw new Rejection("EAPI:Invalid key", "Content-Type " + contentType);
    }
    if (nonce == null || !DIGITS.matcher(nonce).matches()) {
      throw new Rejection("EAPI:Invalid nonce", "nonce " + nonce);
    }
    String sign = request.getHeaders().get("API-Sign");
    String expected = apiSign(secret, path, nonce, bodyBytes);
    if (sign == null || !MessageDigest.isEqual(sign.getBytes(StandardCharsets.US_ASCII), expected.getBytes(StandardCharsets.US_ASCII))) {
      throw new Rejection("EAPI:Invalid key", "API-Sign over " + path + " and nonce " + nonce + " + '" + body + "'");
    }
    long n = Long.parseLong(nonce);
    synchronized (lastNonce) {
      long last = lastNonce.getOrDefault(apiKey, 0L);
      if (n <= last) {
        throw new Rejection("EAPI:Invalid nonce", "nonce " + n + " is not above the last accepted " + last);
      }
      lastNonce.put(apiKey, n);
    }
    for (Map.Entry<String, String> e : params) {
      if (e.getValue().isEmpty()) {
        throw new Rejection("EGeneral:Invalid arguments:" + e.getKey(), null);
      }
    }
    return new Verified(apiKey, path, n, List.copyOf(params), json ? body : null);
  }

  private static String apiSign(byte[] secret, String path, String nonce, byte[] body) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(nonce.getBytes(StandardCharsets.US_ASCII));
      byte[] hash = sha256.digest(body);
      Mac mac = Mac.getInstance("HmacSHA512");
      mac.init(new SecretKeySpec(secret, "HmacSHA512"));
      mac.update(path.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(mac.doFinal(hash));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Configures a {@link KrakenSignatureCheck}.
   *
   * <p>Example: {@code KrakenSignatureCheck.builder().key("kraken-key", base64Secret).build()}
   */
  public static final class Builder {
    private final Map<String, byte[]> secrets = new HashMap<>();

    private Builder() {}

    /**
     * Accepts an API key with its base64 private key.
     * @param apiKey the API key the client sends in {@code API-Key}
     * @param base64PrivateKey the private key, standard base64
     * @return this builder
     * @throws NullPointerException if either argument is null
     * @throws IllegalArgumentException if {@code base64PrivateKey} is not valid base64
     */
    public Builder key(String apiKey, String base64PrivateKey) {
      secrets.put(Objects.requireNonNull(apiKey, "apiKey"),
          Base64.getDecoder().decode(Objects.requireNonNull(base64PrivateKey, "base64PrivateKey")));
      return this;
    }

    /**
     * The check.
     * @return a check that accepts the keys added so far
     */
    public KrakenSignatureCheck build() {
      return new KrakenSignatureCheck(this);
    }
  }
}
