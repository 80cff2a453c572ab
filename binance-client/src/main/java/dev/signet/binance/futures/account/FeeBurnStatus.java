package dev.signet.binance.futures.account;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether futures trading fees are paid in BNB: {@code GET /fapi/v1/feeBurn}.
 *
 * <pre>{@code
 * boolean bnb = client.futures().accountData().feeBurn().feeBurn();
 * }</pre>
 *
 * <p>The field is required: a missing or null one fails the decode naming it.
 *
 * @param feeBurn {@code true} when fees are paid in BNB ("fee discount on"), {@code false} when not
 */
public record FeeBurnStatus(
    @JsonProperty(required = true) boolean feeBurn) {}
