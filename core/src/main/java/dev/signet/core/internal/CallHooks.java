package dev.signet.core.internal;

import dev.signet.core.Operation;
import dev.signet.core.SignetException;

/**
 * What an exchange adds around every call of the {@link Executor}: checks before anything is sent
 * (Binance refuses parameters its signer adds and syncs its clock before the first signed call;
 * Kraken estimates its per-pair trading counter), repairs before a retry ({@code -1021}, a refused
 * nonce), and bookkeeping after success. Not API.
 *
 * <pre>{@code
 * CallHooks none = new CallHooks() {};
 * }</pre>
 */
public interface CallHooks {
  /**
   * Runs once per call, before the first attempt; may throw to refuse it unsent.
   *
   * @param operation the operation being performed
   */
  default void beforeCall(Operation<?> operation) {}

  /**
   * Repairs what caused {@code failure}, if it can.
   *
   * @param operation the operation being performed
   * @param failure the failure that occurred
   * @return true when the request was refused before execution and the cause is now repaired, so
   *     it may be sent again even if it is an order
   */
  default boolean recover(Operation<?> operation, SignetException failure) {
    return false;
  }

  /**
   * Runs after a call succeeded, with its decoded value.
   *
   * @param operation the operation being performed
   * @param value the decoded value the call returned
   */
  default void afterSuccess(Operation<?> operation, Object value) {}
}
