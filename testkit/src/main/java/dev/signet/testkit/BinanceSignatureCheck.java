package dev.signet.testkit;

import dev.signet.testkit.internal.WireParams;
import dev.signet.testkit.internal.WireParams.Pair;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.RecordedRequest;

/**
 * What Binance does with a signed request, written from its docs and working only on the raw
 * recorded request (method, request target, headers, body bytes) with JDK crypto, never calling
 * Signet's signer. {@link FakeBinance} uses it for every signed call; a client's own tests use it on
 * what a {@code MockWebServer} recorded. Immutable and thread-safe.
 *
 * <p>Checks, in Binance's order: the {@code X-MBX-APIKEY} key is known ({@code -2015}, HTTP 401);
 * a body is form-encoded ({@code -1102}); no duplicate key ({@code -1101}) and no empty value
 * ({@code -1102}); {@code signature} present ({@code -1102}) and last ({@code -1022}); the
 * signature (HMAC-SHA256 hex, RSA or Ed25519 base64) over the query bytes as sent followed by the
 * body bytes as sent ({@code -1022}); {@code timestamp} present and numeric; {@code recvWindow} at
 * most 60000 ({@code -1131}); {@code timestamp} within {@code recvWindow} (default 5000) of the
 * clock and not 1 s ahead of it ({@code -1021}). The first failure throws a {@link Rejection}.
 *
 * <pre>{@code
 * BinanceSignatureCheck check = BinanceSignatureCheck.builder().hmacKey(apiKey, secret).clock(clock).build();
 * List<Map.Entry<String, String>> params = check.verify(server.takeRequest()).params();
 * }</pre>
 */
public final class BinanceSignatureCheck {
  private static final long MAX_RECV_WINDOW = 60_000;

  private sealed interface Key permits Hmac, Asymmetric {}

  private record Hmac(byte[] secret) implements Key {}

  private record Asymmetric(PublicKey publicKey, String algorithm) implements Key {}

  /**
   * A request Binance would accept.
   *
   * <p>Example: {@code assertThat(check.verify(request).param("symbol")).contains("BTCUSDT");}
   *
   * @param apiKey the key it was sent with
   * @param params every parameter, decoded, in wire order (query, then body), {@code timestamp}
   *     and {@code signature} among them
   * @param signedPayload the text the signature covers
   */
  public record Verified(String apiKey, List<Map.Entry<String, String>> params, String signedPayload) {
    /**
     * The value of {@code name}, decoded.
     * @param name the parameter name, case-sensitive
     * @return the first decoded value, or empty when absent
     */
    public Optional<String> param(String name) {
      return params.stream().filter(p -> p.getKey().equals(name)).map(Map.Entry::getValue).findFirst();
    }
  }

  /**
   * A request Binance would refuse, with the error it would answer. Its message adds what the check
   * saw, for a failing test.
   *
   * <p>Example: {@code catch (BinanceSignatureCheck.Rejection r) { return r.reply(); }}
   */
  public static final class Rejection extends RuntimeException {
    private final int httpStatus;
    private final int code;
    private final String exchangeMessage;

    Rejection(int httpStatus, int code, String exchangeMessage, String detail) {
      super("Binance would answer HTTP " + httpStatus + " " + code + " \"" + exchangeMessage + "\""
          + (detail == null ? "" : ": " + detail), null, false, false);
      this.httpStatus = httpStatus;
      this.code = code;
      this.exchangeMessage = exchangeMessage;
    }

    /**
     * The HTTP status Binance answers, e.g. 400.
     * @return the HTTP status, e.g. 400 or 401
     */
    public int httpStatus() {
      return httpStatus;
    }

    /**
     * Binance's error code, e.g. {@code -1022}.
     * @return the Binance error code, negative
     */
    public int code() {
      return code;
    }

    /**
     * Binance's {@code msg}, e.g. {@code Signature for this request is not valid.}
     * @return the Binance error message
     */
    public String exchangeMessage() {
      return exchangeMessage;
    }

    /**
     * The answer Binance sends.
     * @return the reply with this rejection's status, code and message
     */
    public Reply reply() {
      return Reply.binanceError(httpStatus, code, exchangeMessage);
    }
  }

  private final Map<String, Key> keys;
  private final Clock clock;

  private BinanceSignatureCheck(Builder b) {
    this.keys = Map.copyOf(b.keys);
    this.clock = b.clock;
  }

  /**
   * A new builder: no keys, the system clock.
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The API key of {@code request} if the check knows it, else a {@code -2015} {@link Rejection}.
   * @param request the request as the fake server recorded it
   * @return the API key from {@code X-MBX-APIKEY}
   * @throws Rejection (HTTP 401, {@code -2015}) when the header is missing or names an unknown key
   */
  public String verifyApiKey(RecordedRequest request) {
    String apiKey = request.getHeaders().get("X-MBX-APIKEY");
    if (apiKey == null || !keys.containsKey(apiKey)) {
      throw new Rejection(401, -2015, "Invalid API-key, IP, or permissions for action.",
          apiKey == null ? "no X-MBX-APIKEY header" : "unknown API key");
    }
    return apiKey;
  }

