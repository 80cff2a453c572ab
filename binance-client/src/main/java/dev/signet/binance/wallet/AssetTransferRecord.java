package dev.signet.binance.wallet;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One universal transfer: an element of {@link AssetTransferHistory#rows()}.
 *
 * <pre>{@code
 * AssetTransferRecord last = history.rows().get(0);
 * if (last.status() == TransferStatus.CONFIRMED) { ... }
 * }</pre>
 *
 * <p>Fields the docs always send are required: a missing or null one fails the decode naming it;
 * the others are null when Binance leaves them out.
 *
 * @param asset the asset
 * @param amount the amount
 * @param type the direction
 * @param status the state
 * @param tranId the transfer's id
 * @param timestamp when it was made (epoch millis on the wire)
 */
public record AssetTransferRecord(
    String asset,
    BigDecimal amount,
    TransferType type,
    TransferStatus status,
    @JsonProperty(required = true) long tranId,
    Instant timestamp) {
  /**
   * Checks the required fields are present.
   *
   * @param asset the asset
   * @param amount the amount
   * @param type the direction
   * @param status the state
   * @param tranId the transfer's id
   * @param timestamp when it was made (epoch millis on the wire)
   */
  public AssetTransferRecord {
    Required.field(asset, "asset");
    Required.field(amount, "amount");
    Required.field(type, "type");
    Required.field(status, "status");
    Required.field(timestamp, "timestamp");
  }
}
