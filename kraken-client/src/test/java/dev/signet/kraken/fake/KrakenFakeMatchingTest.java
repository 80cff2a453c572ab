package dev.signet.kraken.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The fake trades like the exchange: resting limits fill as maker on setPrice, market orders as taker, stops trigger; fees and fills recorded. */
class KrakenFakeMatchingTest {
  private static final String TRADE_1 = "T00001-07919-104729";
  private static final String LEDGER_1 = "L00001-07919-104729";
  private static final String LEDGER_2 = "L00002-15838-209458";

  private final FakeTrading t = FakeTrading.xbtUsd();

  @AfterEach
  void stop() {
    t.close();
  }

  @Test
  void restingLimitFillsAsMakerWhenThePriceReachesIt() {
    Instant before = t.fake.clock().instant();
    String txid = t.add("pair", "XBTUSD", "type", "buy", "ordertype", "limit", "volume", "0.1", "price", "39000");
    assertThat(t.fake.locked("ZUSD")).isEqualByComparingTo("3900");
    t.fake.setPrice("XBTUSD", new BigDecimal("39500"));
    assertThat(t.call("OpenOrders").path("open").has(txid)).isTrue();

    t.fake.setPrice("XBT/USD", new BigDecimal("38990"));

    assertThat(t.fake.free("ZUSD")).isEqualByComparingTo("6093.76"); // 10000 - 3900 - 0.16% of 3900
    assertThat(t.fake.locked("ZUSD")).isEqualByComparingTo("0");
    assertThat(t.fake.free("XXBT")).isEqualByComparingTo("1.1");
    JsonNode order = t.call("QueryOrders", "txid", txid, "trades", "true").path(txid);
    assertThat(FakeTrading.withoutTimes(order, "opentm", "closetm", "cl_ord_id")).isEqualTo("{\"refid\":null,\"userref\":0,\"status\":\"closed\","
        + "\"reason\":null,\"starttm\":0,\"expiretm\":0,\"descr\":{\"pair\":\"XBTUSD\",\"type\":\"buy\",\"ordertype\":\"limit\","
        + "\"price\":\"39000\",\"price2\":\"0\",\"leverage\":\"none\",\"order\":\"buy 0.10000000 XBTUSD @ limit 39000\",\"close\":\"\"},"
        + "\"vol\":\"0.10000000\",\"vol_exec\":\"0.10000000\",\"cost\":\"3900.00000\",\"fee\":\"6.24000\",\"price\":\"39000.00000\","
        + "\"stopprice\":\"0.00000\",\"limitprice\":\"39000.00000\",\"misc\":\"\",\"oflags\":\"fciq\",\"trades\":[\"" + TRADE_1 + "\"]}");

    JsonNode history = t.call("TradesHistory", "ledgers", "true");
    assertThat(FakeTrading.withoutTimes(history, "time")).isEqualTo("{\"trades\":{\"" + TRADE_1 + "\":{\"ordertxid\":\"" + txid
        + "\",\"postxid\":\"TKH2SE-M7IF5-CFI7LT\",\"pair\":\"XXBTZUSD\",\"type\":\"buy\",\"ordertype\":\"limit\","
        + "\"price\":\"39000.00000\",\"cost\":\"3900.00000\",\"fee\":\"6.24000\",\"vol\":\"0.10000000\",\"margin\":\"0.00000\","
        + "\"misc\":\"\",\"ledgers\":[\"" + LEDGER_1 + "\",\"" + LEDGER_2 + "\"],\"trade_id\":1,\"maker\":true}},\"count\":1}");
    BigDecimal time = history.path("trades").path(TRADE_1).path("time").decimalValue();
    assertThat(time.scale()).isEqualTo(4);
    assertThat(time).isBetween(BigDecimal.valueOf(before.toEpochMilli() / 1000), BigDecimal.valueOf(Instant.now().getEpochSecond() + 1));

    assertThat(FakeTrading.withoutTimes(t.call("Ledgers"), "time")).isEqualTo("{\"ledger\":{"
        + "\"" + LEDGER_2 + "\":{\"refid\":\"" + TRADE_1 + "\",\"type\":\"trade\",\"subtype\":\"\",\"aclass\":\"currency\","
        + "\"asset\":\"XXBT\",\"amount\":\"0.1000000000\",\"fee\":\"0.0000000000\",\"balance\":\"1.1000000000\"},"
        + "\"" + LEDGER_1 + "\":{\"refid\":\"" + TRADE_1 + "\",\"type\":\"trade\",\"subtype\":\"\",\"aclass\":\"currency\","
        + "\"asset\":\"ZUSD\",\"amount\":\"-3900.0000\",\"fee\":\"6.2400\",\"balance\":\"6093.7600\"}},\"count\":2}");
    assertThat(t.call("Ledgers", "asset", "ZUSD", "type", "trade").path("ledger").propertyNames()).containsExactly(LEDGER_1);
    assertThat(t.call("Ledgers", "type", "deposit").path("count").asInt()).isZero();
    assertThat(FakeTrading.withoutTimes(t.call("QueryLedgers", "id", LEDGER_1), "time"))
        .isEqualTo(FakeTrading.withoutTimes(t.call("Ledgers", "asset", "ZUSD").path("ledger"), "time"));
    assertThat(FakeTrading.withoutTimes(t.call("QueryTrades", "txid", TRADE_1), "time"))
        .isEqualTo(FakeTrading.withoutTimes(t.call("TradesHistory").path("trades"), "time"));
  }

