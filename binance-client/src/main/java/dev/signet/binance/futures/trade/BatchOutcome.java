package dev.signet.binance.futures.trade;

/**
 * One element of a USD-M futures batch answer ({@code POST}, {@code PUT} and {@code DELETE
 * /fapi/v1/batchOrders}): Binance answers each order of the batch on its own, in the order sent,
 * with the order or with an error. A refused element is a value to switch on, not an exception.
 *
 * <pre>{@code
 * for (BatchOutcome<FuturesOrder> o : client.futures().trading().newOrders(List.of(a, b))) {
 *   switch (o) {
 *     case BatchOutcome.Done<FuturesOrder> d -> track(d.value());
 *     case BatchOutcome.Failed<FuturesOrder> f -> log(f.code() + " " + f.msg());
 *   }
 * }
 * }</pre>
 *
 * @param <T> the answer of an element that succeeded
 */
public sealed interface BatchOutcome<T> {
  /**
   * An element Binance carried out.
   *
   * <p>Example: {@code ((BatchOutcome.Done<FuturesOrder>) o).value().orderId()}.
   *
   * @param value its answer
   * @param <T> the answer's type
   */
  record Done<T>(T value) implements BatchOutcome<T> {
    /**
     * Checks the value is present.
     *
     * @param value its answer
     */
    public Done {
      java.util.Objects.requireNonNull(value, "value");
    }
  }

  /**
   * An element Binance refused, with its error.
   *
   * <p>Example: {@code f.code() == -2022   // ReduceOnly Order is rejected.}
   *
   * @param code Binance's error code, e.g. {@code -2022}
   * @param msg Binance's message
   * @param <T> the answer's type had it succeeded
   */
  record Failed<T>(int code, String msg) implements BatchOutcome<T> {}
}
