package dev.signet.kraken.trading;

import java.util.Objects;

/**
 * What Kraken did with one order of an {@code AddOrderBatch}, in the order sent. Kraken checks the
 * whole batch first (one invalid order rejects it all, as a {@code KrakenApiException}); past that,
 * an order the engine refuses (e.g. for funds) is {@link Rejected} and the rest of the batch goes
 * on. A refused order is a value to switch on, not an exception.
 *
 * <pre>{@code
 * for (BatchOrderResult r : kraken.trading().addOrderBatch(batch)) {
 *   switch (r) {
 *     case BatchOrderResult.Placed p -> track(p.txid());
 *     case BatchOrderResult.Validated v -> log(v.descr().order());
 *     case BatchOrderResult.Rejected x -> log(x.error());      // e.g. EOrder:Insufficient funds
 *   }
 * }
 * }</pre>
 */
public sealed interface BatchOrderResult permits BatchOrderResult.Placed, BatchOrderResult.Validated,
    BatchOrderResult.Rejected {
  /**
   * An order Kraken placed.
   *
   * <p>Example: {@code new Placed("O5OR23-ADFAD-Y2G61C", descr)}.
   *
   * @param txid the order's transaction id
   * @param descr Kraken's description of the order
   */
  record Placed(String txid, OrderDescription descr) implements BatchOrderResult {
    /**
     * Checks both are present.
     *
     * @param txid the order's transaction id
     * @param descr Kraken's description of the order
     */
    public Placed {
      Objects.requireNonNull(txid, "txid");
      Objects.requireNonNull(descr, "descr");
    }
  }

  /**
   * An order of a batch sent with {@code validate=true}: checked, not placed, so no txid.
   *
   * <p>Example: {@code v.descr().order()   // "buy 0.10000000 XBTUSD @ limit 39000"}.
   *
   * @param descr Kraken's description of the order
   */
  record Validated(OrderDescription descr) implements BatchOrderResult {
    /**
     * Checks the description is present.
     *
     * @param descr Kraken's description of the order
     */
    public Validated {
      Objects.requireNonNull(descr, "descr");
    }
  }

  /**
   * An order the engine refused; the others of the batch were still processed.
   *
   * <p>Example: {@code x.error()   // "EOrder:Insufficient funds"}.
   *
   * @param error Kraken's error string, kept whole
   */
  record Rejected(String error) implements BatchOrderResult {
    /**
     * Checks the error is present.
     *
     * @param error Kraken's error string, kept whole
     */
    public Rejected {
      Objects.requireNonNull(error, "error");
    }
  }
}
