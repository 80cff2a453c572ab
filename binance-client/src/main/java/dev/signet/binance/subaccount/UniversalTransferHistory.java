package dev.signet.binance.subaccount;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.util.List;

/**
 * A page of sub-account universal transfers: {@code GET /sapi/v1/sub-account/universalTransfer}.
 *
 * <pre>{@code
 * UniversalTransferHistory h = client.subAccounts().universalTransferHistory(UniversalTransferQuery.builder().clientTranId("bot-9").build());
 * }</pre>
 *
 * <p>Fields the docs always send are required: a missing or null one fails the decode naming it;
 * the others are null when Binance leaves them out.
 *
 * @param result this page (unmodifiable; empty when Binance sends none)
 * @param totalCount how many transfers match
 */
public record UniversalTransferHistory(
    List<UniversalTransferRecord> result,
    @JsonProperty(required = true) int totalCount) {
  /**
   * Checks the required fields are present.
   *
   * @param result this page (unmodifiable; empty when Binance sends none)
   * @param totalCount how many transfers match
   */
  public UniversalTransferHistory {
    result = Required.listOrEmpty(result, "result");
  }
}
