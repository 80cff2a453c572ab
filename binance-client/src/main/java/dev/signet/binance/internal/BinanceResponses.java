package dev.signet.binance.internal;

import dev.signet.binance.BinanceApiException;
import dev.signet.core.ExchangeApiException;
import dev.signet.core.ResponseHandler;
import dev.signet.core.SignetJson;
import java.io.IOException;
import okhttp3.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * Binance's single error mapping and decoding step: a 2xx body is decoded straight from the
 * response stream into the requested type; any other status becomes a {@link BinanceApiException}
 * (or an {@link ExchangeApiException} when the body is not Binance's error JSON). Not API.
 */
public final class BinanceResponses {
  private BinanceResponses() {}

  /** A handler that decodes successful bodies into {@code type}. */
  public static <T> ResponseHandler<T> json(JavaType type) {
    return response -> {
      if (!response.isSuccessful()) {
        throw error(response);
      }
      return SignetJson.mapper().readValue(response.body().byteStream(), type);
    };
  }

  /** A handler that decodes successful bodies into {@code type}. */
  public static <T> ResponseHandler<T> json(Class<T> type) {
    return json(SignetJson.mapper().constructType(type));
  }

  /** The exception for a non-2xx response. */
  public static ExchangeApiException error(Response response) throws IOException {
    String body = response.body().string();
    String request = response.request().method() + " " + response.request().url().encodedPath();
    try {
      JsonNode node = SignetJson.mapper().readTree(body);
      if (node != null && node.has("code") && node.get("code").isIntegralNumber() && node.has("msg")) {
        return new BinanceApiException(node.get("code").asInt(), node.get("msg").asString(), response.code(), body, request);
      }
    } catch (JacksonException notJson) {
      // falls through: an HTML page or other non-Binance body
    }
    return ExchangeApiException.unrecognised(response.code(), body);
  }
}
