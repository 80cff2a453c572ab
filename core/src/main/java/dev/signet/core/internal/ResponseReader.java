package dev.signet.core.internal;

import dev.signet.core.Operation;
import java.io.IOException;
import okhttp3.Response;

/**
 * An exchange's single error mapping and envelope: turns one HTTP response into the operation's
 * value (through {@link Operation#decoder()}) or throws the exchange's exception
 * ({@code BinanceResponses}, {@code KrakenResponses}). I/O and decoding failures are mapped by the
 * {@link Executor}, so a reader only decides what a response means. Not API.
 *
 * <pre>{@code
 * ResponseReader reader = new BinanceResponses("HMAC key vmPU…");
 * }</pre>
 */
public interface ResponseReader {
  /**
   * Decodes {@code response} (whose body the caller closes) or throws an exchange exception.
   *
   * @param <T> the type of the decoded response
   * @param response the HTTP response
   * @param operation the operation being performed
   * @return {@code response} (whose body the caller closes) or throws an exchange exception
   * @throws IOException if the request cannot be sent or the response cannot be read
   */
  <T> T read(Response response, Operation<T> operation) throws IOException;
}
