package dev.signet.kraken.internal;

import dev.signet.core.ExchangeApiException;
import dev.signet.core.MalformedResponseException;
import dev.signet.core.ResponseHandler;
import dev.signet.core.SignetJson;
import dev.signet.kraken.KrakenApiException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JavaType;

/**
 * Kraken's single error mapping and decoding step: a non-200 status is a transport-level error
 * (Kraken sends API errors with 200); the envelope is decoded straight from the stream; an
 * {@code E…} string in {@code error} becomes a {@link KrakenApiException}; {@code W…} warnings
 * alone leave the result valid. Not API.
 */
public final class KrakenResponses {
  private KrakenResponses() {}

  /** A handler decoding the envelope's {@code result} as {@code resultType}. */
  public static <T> ResponseHandler<T> result(JavaType resultType, String method) {
    JavaType envelope = SignetJson.mapper().getTypeFactory().constructParametricType(KrakenEnvelope.class, resultType);
    return response -> {
      if (!response.isSuccessful()) {
        throw ExchangeApiException.unrecognised(response.code(), response.body().string());
      }
      KrakenEnvelope<T> decoded = SignetJson.mapper().readValue(response.body().byteStream(), envelope);
      List<String> errors = new ArrayList<>();
      if (decoded.error() != null) {
        for (String e : decoded.error()) {
          if (!e.startsWith("W")) {
            errors.add(e);
          }
        }
      }
      if (!errors.isEmpty()) {
        throw new KrakenApiException(decoded.error(), response.code(), "", method);
      }
      if (decoded.result() == null) {
        throw new MalformedResponseException("Kraken " + method + " answered with neither an error nor a result",
            response.code(), null);
      }
      return decoded.result();
    };
  }
}
