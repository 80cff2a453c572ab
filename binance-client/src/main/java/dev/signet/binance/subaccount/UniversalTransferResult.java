package dev.signet.binance.subaccount;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer to a sub-account universal transfer ({@code POST /sapi/v1/sub-account/universalTransfer}).
 *
 * <pre>{@code
 * long id = client.subAccounts().universalTransfer(transfer).tranId();
 * }</pre>
 *
 * <p>Fields the docs always send are required: a missing or null one fails the decode naming it;
 * the others are null when Binance leaves them out.
 *
 * @param tranId the transfer's id
 * @param clientTranId the client id it was sent with, or null
 */
public record UniversalTransferResult(
    @JsonProperty(required = true) long tranId,
    String clientTranId) {
}
