package dev.signet.kraken.internal;

import dev.signet.core.ExchangeApiException;
import dev.signet.core.MalformedResponseException;
import dev.signet.core.Operation;
import dev.signet.core.SignetJson;
import dev.signet.core.SigningResult;
import dev.signet.core.internal.ResponseReader;
import dev.signet.kraken.KrakenApiException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Request;
import okhttp3.Response;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Kraken's single error mapping and decoding step: a non-200 status is a transport-level error
 * (Kraken sends API errors with 200); the envelope is decoded straight from the stream; an
 * {@code E…} string in {@code error} becomes a {@link KrakenApiException}; {@code W…} warnings
 * alone leave the result valid. Not API.
 *
 * <pre>{@code
 * ResponseReader reader = new KrakenResponses();
 * }</pre>
 */
public final class KrakenResponses implements ResponseReader {
  /** The reader; stateless. */
  public KrakenResponses() {}

  /** The explanation appended to invalid key, signature or nonce, a lockout and a denied permission. */
  static String explain(List<String> errors, Request request) {
    if (errors.contains("EAPI:Invalid key") || errors.contains("EAPI:Invalid signature")) {
      SigningResult signed = request.tag(SigningResult.class);
      StringBuilder s = new StringBuilder();
      s.append("\nRequest as sent: POST ").append(request.url().encodedPath());
      if (signed != null) {
        s.append(" with body ").append(signed.body().utf8()).append("\nSigned: ").append(signed.signedText());
      }
      s.append("\nRuled out by construction: the body signed is the body sent (same order, same encoding, %20 never +),"
          + " the full /0/private/ path is signed, the content type matches the body.");
      s.append("\nRemaining causes: the private key does not belong to this API key (check you did not swap the public"
          + " and private key); the key was deleted or belongs to another account or sub-account; the key lacks the"
          + " permission this method needs; this IP is not on the key's allow list.");
      return s.toString();
    }
    if (errors.contains("EAPI:Invalid nonce")) {
      return "\nKraken saw a nonce not greater than the last one it accepted for this API key. Usual causes: another"
          + " process or client uses the same key with higher nonces (give each process its own key, or share one"
          + " KrakenNonceSource over a common counter); an earlier client sent microsecond nonces and this one sends"
          + " milliseconds; calls arrived out of order beyond the key's nonce window (raise the window in the key"
          + " settings). Repeated invalid nonces lead to EGeneral:Temporary lockout.";
    }
    if (errors.stream().anyMatch(e -> e.startsWith("EGeneral:Temporary lockout"))) {
      return "\nKraken locks an API key out (about 15 minutes, per its support pages) after too many failed calls"
          + " (invalid key, signature or nonce). Stop calling with this key for a while and fix the cause of those"
          + " errors first; retrying only extends the lockout.";
    }
    if (errors.stream().anyMatch(e -> e.startsWith("EGeneral:Permission denied"))) {
      return "\nThe API key lacks the permission this method needs; add it in the key's settings (e.g. \"Create & modify"
          + " orders\" for placing orders, \"Cancel & close orders\" for cancelling, \"WebSocket interface\" for a"
          + " WebSockets token).";
    }
    return "";
  }

  /** The envelope's {@code error} array (the parser on its start): Kraken sends strings only. */
  private static List<String> errors(JsonParser p, String path, int status) {
    List<String> errors = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t != JsonToken.VALUE_STRING) {
        throw new MalformedResponseException("Kraken " + methodName(path) + " answered with an error entry that is not a string: "
            + t, status, null);
      }
      errors.add(p.getString());
    }
    return errors;
  }

  /**
   * Decodes the envelope's {@code result} with the operation's decoder. The envelope is read off
   * the stream by hand ({@code error} and {@code result} in either order, other members skipped),
   * so only the result itself goes through data binding.
   */
  @Override
  @SuppressWarnings("unchecked") // ExportBytes is a Decoder<ByteString>, so T is ByteString
  public <T> T read(Response response, Operation<T> operation) throws IOException {
    String path = operation.endpoint().path();
    if (operation.decoder() instanceof ExportBytes && response.isSuccessful() && !ExportBytes.isJson(response)) {
      return (T) ExportBytes.read(response, methodName(path));
    }
    if (!response.isSuccessful()) {
      throw ExchangeApiException.unrecognised(response.code(), response.body().string());
    }
    List<String> all = List.of();
    T result = null;
    try (JsonParser p = SignetJson.mapper().createParser(response.body().byteStream())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new MalformedResponseException("Kraken " + methodName(path) + " answered with something other than a JSON object",
            response.code(), null);
      }
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken value = p.nextToken();
        if (name.equals("error") && value == JsonToken.START_ARRAY) {
          all = errors(p, path, response.code());
        } else if (name.equals("result") && value == JsonToken.VALUE_NULL
            && operation.decoder() instanceof AccountNullResult<?>) {
          result = (T) java.util.Optional.empty(); // AccountNullResult decodes Optional<…>
        } else if (name.equals("result") && value != JsonToken.VALUE_NULL) {
          result = operation.decoder().decode(p);
        } else {
          p.skipChildren();
        }
      }
    }
    List<String> errors = new ArrayList<>();
    for (String e : all) {
      if (!e.startsWith("W")) {
        errors.add(e);
      }
    }
    if (!errors.isEmpty()) {
      throw KrakenErrors.exception(all, response.code(), "", methodName(path), explain(errors, response.request()));
    }
    if (result == null) {
      throw new MalformedResponseException("Kraken " + methodName(path) + " answered with neither an error nor a result",
          response.code(), null);
    }
    return result;
  }

  /** {@code /0/private/Earn/Allocate} → {@code Earn/Allocate}. */
  static String methodName(String path) {
    if (path.startsWith(KrakenEndpoints.PRIVATE)) {
      return path.substring(KrakenEndpoints.PRIVATE.length());
    }
    return path.startsWith(KrakenEndpoints.PUBLIC) ? path.substring(KrakenEndpoints.PUBLIC.length()) : path;
  }
}
