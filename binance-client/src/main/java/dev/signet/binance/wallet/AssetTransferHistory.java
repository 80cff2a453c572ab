package dev.signet.binance.wallet;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.util.List;

/**
 * A page of universal transfers: {@code GET /sapi/v1/asset/transfer}.
 *
 * <pre>{@code
 * AssetTransferHistory h = client.wallet().transferHistory(AssetTransferQuery.builder(TransferType.MAIN_UMFUTURE).build());
 * int total = h.total();
 * }</pre>
 *
 * <p>Fields the docs always send are required: a missing or null one fails the decode naming it;
 * the others are null when Binance leaves them out.
 *
 * @param total how many transfers match (all pages)
 * @param rows this page (empty when Binance sends no {@code rows}, as it does for none; unmodifiable)
 */
public record AssetTransferHistory(
    @JsonProperty(required = true) int total,
    List<AssetTransferRecord> rows) {
  /**
   * Checks the required fields are present.
   *
   * @param total how many transfers match (all pages)
   * @param rows this page (empty when Binance sends no {@code rows}, as it does for none; unmodifiable)
   */
  public AssetTransferHistory {
    rows = Required.listOrEmpty(rows, "rows");
  }
}
