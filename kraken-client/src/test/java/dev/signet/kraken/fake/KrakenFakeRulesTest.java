package dev.signet.kraken.fake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.testkit.KrakenPairRules;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** AddOrder against the fake: the pair's rules and the arguments, refused with Kraken's strings before anything is placed. */
class KrakenFakeRulesTest {
  /** The catalog's XXBTZUSD rules: 1 price decimal, 8 volume decimals, ordermin 0.0001, costmin 0.5, tick 0.1. */
  private static final KrakenPairRules XBT = KrakenPairRules.of(1, 8, new BigDecimal("0.0001"), new BigDecimal("0.5"));

  private final FakeTrading t = new FakeTrading(b -> b
      .pair("XBTUSD", "XXBT", "ZUSD", new BigDecimal("40000"), XBT)
      .pair("ETHUSD", "XETH", "ZUSD", new BigDecimal("2000"),
          new KrakenPairRules(2, 8, 5, new BigDecimal("0.01"), new BigDecimal("0.5"), new BigDecimal("0.05"), "online"))
      .pair("SOLUSD", "SOL", "ZUSD", new BigDecimal("100"),
          new KrakenPairRules(2, 8, 5, new BigDecimal("0.02"), new BigDecimal("0.5"), new BigDecimal("0.01"), "cancel_only"))
      .pair("DOTUSD", "DOT", "ZUSD", new BigDecimal("5"),
          new KrakenPairRules(4, 8, 5, new BigDecimal("1"), new BigDecimal("0.5"), new BigDecimal("0.0001"), "post_only"))
      .pair("ADAUSD", "ADA", "ZUSD", new BigDecimal("0.5"),
          new KrakenPairRules(6, 8, 5, new BigDecimal("1"), new BigDecimal("0.5"), new BigDecimal("0.000001"), "limit_only"))
      .pair("XRPUSD", "XXRP", "ZUSD", new BigDecimal("0.6"),
          new KrakenPairRules(5, 8, 5, new BigDecimal("1"), new BigDecimal("0.5"), new BigDecimal("0.00001"), "reduce_only"))
      .balance("ZUSD", new BigDecimal("100000")));

