package dev.signet.binance.spot.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.spot.OrderType;
import dev.signet.binance.spot.SelfTradePreventionMode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SymbolRules rounds only when told how, and names the filter, the value and the nearest valid values. */
class SymbolRulesTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  static SymbolInfo symbol(List<SymbolFilter> filters) {
    return new SymbolInfo("BTCUSDT", SymbolStatus.TRADING, "BTC", 8, "USDT", 8, 8, 8, 8, List.of(OrderType.LIMIT),
        true, true, true, true, true, true, true, false, true, true, false, filters, List.of(), List.of(),
        SelfTradePreventionMode.of("NONE"), List.of(SelfTradePreventionMode.of("NONE")));
  }

  private final SymbolRules btc = symbol(List.of(
      new SymbolFilter.PriceFilter(d("0.01000000"), d("1000000.00000000"), d("0.01000000")),
      new SymbolFilter.LotSize(d("0.00001000"), d("9000.00000000"), d("0.00001000")),
      new SymbolFilter.MarketLotSize(d("0.00000000"), d("120.00000000"), d("0.00000000")),
      new SymbolFilter.Notional(d("5.00000000"), true, d("9000000.00000000"), false, 5))).rules();

  @Test
  void roundsToTheTickAndStepWithTheirDecimals() {
    assertThat(btc.roundPrice(d("64123.456"), RoundingMode.DOWN)).isEqualTo(d("64123.45"));
    assertThat(btc.roundPrice(d("64123.455"), RoundingMode.HALF_UP)).isEqualTo(d("64123.46"));
    assertThat(btc.roundPrice(d("64123.40000000"), RoundingMode.UNNECESSARY)).isEqualTo(d("64123.40"));
    assertThat(btc.roundQuantity(d("0.0012345"), RoundingMode.DOWN)).isEqualTo(d("0.00123"));
    assertThat(btc.roundMarketQuantity(d("0.0012345"), RoundingMode.UP)).isEqualTo(d("0.00124"));
    assertThat(btc.tickSize()).contains(d("0.01000000"));
    assertThat(btc.stepSize()).contains(d("0.00001000"));
    assertThat(btc.baseAssetPrecision()).isEqualTo(8);
    assertThat(btc.quoteAssetPrecision()).isEqualTo(8);
    assertThat(btc).hasToString("SymbolRules{BTCUSDT, tickSize=0.01000000, stepSize=0.00001000}");
  }

  @Test
  void unnecessaryRoundingThrowsNamingTheValueAndTheTick() {
    assertThatThrownBy(() -> btc.roundPrice(d("64123.456"), RoundingMode.UNNECESSARY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("price 64123.456 of BTCUSDT is not a multiple of tickSize 0.01000000 and RoundingMode.UNNECESSARY"
            + " forbids rounding; the nearest valid prices are 64123.45 and 64123.46.");
    assertThatThrownBy(() -> btc.roundQuantity(d("0.0012345"), RoundingMode.UNNECESSARY))
        .hasMessage("quantity 0.0012345 of BTCUSDT is not a multiple of stepSize 0.00001000 and RoundingMode.UNNECESSARY"
            + " forbids rounding; the nearest valid quantities are 0.00123 and 0.00124.");
  }

  @Test
  void priceFilterNamesMinMaxAndTick() {
    assertThat(btc.checkPrice(d("64123.45"))).isEqualTo(d("64123.45"));
    assertThatThrownBy(() -> btc.checkPrice(d("0.001")))
        .hasMessage("PRICE_FILTER: price 0.001 of BTCUSDT is below minPrice 0.01000000; the nearest valid price is 0.01000000.");
    assertThatThrownBy(() -> btc.checkPrice(d("1000000.01")))
        .hasMessage("PRICE_FILTER: price 1000000.01 of BTCUSDT is above maxPrice 1000000.00000000; the nearest valid"
            + " price is 1000000.00000000.");
    assertThatThrownBy(() -> btc.checkPrice(d("64123.456")))
        .hasMessage("PRICE_FILTER: price 64123.456 of BTCUSDT is not a multiple of tickSize 0.01000000; the nearest"
            + " valid prices are 64123.45 and 64123.46.");
  }

  @Test
  void precisionOverTheAssetsIsRefusedLikeBinancesMinus1111() {
    assertThatThrownBy(() -> btc.checkPrice(d("64123.450000000")))
        .hasMessage("price 64123.450000000 has 9 decimals; BTCUSDT allows at most 8 (quoteAssetPrecision) and Binance"
            + " answers -1111 BAD_PRECISION; the nearest valid price is 64123.45000000.");
    assertThatThrownBy(() -> btc.checkQuantity(d("0.000010001")))
        .hasMessage("quantity 0.000010001 has 9 decimals; BTCUSDT allows at most 8 (baseAssetPrecision) and Binance"
            + " answers -1111 BAD_PRECISION; the nearest valid quantities are 0.00001000 and 0.00001001.");
  }

  @Test
  void lotSizeAndMarketLotSize() {
    assertThat(btc.checkQuantity(d("0.00123"))).isEqualTo(d("0.00123"));
    assertThatThrownBy(() -> btc.checkQuantity(d("0.000001")))
        .hasMessage("LOT_SIZE: quantity 0.000001 of BTCUSDT is below minQty 0.00001000; the nearest valid quantity is 0.00001000.");
    assertThatThrownBy(() -> btc.checkQuantity(d("9000.00001")))
        .hasMessage("LOT_SIZE: quantity 9000.00001 of BTCUSDT is above maxQty 9000.00000000; the nearest valid quantity"
            + " is 9000.00000000.");
    assertThat(btc.checkMarketQuantity(d("100"))).isEqualTo(d("100"));
    assertThatThrownBy(() -> btc.checkMarketQuantity(d("121")))
        .hasMessage("MARKET_LOT_SIZE: quantity 121 of BTCUSDT is above maxQty 120.00000000; the nearest valid quantity"
            + " is 120.00000000.");
  }

  @Test
  void notionalNamesTheSmallestAndLargestValidQuantity() {
    btc.checkNotional(d("50000"), d("0.0001"));
    assertThatThrownBy(() -> btc.checkNotional(d("50000"), d("0.00009")))
        .hasMessage("NOTIONAL: price × quantity = 4.50000 of BTCUSDT is below minNotional 5.00000000; at price 50000"
            + " the smallest valid quantity is 0.00010.");
    assertThatThrownBy(() -> btc.checkNotional(d("1000000"), d("9.00001")))
        .hasMessage("NOTIONAL: price × quantity = 9000010.00000 of BTCUSDT is above maxNotional 9000000.00000000;"
            + " at price 1000000 the largest valid quantity is 9.00000.");
    btc.checkMarketNotional(d("1000000"), d("9.00001"));   // applyMaxToMarket is false
    assertThatThrownBy(() -> btc.checkMarketNotional(d("50000"), d("0.00009")))
        .hasMessageStartingWith("NOTIONAL: price × quantity = 4.50000 of BTCUSDT is below minNotional 5.00000000");
  }

  @Test
  void minNotionalAppliesToMarketOnlyWhenItSaysSo() {
    SymbolRules legacy = symbol(List.of(new SymbolFilter.MinNotional(d("0.00100000"), false, 5))).rules();
    legacy.checkMarketNotional(d("0.01"), d("0.01"));
    assertThatThrownBy(() -> legacy.checkNotional(d("0.01"), d("0.01")))
        .hasMessage("MIN_NOTIONAL: price × quantity = 0.0001 of BTCUSDT is below minNotional 0.00100000; at price 0.01"
            + " the smallest valid quantity is 0.10000000.");
  }

  @Test
  void aSymbolWithoutFiltersChecksOnlyPrecisionAndRoundsNothing() {
    SymbolRules bare = symbol(List.of()).rules();
    assertThat(bare.roundPrice(d("1.23456"), RoundingMode.UNNECESSARY)).isEqualTo(d("1.23456"));
    assertThat(bare.checkPrice(d("1.23456"))).isEqualTo(d("1.23456"));
    assertThat(bare.tickSize()).isEmpty();
    bare.checkNotional(d("0.00000001"), d("0.00000001"));
  }
}
