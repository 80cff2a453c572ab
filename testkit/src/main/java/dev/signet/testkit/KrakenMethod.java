package dev.signet.testkit;

import java.util.Map;

/**
 * One of {@link FakeKraken}'s built-in methods: the request's arguments (form fields without the
 * nonce, or query parameters; a JSON body under {@code _json}) to the envelope's {@code result}.
 */
@FunctionalInterface
interface KrakenMethod {
  /**
   * The method's answer.
   * @param params the arguments in the order sent
   * @return the {@code result}, written as JSON in its map order
   * @throws KrakenError the error Kraken would answer
   */
  Object handle(Map<String, String> params) throws KrakenError;
}
