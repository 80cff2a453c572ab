package dev.signet.core;

import java.io.IOException;
import okhttp3.Response;

/**
 * Turns one HTTP response into a value or an exchange exception: the exchange module's single
 * place for error mapping and decoding ({@code BinanceResponses}, {@code KrakenResponses}).
 *
 * <p>Decoding errors ({@code JacksonException}) and I/O errors thrown here are mapped by
 * {@link HttpTransport}, so a handler only decides what a response means.
 *
 * <pre>{@code
 * ResponseHandler<Account> handler = response -> mapper.readValue(response.body().byteStream(), Account.class);
 * }</pre>
 *
 * @param <T> the decoded type
 */
@FunctionalInterface
public interface ResponseHandler<T> {
  /** Decodes {@code response} (whose body the caller closes) or throws an {@link ExchangeApiException}. */
  T handle(Response response) throws IOException;
}