  @AfterEach
  void stop() {
    t.close();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "price past pair_decimals   | XBTUSD | limit  | 0.01       | 40000.05 | EOrder:Invalid price",
      "price off the tick         | ETHUSD | limit  | 1          | 2000.01  | EOrder:Tick size check failed",
      "volume past lot_decimals   | XBTUSD | limit  | 0.000000001| 40000    | EGeneral:Invalid arguments:volume",
      "volume under ordermin      | XBTUSD | limit  | 0.00009    | 40000    | EOrder:Order minimum not met",
      "cost under costmin         | XBTUSD | limit  | 0.0001     | 4000     | EOrder:Cost minimum not met",
      "market under ordermin      | ETHUSD | market | 0.001      |          | EOrder:Order minimum not met",
      "cancel_only pair           | SOLUSD | limit  | 1          | 100      | EService:Market in cancel_only mode",
      "post_only pair, no post    | DOTUSD | limit  | 10         | 4        | EService:Market in post_only mode",
      "limit_only pair, market    | ADAUSD | market | 10         |          | EService:Market in limit_only mode",
      "reduce_only pair           | XRPUSD | limit  | 10         | 0.5      | EService:Market in reduce_only mode",
      "unknown pair               | XBTEUR | limit  | 1          | 40000    | EQuery:Unknown asset pair",
      "trailing stop not modelled | XBTUSD | trailing-stop | 1   | +100     | EGeneral:Invalid arguments:ordertype",
      "price offset not modelled  | XBTUSD | stop-loss | 1       | +100     | EGeneral:Invalid arguments:price"})
  void refusesWithKrakensString(String why, String pair, String ordertype, String volume, String price, String error) {
    String[] args = price == null
        ? new String[] {"pair", pair, "type", "buy", "ordertype", ordertype, "volume", volume}
        : new String[] {"pair", pair, "type", "buy", "ordertype", ordertype, "volume", volume, "price", price};
    t.refuses(error, "AddOrder", args);
    assertThat(t.fake.ordersPlaced()).isZero();
    assertThat(t.fake.locked("ZUSD")).isEqualByComparingTo("0");
  }

  @Test
  void costMinimumIsAtTheLimitPrice() {
    t.refuses("EOrder:Cost minimum not met", "AddOrder", "pair", "ADAUSD", "type", "buy", "ordertype", "limit", "volume", "1",
        "price", "0.1");
  }

  @Test
  void postOnlyPairTakesPostLimits() {
    String txid = t.add("pair", "DOTUSD", "type", "buy", "ordertype", "limit", "volume", "10", "price", "4.5", "oflags", "post");
    assertThat(t.call("QueryOrders", "txid", txid).path(txid).path("oflags").asString()).isEqualTo("post,fciq");
    t.refuses("EOrder:Post only order", "AddOrder", "pair", "DOTUSD", "type", "buy", "ordertype", "limit", "volume", "10",
        "price", "5.5", "oflags", "post");
  }

  @Test
  void everyNameOfThePairIsAccepted() {
    for (String name : new String[] {"XXBTZUSD", "XBTUSD", "XBT/USD"}) {
      assertThat(t.call("AddOrder", "pair", name, "type", "buy", "ordertype", "limit", "volume", "0.001", "price", "30000.5")
          .path("descr").path("order").asString()).isEqualTo("buy 0.00100000 " + name + " @ limit 30000.5");
    }
    assertThat(t.fake.locked("ZUSD")).isEqualByComparingTo("90.0015");
  }

  @Test
  void argumentsAreCheckedAsKrakenDoes() {
    t.refuses("EGeneral:Invalid arguments:type", "AddOrder", "pair", "XBTUSD", "type", "hold", "ordertype", "market", "volume", "1");
    t.refuses("EGeneral:Invalid arguments:price2", "AddOrder", "pair", "XBTUSD", "type", "sell", "ordertype", "stop-loss-limit",
        "volume", "1", "price", "39000");
    t.refuses("EGeneral:Invalid arguments:displayvol", "AddOrder", "pair", "XBTUSD", "type", "buy", "ordertype", "iceberg",
        "volume", "1.5", "price", "39000", "displayvol", "0.09");
    t.refuses("EGeneral:Invalid arguments:oflags", "AddOrder", "pair", "XBTUSD", "type", "buy", "ordertype", "market",
        "volume", "1", "oflags", "post");
    t.refuses("EAPI:Feature disabled:viqc", "AddOrder", "pair", "XBTUSD", "type", "buy", "ordertype", "market",
        "volume", "100", "oflags", "viqc");
    t.refuses("EGeneral:Invalid arguments:userref", "AddOrder", "pair", "XBTUSD", "type", "buy", "ordertype", "market",
        "volume", "1", "userref", "x1");
    t.refuses("EGeneral:Invalid arguments:cl_ord_id", "AddOrder", "pair", "XBTUSD", "type", "buy", "ordertype", "market",
        "volume", "1", "cl_ord_id", "far-too-long-for-free-text");
  }

  @Test
  void aClientOrderIdOnAnOpenOrderIsRefused() {
    t.add("pair", "XBTUSD", "type", "buy", "ordertype", "limit", "volume", "0.01", "price", "30000", "cl_ord_id", "bot-1");
    t.refuses("EOrder:Duplicate order", "AddOrder", "pair", "XBTUSD", "type", "buy", "ordertype", "limit", "volume", "0.01",
        "price", "30000", "cl_ord_id", "bot-1");
    t.call("CancelOrder", "cl_ord_id", "bot-1");
    t.add("pair", "XBTUSD", "type", "buy", "ordertype", "limit", "volume", "0.01", "price", "30000", "cl_ord_id", "bot-1");
    assertThat(t.fake.clientOrderIds()).containsExactly("bot-1", "bot-1");
  }

  @Test
  void validateChecksEverythingAndPlacesNothing() {
    assertThat(t.call("AddOrder", "pair", "XBTUSD", "type", "sell", "ordertype", "take-profit-limit", "volume", "0.5",
        "price", "45000", "price2", "44900.5", "validate", "true").toString())
        .isEqualTo("{\"descr\":{\"order\":\"sell 0.50000000 XBTUSD @ take profit 45000 -> limit 44900.5\"}}");
    t.refuses("EOrder:Invalid price", "AddOrder", "pair", "XBTUSD", "type", "sell", "ordertype", "take-profit-limit",
        "volume", "0.5", "price", "45000", "price2", "44900.55", "validate", "true");
    assertThat(t.fake.ordersPlaced()).isZero();
  }
}