  @Test
  void marketOrderFillsAsTakerAndShowsInPublicTradesAndOhlc() {
    String txid = t.add("pair", "XBTUSD", "type", "sell", "ordertype", "market", "volume", "0.5");
    assertThat(t.fake.free("ZUSD")).isEqualByComparingTo("29948"); // 10000 + 20000 - 0.26% of 20000
    assertThat(t.fake.free("XXBT")).isEqualByComparingTo("0.5");
    assertThat(t.call("QueryOrders", "txid", txid).path(txid).path("fee").asString()).isEqualTo("52.00000");
    t.add("pair", "XBTUSD", "type", "buy", "ordertype", "limit", "volume", "0.1", "price", "39000");
    t.fake.setPrice("XBTUSD", new BigDecimal("38000"));

    JsonNode trades = t.publicCall("Trades", "pair", "XBTUSD");
    JsonNode rows = trades.path("XXBTZUSD");
    assertThat(rows).hasSize(2);
    assertThat(rows.path(0).toString()).startsWith("[\"40000.00000\",\"0.50000000\",").endsWith(",\"s\",\"m\",\"\",1]");
    assertThat(rows.path(1).toString()).startsWith("[\"39000.00000\",\"0.10000000\",").endsWith(",\"s\",\"l\",\"\",2]");
    String last = trades.path("last").asString();
    assertThat(new BigDecimal(rows.path(1).path(2).asString()).movePointRight(9).toBigIntegerExact().toString()).isEqualTo(last);
    JsonNode after = t.publicCall("Trades", "pair", "XXBTZUSD", "since", last);
    assertThat(after.path("XXBTZUSD")).isEmpty();
    assertThat(after.path("last").asString()).isEqualTo(last);
    assertThat(t.publicCall("Trades", "pair", "XBTUSD", "count", "1").path("XXBTZUSD").path(0).path(6).asLong()).isEqualTo(2);

    JsonNode ohlc = t.publicCall("OHLC", "pair", "XBTUSD", "interval", "60");
    JsonNode candle = ohlc.path("XXBTZUSD").path(ohlc.path("XXBTZUSD").size() - 1);
    long open = candle.path(0).asLong();
    assertThat(open % 3600).isZero();
    assertThat(ohlc.path("last").asLong()).isEqualTo(open);
    if (ohlc.path("XXBTZUSD").size() == 1) { // both fills in one hour (unless the test ran across an hour)
      assertThat(candle.toString()).isEqualTo("[" + open + ",\"40000.00000\",\"40000.00000\",\"39000.00000\",\"39000.00000\","
          + "\"39833.33333\",\"0.60000000\",2]");
    }
  }

  @Test
  void stopLossTriggersThenFillsAtThePriceAsTaker() {
    String txid = t.add("pair", "XBTUSD", "type", "sell", "ordertype", "stop-loss", "volume", "0.5", "price", "38000");
    assertThat(t.fake.locked("XXBT")).isEqualByComparingTo("0.5");
    t.fake.setPrice("XBTUSD", new BigDecimal("38500"));
    assertThat(t.call("OpenOrders").path("open").path(txid).path("descr").path("order").asString())
        .isEqualTo("sell 0.50000000 XBTUSD @ stop loss 38000");

    t.fake.setPrice("XBTUSD", new BigDecimal("37900"));

    JsonNode order = t.call("QueryOrders", "txid", txid).path(txid);
    assertThat(order.path("status").asString()).isEqualTo("closed");
    assertThat(order.path("misc").asString()).isEqualTo("stopped");
    assertThat(order.path("cost").asString()).isEqualTo("18950.00000");
    assertThat(order.path("fee").asString()).isEqualTo("49.27000");
    assertThat(t.fake.free("ZUSD")).isEqualByComparingTo("28900.73");
  }

