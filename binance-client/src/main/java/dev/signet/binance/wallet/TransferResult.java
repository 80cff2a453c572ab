package dev.signet.binance.wallet;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer to a universal transfer ({@code POST /sapi/v1/asset/transfer}).
 *
 * <pre>{@code
 * long id = client.wallet().transfer(AssetTransfer.of(TransferType.MAIN_UMFUTURE, "USDT", amount)).tranId();
 * }</pre>
 *
 * <p>Fields the docs always send are required: a missing or null one fails the decode naming it;
 * the others are null when Binance leaves them out.
 *
 * @param tranId the transfer's id
 */
public record TransferResult(
    @JsonProperty(required = true) long tranId) {
}
