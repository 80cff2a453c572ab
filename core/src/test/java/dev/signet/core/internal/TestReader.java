package dev.signet.core.internal;

import dev.signet.core.ExchangeApiException;
import dev.signet.core.Operation;
import dev.signet.core.SignetJson;
import java.io.IOException;
import okhttp3.Response;
import tools.jackson.core.JsonParser;

/** A minimal exchange reader for core's tests: non-2xx is an {@link ExchangeApiException}, else the body is decoded. */
enum TestReader implements ResponseReader {
  INSTANCE;

  @Override
  public <T> T read(Response response, Operation<T> operation) throws IOException {
    if (!response.isSuccessful()) {
      throw ExchangeApiException.unrecognised(response.code(), response.body().string());
    }
    try (JsonParser p = SignetJson.mapper().createParser(response.body().byteStream())) {
      return operation.decoder().decode(p);
    }
  }
}
