package dev.signet.binance.futures.account;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The Multi-Assets margin mode: {@code GET /fapi/v1/multiAssetsMargin}.
 *
 * <pre>{@code
 * boolean multi = client.futures().positions().multiAssetsMode().multiAssetsMargin();
 * }</pre>
 *
 * <p>The field is required: a missing or null one fails the decode naming it.
 *
 * @param multiAssetsMargin {@code true} in Multi-Assets mode, {@code false} in Single-Asset mode
 */
public record MultiAssetsMode(
    @JsonProperty(required = true) boolean multiAssetsMargin) {}
