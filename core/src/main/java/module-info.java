/**
 * Signet core: parameters, the one form encoder, signing, the executor every exchange client calls
 * through, the shared JSON configuration and the error model.
 *
 * <p>OkHttp ({@code OkHttpClient} in the client builders, {@code ByteString} from Okio in
 * {@link dev.signet.core.Operation} and {@link dev.signet.core.SigningInput}) and Jackson
 * ({@code JsonNode}, {@code JsonParser} in {@link dev.signet.core.Decoder}) appear in the API, so a
 * module that requires this one reads them too. Resilience4j is an implementation detail.
 */
@SuppressWarnings({"module", "requires-automatic"})
module dev.signet.core {
  // okhttp3 requires transitive okio (ByteString) and kotlin.stdlib; okio is an automatic module,
  // so it is read through okhttp3 rather than named here.
  requires transitive okhttp3;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires io.github.resilience4j.circuitbreaker;

  exports dev.signet.core;
  exports dev.signet.core.signing;
  exports dev.signet.core.book;
  exports dev.signet.core.stream;
  exports dev.signet.core.limit;

  exports dev.signet.core.internal to dev.signet.binance, dev.signet.kraken;
  exports dev.signet.core.internal.json to dev.signet.binance, dev.signet.kraken;
  exports dev.signet.core.internal.stream to dev.signet.binance, dev.signet.kraken;
}
