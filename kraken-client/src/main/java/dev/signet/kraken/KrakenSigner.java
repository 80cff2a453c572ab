package dev.signet.kraken;

import dev.signet.core.FormEncoder;
import dev.signet.core.SignetJson;
import dev.signet.core.Signer;
import dev.signet.core.SigningInput;
import dev.signet.core.SigningResult;
import dev.signet.core.signing.Hmac;
import dev.signet.core.signing.SignatureText;
import dev.signet.kraken.internal.ApiSignPayload;
import java.util.List;
import java.util.Objects;
import okio.ByteString;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Signs Kraken private calls as Kraken's "Spot REST Authentication" guide asks:
 * {@code API-Sign = base64(HMAC-SHA512(key = base64decode(private key),
 * message = URI path + SHA256(nonce + POST data)))}.
 *
 * <ul>
 *   <li>{@code nonce} is added as the first form field ({@code nonce=…&…}), or as the first
 *       member of a JSON body ({@code {"nonce":"…",…}}); the bytes hashed are the bytes sent;</li>
 *   <li>the URI path comes from the request URL itself, so {@code /0/private/} can never be
 *       dropped;</li>
 *   <li>a body whose content type is neither form nor JSON is refused.</li>
 * </ul>
 *
 * <p>Thread-safe. For arrival in nonce order the client installs it with
 * {@code SigningInterceptor.ordered}.
 *
 * <pre>{@code
 * KrakenSigner signer = new KrakenSigner(KrakenCredentials.of(apiKey, privateKey), KrakenNonceSource.fromClock(Clock.systemUTC()));
 * }</pre>
 */
public final class KrakenSigner implements Signer {
  /** The path prefix of every private method. */
  public static final String PRIVATE_PREFIX = "/0/private/";

  private final KrakenNonceSource nonces;
  private final ApiSignPayload payload = new ApiSignPayload();
  private final Hmac hmacSha512;

  /**
   * @param credentials the key that signs
   * @param nonces the key's nonce source
   */
  public KrakenSigner(KrakenCredentials credentials, KrakenNonceSource nonces) {
    this.hmacSha512 = Objects.requireNonNull(credentials, "credentials").hmacSha512();
    this.nonces = Objects.requireNonNull(nonces, "nonces");
  }

  @Override
  public SigningResult sign(SigningInput input) {
    String path = input.encodedPath();
    if (!path.startsWith(PRIVATE_PREFIX) || path.length() == PRIVATE_PREFIX.length()) {
      throw new IllegalArgumentException("Kraken private calls go to " + PRIVATE_PREFIX + "<Method>; the path is '"
          + path + "'. Use KrakenClient.privateCall(\"Method\", params).");
    }
    if (!input.encodedQuery().isEmpty()) {
      throw new IllegalArgumentException("Kraken private calls take no query string; send the parameters in the body.");
    }
    String nonce = Long.toString(nonces.nextNonce());
    String body = input.body().utf8();
    String sent;
    if (input.isJsonBody()) {
      sent = jsonWithNonce(body, nonce);
    } else if (input.contentType() == null || input.isFormBody()) {
      if (FormEncoder.containsKey(body, "nonce")) {
        throw new IllegalArgumentException("Parameter 'nonce' is added by the signer; remove it from the params.");
      }
      sent = body.isEmpty() ? "nonce=" + nonce : "nonce=" + nonce + "&" + body;
    } else {
      throw new IllegalArgumentException("Kraken private bodies are form-encoded or JSON; the body has content type "
          + input.contentType() + ".");
    }
    String signature = apiSign(path, nonce, sent);
    return new SigningResult("", ByteString.encodeUtf8(sent), List.of(new SigningResult.Header("API-Sign", signature)),
        path + " + SHA256(" + nonce + sent + ")");
  }

  /**
   * {@code base64(HMAC-SHA512(path + SHA256(nonce + postData)))}: the API-Sign header value.
   *
   * @param path the request path, e.g. {@code /0/private/AddOrder}
   * @param nonce the nonce exactly as sent in the body, in decimal
   * @param postData the whole body as sent (form-encoded or JSON, nonce included), UTF-8 text
   * @return the base64 signature for the {@code API-Sign} header
   */
  public String apiSign(String path, String nonce, String postData) {
    return SignatureText.base64(hmacSha512.sign(payload.bytes(path, nonce, postData)));
  }

  private static String jsonWithNonce(String body, String nonce) {
    String trimmed = body.strip();
    if (!trimmed.startsWith("{") || !trimmed.endsWith("}")) {
      throw new IllegalArgumentException("A JSON body for a Kraken private call must be a JSON object.");
    }
    if (trimmed.contains("\"nonce\"") && hasTopLevelNonce(trimmed)) {
      throw new IllegalArgumentException("The JSON body already has a \"nonce\" member; the signer adds it. Remove it.");
    }
    String rest = trimmed.substring(1).strip();
    String head = "{\"nonce\":\"" + nonce + "\"";
    return rest.equals("}") ? head + "}" : head + "," + rest;
  }

  /** Whether the object has a {@code nonce} member of its own (a value or a nested member spelled so is fine). */
  private static boolean hasTopLevelNonce(String json) {
    try (JsonParser p = SignetJson.mapper().createParser(json)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        if (p.currentName().equals("nonce")) {
          return true;
        }
        p.nextToken();
        p.skipChildren();
      }
      return false;
    } catch (JacksonException e) {
      throw new IllegalArgumentException("The JSON body for a Kraken private call is not valid JSON: "
          + e.getOriginalMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "KrakenSigner";
  }
}
