package dev.signet.binance.internal;

import dev.signet.binance.BinanceApiException;
import dev.signet.binance.IpBannedException;
import dev.signet.core.ExchangeApiException;
import dev.signet.core.Operation;
import dev.signet.core.SignetJson;
import dev.signet.core.SigningResult;
import dev.signet.core.internal.ResponseReader;
import java.io.IOException;
import java.time.Instant;
import okhttp3.Request;
import okhttp3.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Binance's single error mapping and decoding step: a 2xx body is decoded straight from the
 * response stream by the operation's decoder (nothing may follow the value); a 418 becomes {@link IpBannedException}; any other
 * status becomes a {@link BinanceApiException} (or an {@link ExchangeApiException} when the body is
 * not Binance's error JSON). A {@code -1022} is explained: the request as sent, the signed text,
 * the causes ruled out by construction and the ones that remain. Not API.
 *
 * <pre>{@code
 * ResponseReader reader = new BinanceResponses("HMAC key vmPU…");
 * }</pre>
 */
public final class BinanceResponses implements ResponseReader {
  private final String keyDescription;

  /** @param keyDescription the key type and redacted API key, e.g. {@code HMAC key vmPU…} */
  public BinanceResponses(String keyDescription) {
    this.keyDescription = keyDescription;
  }

  @Override
  public <T> T read(Response response, Operation<T> operation) throws IOException {
    if (!response.isSuccessful()) {
      String body = response.body().string();
      if (operation.decoder() instanceof ErrorDataDecoder<T> withData) {
        JsonNode node = binanceError(body);
        if (node != null && node.path("data").isObject()) {
          return withData.decodeError(response.code(), node.get("code").asInt(), node.get("msg").asString(), node.get("data"));
        }
      }
      throw error(response, body);
    }
    try (JsonParser parser = SignetJson.mapper().createParser(response.body().byteStream())) {
      if (parser.nextToken() == null) {
        throw new IllegalArgumentException("the body is empty");
      }
      T value = operation.decoder().decode(parser);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        throw new IllegalArgumentException("more JSON follows the value (" + trailing + ")");
      }
      return value;
    }
  }

  /**
   * The exception for a non-2xx response.
   *
   * @param response the HTTP response
   * @return the exception for a non-2xx response
   * @throws IOException if reading the response body fails
   */
  public dev.signet.core.SignetException error(Response response) throws IOException {
    return error(response, response.body().string());
  }

  private dev.signet.core.SignetException error(Response response, String body) {
    Request request = response.request();
    String line = request.method() + " " + request.url().encodedPath();
    if (response.code() == 418) {
      Instant now = Instant.now();
      return new IpBannedException(request.url().host(), now.plusMillis(WeightTracker.retryAfterMillis(response)), now);
    }
    JsonNode node = binanceError(body);
    if (node != null) {
      int code = node.get("code").asInt();
      String explanation = code == -1022 ? explainSignature(request) : "";
      return new BinanceApiException(code, node.get("msg").asString(), response.code(), body, line, explanation);
    }
    return ExchangeApiException.unrecognised(response.code(), body);
  }

  /** The body as a tree when it is Binance's error JSON ({@code code} and {@code msg}), else null. */
  private static JsonNode binanceError(String body) {
    try {
      JsonNode node = SignetJson.mapper().readTree(body);
      boolean isError = node != null && node.has("code") && node.get("code").isIntegralNumber() && node.has("msg");
      return isError ? node : null;
    } catch (JacksonException notJson) {
      return null; // an HTML page or other non-Binance body
    }
  }

  private String explainSignature(Request request) {
    SigningResult signed = request.tag(SigningResult.class);
    StringBuilder s = new StringBuilder();
    s.append("\nRequest as sent: ").append(request.method()).append(' ').append(request.url());
    if (signed != null && signed.body().size() > 0) {
      s.append("\nBody as sent: ").append(signed.body().utf8());
    }
    if (signed != null) {
      s.append("\nSigned text: ").append(signed.signedText());
    }
    s.append("\nRuled out by construction: parameter order and percent-encoding (the signature covers the exact"
        + " bytes sent), empty values, duplicate keys, timestamp and signature as the last parameters.");
    s.append("\nRemaining causes: the secret does not belong to this API key (").append(keyDescription)
        .append("); the key is of another type than the one configured; the key belongs to another account,"
            + " sub-account or environment (testnet keys do not work on production and the reverse); the key lacks"
            + " permission for this endpoint or this IP is not on its whitelist.");
    return s.toString();
  }
}
