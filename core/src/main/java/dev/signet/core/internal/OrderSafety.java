package dev.signet.core.internal;

import dev.signet.core.ExchangeApiException;
import dev.signet.core.MalformedResponseException;
import dev.signet.core.Operation;
import dev.signet.core.OrderStatusUnknownException;
import dev.signet.core.SignetException;
import dev.signet.core.TransportException;
import dev.signet.core.WriteOutcomeUnknownException;

/**
 * The one rule for orders (and writes with a client id) whose outcome no answer states: which
 * failures leave it unknown, and the exception that says so with the id to reconcile by. Not API.
 *
 * <pre>{@code
 * if (OrderSafety.isAmbiguous(failure)) throw OrderSafety.unknown(operation, failure);
 * }</pre>
 */
final class OrderSafety {
  private OrderSafety() {}

  /** True when an order may have been executed although no answer says so. */
  static boolean isAmbiguous(SignetException failure) {
    if (failure instanceof TransportException t) {
      return !t.nothingSent();
    }
    if (failure instanceof MalformedResponseException) {
      return true;
    }
    return failure instanceof ExchangeApiException e && e.outcomeUnknown();
  }

  /** The unknown-outcome exception naming the operation's client order id (or saying it has none). */
  static OrderStatusUnknownException unknown(Operation<?> operation, SignetException failure) {
    String id = operation.clientOrderId() != null ? operation.clientOrderId() : "(no client order id was sent)";
    return new OrderStatusUnknownException(id, failure);
  }

  /** The unknown-outcome exception of a write that carries a client id, naming the parameter and the id. */
  static WriteOutcomeUnknownException unknownWrite(Operation<?> operation, SignetException failure) {
    return new WriteOutcomeUnknownException(operation.endpoint().method() + " " + operation.endpoint().path(),
        operation.endpoint().clientIdParam(), operation.clientOrderId(), failure);
  }
}
