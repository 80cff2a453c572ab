package dev.signet.binance.futures.market;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One period of {@code GET /futures/data/basis}: the futures price against the index price.
 *
 * <p>Every field is required (the docs always send it) unless said otherwise: a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code BigDecimal basis = b.basis();   // futuresPrice - indexPrice}
 *
 * @param indexPrice the index price
 * @param contractType the contract type
 * @param basisRate the basis over the index price
 * @param futuresPrice the futures price
 * @param annualizedBasisRate the annualized basis rate, or null when Binance sends none (an empty string for perpetuals)
 * @param basis the futures price minus the index price
 * @param pair the pair
 * @param timestamp the period's time
 */
public record Basis(
    BigDecimal indexPrice,
    ContractType contractType,
    BigDecimal basisRate,
    BigDecimal futuresPrice,
    BigDecimal annualizedBasisRate,
    BigDecimal basis,
    String pair,
    Instant timestamp) {
  /**
   * Checks every required field is present.
   *
   * @param indexPrice the index price
   * @param contractType the contract type
   * @param basisRate the basis over the index price
   * @param futuresPrice the futures price
   * @param annualizedBasisRate the annualized basis rate, or null when Binance sends none (an empty string for perpetuals)
   * @param basis the futures price minus the index price
   * @param pair the pair
   * @param timestamp the period's time
   */
  public Basis {
    Required.field(indexPrice, "indexPrice");
    Required.field(contractType, "contractType");
    Required.field(basisRate, "basisRate");
    Required.field(futuresPrice, "futuresPrice");
    Required.field(basis, "basis");
    Required.field(pair, "pair");
    Required.field(timestamp, "timestamp");
  }
}