  @Test
  void stopLossLimitRestsAtPrice2AfterItsTrigger() {
    String txid = t.add("pair", "XBTUSD", "type", "sell", "ordertype", "stop-loss-limit", "volume", "0.5", "price", "38000",
        "price2", "37950");
    t.fake.setPrice("XBTUSD", new BigDecimal("37900"));
    JsonNode open = t.call("OpenOrders").path("open").path(txid);
    assertThat(open.path("misc").asString()).isEqualTo("stopped");
    assertThat(open.path("descr").path("order").asString()).isEqualTo("sell 0.50000000 XBTUSD @ stop loss 38000 -> limit 37950");

    t.fake.setPrice("XBTUSD", new BigDecimal("37960"));

    assertThat(t.call("QueryOrders", "txid", txid).path(txid).path("status").asString()).isEqualTo("closed");
    assertThat(t.fake.free("ZUSD")).isEqualByComparingTo("28944.64"); // 10000 + 18975 - 0.16% of 18975
    assertThat(t.call("TradesHistory").path("trades").path(TRADE_1).path("maker").asBoolean()).isTrue();
  }

  @Test
  void takeProfitBuyTriggersWhenThePriceFalls() {
    String txid = t.add("pair", "XBTUSD", "type", "buy", "ordertype", "take-profit", "volume", "0.1", "price", "35000");
    assertThat(t.fake.locked("ZUSD")).isEqualByComparingTo("3500");
    t.fake.setPrice("XBTUSD", new BigDecimal("36000"));
    assertThat(t.call("OpenOrders").path("open").has(txid)).isTrue();
    t.fake.setPrice("XBTUSD", new BigDecimal("34900"));
    assertThat(t.call("QueryOrders", "txid", txid).path(txid).path("misc").asString()).isEqualTo("touched");
    assertThat(t.fake.free("ZUSD")).isEqualByComparingTo("6500.926"); // 10000 - 3490 - 0.26% of 3490
  }

  @Test
  void icebergRestsAsALimitAndIocCancelsWhatDoesNotCross() {
    String iceberg = t.add("pair", "XBTUSD", "type", "buy", "ordertype", "iceberg", "volume", "0.15", "price", "39000",
        "displayvol", "0.01");
    assertThat(t.call("OpenOrders").path("open").path(iceberg).path("descr").path("ordertype").asString()).isEqualTo("iceberg");
    String ioc = t.add("pair", "XBTUSD", "type", "buy", "ordertype", "limit", "volume", "0.01", "price", "39000",
        "timeinforce", "IOC");
    JsonNode closed = t.call("QueryOrders", "txid", ioc).path(ioc);
    assertThat(closed.path("status").asString()).isEqualTo("canceled");
    assertThat(closed.path("reason").asString()).isEqualTo("Immediate or cancel");
    assertThat(t.fake.locked("ZUSD")).isEqualByComparingTo("5850");
  }

  @Test
  void aLimitThePriceAlreadyCrossesTakesAtThePrice() {
    t.add("pair", "XBTUSD", "type", "buy", "ordertype", "limit", "volume", "0.1", "price", "41000");
    assertThat(t.fake.free("ZUSD")).isEqualByComparingTo("5989.6"); // 10000 - 4000 - 0.26% of 4000
    t.refuses("EOrder:Post only order", "AddOrder", "pair", "XBTUSD", "type", "buy", "ordertype", "limit", "volume", "0.1",
        "price", "41000", "oflags", "post");
  }

  @Test
  void historyQueriesCheckTheirArguments() {
    t.refuses("EGeneral:Invalid arguments:type", "TradesHistory", "type", "margin");
    t.refuses("EGeneral:Invalid arguments:txid", "QueryTrades", "txid", "TNOPE-NOPE-NOPE");
    t.refuses("EGeneral:Invalid arguments:id", "QueryLedgers", "id", String.join(",", java.util.Collections.nCopies(21, "L1")));
    t.refuses("EGeneral:Invalid arguments:start", "Ledgers", "start", "LNOPE");
    assertThat(t.call("TradesHistory", "type", "closed position").toString()).isEqualTo("{\"trades\":{},\"count\":0}");
    assertThatThrownBy(() -> t.publicCall("OHLC", "pair", "XBTUSD", "interval", "2"))
        .hasMessageContaining("EGeneral:Invalid arguments:interval");
    assertThatThrownBy(() -> t.fake.setPrice("XBTEUR", BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no pair XBTEUR in this fake; add it with FakeKraken.builder().pair(...) first.");
  }
}