  /**
   * Verifies a signed request; throws a {@link Rejection} with Binance's error at the first failure.
   * @param request the request as the fake server recorded it
   * @return what the verified request carried
   * @throws Rejection when the key is unknown, a parameter is missing, duplicated or malformed, or the
   *     timestamp, {@code recvWindow} or signature is one Binance would refuse
   */
  public Verified verify(RecordedRequest request) {
    String apiKey = verifyApiKey(request);
    Key key = keys.get(apiKey);
    String target = request.getTarget();
    int q = target.indexOf('?');
    String rawQuery = q < 0 ? "" : target.substring(q + 1);
    byte[] bodyBytes = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
    String body = new String(bodyBytes, StandardCharsets.UTF_8);
    String contentType = request.getHeaders().get("Content-Type");
    if (!body.isEmpty() && (contentType == null || !contentType.startsWith("application/x-www-form-urlencoded"))) {
      throw new Rejection(400, -1102, "A mandatory parameter was not sent, was empty/null, or malformed.",
          "a body with Content-Type " + contentType);
    }
    List<Pair> query = WireParams.parse(rawQuery);
    List<Pair> form = WireParams.parse(body);
    List<Pair> all = new ArrayList<>(query);
    all.addAll(form);

    Set<String> seen = new HashSet<>();
    for (Pair p : all) {
      if (!seen.add(p.key())) {
        throw new Rejection(400, -1101, "Duplicate values for a parameter detected.", "key " + p.key());
      }
      if (p.value().isEmpty()) {
        throw new Rejection(400, -1102, "Mandatory parameter '" + p.key() + "' was not sent, was empty/null, or malformed.", null);
      }
    }
    if (!seen.contains("signature")) {
      throw new Rejection(400, -1102, "Mandatory parameter 'signature' was not sent, was empty/null, or malformed.", null);
    }
    Pair last = all.get(all.size() - 1);
    if (!last.key().equals("signature")) {
      throw new Rejection(400, -1022, "Signature for this request is not valid.",
          "signature is not the last parameter of " + (form.isEmpty() ? rawQuery : body));
    }
    byte[] payload;
    if (form.isEmpty()) {
      payload = stripLast(rawQuery.getBytes(StandardCharsets.UTF_8), last.raw());
    } else {
      byte[] head = rawQuery.getBytes(StandardCharsets.UTF_8);
      byte[] tail = stripLast(bodyBytes, last.raw());
      payload = Arrays.copyOf(head, head.length + tail.length);
      System.arraycopy(tail, 0, payload, head.length, tail.length);
    }
    String signedPayload = new String(payload, StandardCharsets.UTF_8);
    if (!signatureMatches(key, payload, last.value())) {
      throw new Rejection(400, -1022, "Signature for this request is not valid.", "signature over '" + signedPayload + "'");
    }

    Map<String, String> params = new HashMap<>();
    List<Map.Entry<String, String>> ordered = new ArrayList<>();
    for (Pair p : all) {
      params.put(p.key(), p.value());
      ordered.add(Map.entry(p.key(), p.value()));
    }
    checkTimestamp(params);
    return new Verified(apiKey, List.copyOf(ordered), signedPayload);
  }

  /**
   * Verifies the {@code params} of a signed WebSocket API request (e.g.
   * {@code userDataStream.subscribe.signature}) as Binance does: the {@code apiKey} is known, and
   * {@code signature} signs every other parameter sorted by name as {@code name=value} pairs joined
   * with {@code &}; then the timestamp rules of {@link #verify(RecordedRequest)}.
   *
   * @param params the request's {@code params}, values in their JSON text form
   * @return what the verified request carried, its parameters sorted by name
   * @throws Rejection at the first rule the request breaks
   */
  public Verified verifyWebSocket(Map<String, String> params) {
    String apiKey = params.get("apiKey");
    if (apiKey == null || !keys.containsKey(apiKey)) {
      throw new Rejection(401, -2015, "Invalid API-key, IP, or permissions for action.",
          apiKey == null ? "no apiKey parameter" : "unknown API key");
    }
    String signature = params.get("signature");
    if (signature == null || signature.isEmpty()) {
      throw new Rejection(400, -1102, "Mandatory parameter 'signature' was not sent, was empty/null, or malformed.", null);
    }
    TreeMap<String, String> signed = new TreeMap<>(params);
    signed.remove("signature");
    StringJoiner payload = new StringJoiner("&");
    signed.forEach((name, value) -> payload.add(name + "=" + value));
    if (!signatureMatches(keys.get(apiKey), payload.toString().getBytes(StandardCharsets.UTF_8), signature)) {
      throw new Rejection(400, -1022, "Signature for this request is not valid.", "signature over '" + payload + "'");
    }
    checkTimestamp(signed);
    return new Verified(apiKey, signed.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList(),
        payload.toString());
  }

  /**
   * {@return whether {@code apiKey} is a known Ed25519 key: only those may {@code session.logon}}
   * @param apiKey the API key
   */
  public boolean isEd25519(String apiKey) {
    return keys.get(apiKey) instanceof Asymmetric a && a.algorithm().equals("Ed25519");
  }

