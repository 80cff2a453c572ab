package dev.signet.kraken.trading;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;

/**
 * The answer to {@code POST /0/private/AmendOrder}: the id of the amend transaction, as
 * {@code OrderAmends} lists it. The order keeps its txid.
 *
 * <p>Example: {@code kraken.trading().amendOrder(amend).amendId()   // "TEZA4R-DSDGT-IJBOJK"}
 *
 * <p>{@code amend_id} is required: a missing or null one fails the decode naming it.
 *
 * @param amendId Kraken's id of this amend ({@code amend_id})
 */
public record AmendOrderResult(@JsonProperty("amend_id") String amendId) {
  /**
   * Checks {@code amend_id}.
   *
   * @param amendId Kraken's id of this amend
   */
  public AmendOrderResult {
    Required.field(amendId, "amend_id");
  }
}
