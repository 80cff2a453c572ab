package dev.signet.binance.spot;

import java.math.BigDecimal;

/**
 * One fill of a new order ({@code FULL} response).
 *
 * <p>Example: {@code result.fills().get(0).price()}.
 *
 * @param price fill price
 * @param qty filled quantity
 * @param commission commission charged
 * @param commissionAsset asset the commission was charged in
 * @param tradeId the trade id
 */
public record Fill(BigDecimal price, BigDecimal qty, BigDecimal commission, String commissionAsset, long tradeId) {}