  /** {@return the clock timestamps are checked against} */
  public Clock clock() {
    return clock;
  }

  /** The timestamp is present, numeric, within {@code recvWindow} (at most 60000) and not 1 s ahead. */
  private void checkTimestamp(Map<String, String> params) {
    String ts = params.get("timestamp");
    if (ts == null) {
      throw new Rejection(400, -1102, "Mandatory parameter 'timestamp' was not sent, was empty/null, or malformed.", null);
    }
    long window = 5000;
    if (params.containsKey("recvWindow")) {
      window = parseLong(params.get("recvWindow"), "recvWindow");
      if (window > MAX_RECV_WINDOW || window <= 0) {
        throw new Rejection(400, -1131, "recvWindow must be less than 60000", "recvWindow=" + window);
      }
    }
    long timestamp = parseLong(ts, "timestamp");
    if (timestamp > 100_000_000_000_000L) {
      timestamp /= 1000; // microseconds
    }
    long now = clock.millis();
    if (timestamp >= now + 1000) {
      throw new Rejection(400, -1021, "Timestamp for this request was 1000ms ahead of the server's time.",
          "timestamp " + timestamp + ", server time " + now);
    }
    if (now - timestamp > window) {
      throw new Rejection(400, -1021, "Timestamp for this request is outside of the recvWindow.",
          "timestamp " + timestamp + ", server time " + now + ", recvWindow " + window);
    }
  }

  /** {@code encoded} without its last pair {@code lastRaw} and the {@code &} before it. */
  private static byte[] stripLast(byte[] encoded, String lastRaw) {
    int lastLength = lastRaw.getBytes(StandardCharsets.UTF_8).length;
    return encoded.length == lastLength ? new byte[0] : Arrays.copyOf(encoded, encoded.length - lastLength - 1);
  }

  private static boolean signatureMatches(Key key, byte[] data, String signature) {
    try {
      if (key instanceof Hmac h) {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(h.secret(), "HmacSHA256"));
        byte[] expected = mac.doFinal(data);
        return MessageDigest.isEqual(HexFormat.of().formatHex(expected).getBytes(StandardCharsets.US_ASCII),
            signature.getBytes(StandardCharsets.US_ASCII));
      }
      Asymmetric a = (Asymmetric) key;
      Signature verifier = Signature.getInstance(a.algorithm());
      verifier.initVerify(a.publicKey());
      verifier.update(data);
      return verifier.verify(Base64.getDecoder().decode(signature));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      return false;
    }
  }

  private static long parseLong(String value, String name) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new Rejection(400, -1100, "Illegal characters found in parameter '" + name + "'; legal range is '^[0-9]{1,20}$'.", null);
    }
  }

  /**
   * Configures a {@link BinanceSignatureCheck}.
   *
   * <p>Example: {@code BinanceSignatureCheck.builder().ed25519Key("edKey", publicKey).build()}
   */
  public static final class Builder {
    private final Map<String, Key> keys = new HashMap<>();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Accepts an HMAC key.
     * @param apiKey the API key the client sends in {@code X-MBX-APIKEY}
     * @param secretKey the HMAC-SHA256 secret, used as its UTF-8 bytes
     * @return this builder
     * @throws NullPointerException if either argument is null
     */
    public Builder hmacKey(String apiKey, String secretKey) {
      keys.put(Objects.requireNonNull(apiKey, "apiKey"),
          new Hmac(Objects.requireNonNull(secretKey, "secretKey").getBytes(StandardCharsets.UTF_8)));
      return this;
    }

    /**
     * Accepts an RSA key, verified with its public key.
     * @param apiKey the API key the client sends in {@code X-MBX-APIKEY}
     * @param publicKey the RSA public key; signatures are SHA256withRSA
     * @return this builder
     * @throws NullPointerException if either argument is null
     */
    public Builder rsaKey(String apiKey, PublicKey publicKey) {
      keys.put(Objects.requireNonNull(apiKey, "apiKey"), new Asymmetric(Objects.requireNonNull(publicKey, "publicKey"), "SHA256withRSA"));
      return this;
    }

    /**
     * Accepts an Ed25519 key, verified with its public key.
     * @param apiKey the API key the client sends in {@code X-MBX-APIKEY}
     * @param publicKey the Ed25519 public key
     * @return this builder
     * @throws NullPointerException if either argument is null
     */
    public Builder ed25519Key(String apiKey, PublicKey publicKey) {
      keys.put(Objects.requireNonNull(apiKey, "apiKey"), new Asymmetric(Objects.requireNonNull(publicKey, "publicKey"), "Ed25519"));
      return this;
    }

    /**
     * The server clock {@code timestamp} is checked against (default: the system clock).
     * @param clock the clock {@code timestamp} and {@code recvWindow} are checked against
     * @return this builder
     * @throws NullPointerException if {@code clock} is null
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The check.
     * @return a check that accepts the keys added so far
     */
    public BinanceSignatureCheck build() {
      return new BinanceSignatureCheck(this);
    }
  }
}
