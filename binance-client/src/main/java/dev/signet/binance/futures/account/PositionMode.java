package dev.signet.binance.futures.account;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The position mode: {@code GET /fapi/v1/positionSide/dual}, for every symbol.
 *
 * <pre>{@code
 * boolean hedge = client.futures().positions().positionMode().dualSidePosition();
 * }</pre>
 *
 * <p>The field is required: a missing or null one fails the decode naming it.
 *
 * @param dualSidePosition {@code true} in hedge mode (LONG and SHORT positions), {@code false} in one-way mode (BOTH)
 */
public record PositionMode(
    @JsonProperty(required = true) boolean dualSidePosition) {}
