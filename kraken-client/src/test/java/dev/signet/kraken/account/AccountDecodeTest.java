package dev.signet.kraken.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.kraken.trading.KrakenOrder;
import dev.signet.kraken.trading.OrderType;
import dev.signet.kraken.trading.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Kraken's documented examples (see SOURCES.md), decoded to exact values through the typed calls. */
class AccountDecodeTest {
  private final AccountServer s;

  AccountDecodeTest() throws Exception {
    s = new AccountServer();
  }

  @AfterEach
  void stop() {
    s.close();
  }

  @Test
  void balanceExDecodesTheExampleNumbersExactly() {
    s.respondFixture("balance_ex.json");
    ExtendedBalances all = s.kraken.accountData().balanceEx();
    assertThat(all.assets().keySet()).containsExactly("ZUSD", "XXBT");
    ExtendedBalance btc = all.get("XXBT").orElseThrow();
    assertThat(btc.balance()).isEqualTo(new BigDecimal("1.24350000"));
    assertThat(btc.holdTrade()).isEqualTo(new BigDecimal("0.84230000"));
    assertThat(btc.credit()).isNull();
    assertThat(btc.available()).isEqualTo(new BigDecimal("0.40120000"));
    assertThat(all.get("ZUSD").orElseThrow().balance()).isEqualTo(new BigDecimal("25435.21"));
  }

  @Test
  void balanceExAcceptsStrings() {
    s.respond("{\"error\":[],\"result\":{\"ZUSD\":{\"balance\":\"10.5\",\"credit\":\"2\",\"credit_used\":\"1\","
        + "\"hold_trade\":\"0.5\"}}}");
    assertThat(s.kraken.accountData().balanceEx().get("ZUSD").orElseThrow().available())
        .isEqualTo(new BigDecimal("11.0"));
  }

  @Test
  void creditLinesDecodeAndNullIsEmpty() {
    s.respondFixture("credit_lines.json");
    CreditLines c = s.kraken.accountData().creditLines().orElseThrow();
    assertThat(c.assetDetails().keySet()).containsExactly("USD", "EUR");
    assertThat(c.assetDetails().get("USD").availableCredit()).isEqualTo(new BigDecimal("37500.0000"));
    assertThat(c.limitsMonitor().debtToEquity()).isEqualTo(new BigDecimal("0.2000"));
    s.respond("{\"error\":[],\"result\":null}");
    assertThat(s.kraken.accountData().creditLines()).isEmpty();
  }

  @Test
  void tradeBalanceDecodesEveryMember() {
    s.respondFixture("trade_balance.json");
    TradeBalance tb = s.kraken.accountData().tradeBalance("ZUSD");
    assertThat(List.of(tb.equivalentBalance(), tb.tradeBalance(), tb.marginUsed(), tb.unrealizedNet(), tb.costBasis(),
        tb.valuation(), tb.equity(), tb.freeMargin(), tb.marginLevel())).containsExactly(
        new BigDecimal("1101.3425"), new BigDecimal("392.2264"), new BigDecimal("7.0354"), new BigDecimal("-10.0232"),
        new BigDecimal("21.1063"), new BigDecimal("31.1297"), new BigDecimal("382.2032"), new BigDecimal("375.1678"),
        new BigDecimal("5432.57"));
    assertThat(tb.unexecutedValue()).isNull();
  }

  @Test
  void orderAmendsKeepNanosecondsExactly() {
    s.respondFixture("order_amends.json");
    OrderAmends a = s.kraken.accountData().orderAmends("OTI7ZN-U7GYK-MNLHNR");
    assertThat(a.count()).isEqualTo(3);
    assertThat(a.amends()).extracting(OrderAmends.Amend::amendId)
        .containsExactly("TSUN4B-EX2XN-WQ6GKG", "TF6VAW-VUWMX-6SXTCH", "TUMY4K-E4MPE-CSL2N3");
    OrderAmends.Amend last = a.amends().get(2);
    assertThat(last.timestamp()).isEqualTo(1724158214879659945L);
    assertThat(last.time()).isEqualTo(Instant.ofEpochSecond(1724158214L, 879659945L));
    assertThat(last.limitPrice()).isEqualTo(new BigDecimal("61032.6"));
    assertThat(a.amends().get(0).amendType()).isEqualTo("original");
  }

  @Test
  void tradesHistoryDecodesTimesExactly() {
    s.respondFixture("trades_history.json");
    AccountPage<OwnTrade> page = s.kraken.accountData().tradesHistory(TradesHistoryQuery.builder().offset(50).build());
    assertThat(page.entries().keySet()).containsExactly("THVRQM-33VKH-UCI7BS", "TCWJEG-FL4SZ-3FKGH6");
    assertThat(page.hasCount()).isFalse(); // the published example has no count
    assertThat(page.offset()).isEqualTo(50);
    assertThat(page.nextOffset()).isEqualTo(52);
    assertThat(page.hasMore()).isFalse();
    OwnTrade t = page.entries().get("THVRQM-33VKH-UCI7BS");
    assertThat(t.time()).isEqualTo(Instant.ofEpochSecond(1688667796L, 880_200_000));
    assertThat(t.pair()).isEqualTo("XXBTZUSD");
    assertThat(t.type()).isSameAs(Side.BUY);
    assertThat(t.orderType()).isSameAs(OrderType.LIMIT);
    assertThat(t.price()).isEqualTo(new BigDecimal("30010.00000"));
    assertThat(t.cost()).isEqualTo(new BigDecimal("600.20000"));
    assertThat(t.volume()).isEqualTo(new BigDecimal("0.02000000"));
    assertThat(t.tradeId()).isEqualTo(40274859L);
    assertThat(t.maker()).isTrue();
    assertThat(t.ledgers()).isEmpty();
  }

  @Test
  void queryTradesDecodes() {
    s.respondFixture("query_trades.json");
    Map<String, OwnTrade> t = s.kraken.accountData().queryTrades(List.of("THVRQM-33VKH-UCI7BS", "TTEUX3-HDAAA-RC2RUO"),
        false);
    assertThat(t.get("TTEUX3-HDAAA-RC2RUO").time()).isEqualTo(Instant.ofEpochSecond(1688082549L, 313_800_000));
    assertThat(t.get("TTEUX3-HDAAA-RC2RUO").pair()).isEqualTo("XXBTZEUR");
  }

  @Test
  void ledgersDecodeWithTheirCount() {
    s.respondFixture("ledgers.json");
    AccountPage<LedgerEntry> page = s.kraken.accountData().ledgers(LedgersQuery.builder().build());
    assertThat(page.count()).isEqualTo(2);
    assertThat(page.hasMore()).isFalse();
    LedgerEntry e = page.entries().get("L4UESK-KG3EQ-UFO4T5");
    assertThat(e).isEqualTo(new LedgerEntry("TJKLXF-PGMUI-4NTLXU", Instant.ofEpochSecond(1688464484L, 178_700_000),
        LedgerType.TRADE, "", "currency", "ZGBP", new BigDecimal("-24.5000"), new BigDecimal("0.0490"),
        new BigDecimal("459567.9171")));
    s.respondFixture("query_ledgers.json");
    assertThat(s.kraken.accountData().queryLedgers(List.of("L4UESK-KG3EQ-UFO4T5"), false).get("L4UESK-KG3EQ-UFO4T5"))
        .isEqualTo(e);
  }

  @Test
  void openPositionsDecode() {
    s.respondFixture("open_positions.json");
    Map<String, OpenPosition> p = s.kraken.accountData().openPositions(List.of(), true);
    assertThat(p).hasSize(5);
    OpenPosition first = p.get("TF5GVO-T7ZZ2-6NBKBI");
    assertThat(first.time()).isEqualTo(Instant.ofEpochSecond(1605280097L, 829_400_000));
    assertThat(first.net()).isEqualTo(new BigDecimal("154186.9728"));
    assertThat(first.volumeClosed()).isEqualTo(new BigDecimal("0.20200000"));
    assertThat(first.rolloverTime()).isEqualTo(Instant.ofEpochSecond(1616672637L));
  }

  @Test
  void tradeVolumeReadsTheExampleSpelling() {
    s.respondFixture("trade_volume.json");
    TradeVolume v = s.kraken.accountData().tradeVolume(List.of("XXBTZUSD"), false);
    assertThat(v.currency()).isEqualTo("ZUSD");
    assertThat(v.volume()).isEqualTo(new BigDecimal("200709587.4223"));
    assertThat(v.fees().get("XXBTZUSD")).isEqualTo(new TradeVolume.Fee(new BigDecimal("0.1000"),
        new BigDecimal("0.1000"), new BigDecimal("0.2600"), null, null, new BigDecimal("10000000.0000")));
    assertThat(v.feesMaker().get("XXBTZUSD").maxFee()).isEqualTo(new BigDecimal("0.1600"));
  }

  @Test
  void tradeVolumeReadsTheSchemaSpelling() {
    s.respond("{\"error\":[],\"result\":{\"currency\":\"ZUSD\",\"volume\":\"0\",\"fees\":{\"XXBTZUSD\":{\"fee\":\"0.26\","
        + "\"min_fee\":\"0.10\",\"max_fee\":\"0.26\",\"next_fee\":\"0.24\",\"next_volume\":\"50000\","
        + "\"tier_volume\":\"0\"}}}}");
    TradeVolume v = s.kraken.accountData().tradeVolume(List.of("XXBTZUSD"), false);
    assertThat(v.fees().get("XXBTZUSD")).isEqualTo(new TradeVolume.Fee(new BigDecimal("0.26"), new BigDecimal("0.10"),
        new BigDecimal("0.26"), new BigDecimal("0.24"), new BigDecimal("50000"), new BigDecimal("0")));
    assertThat(v.feesMaker()).isEmpty();
  }

  @Test
  void exportStatusDecodesStringTimes() {
    s.respondFixture("export_status.json");
    List<ExportStatus> all = s.kraken.accountData().exportStatus(ExportReport.TRADES);
    assertThat(all).extracting(ExportStatus::id).containsExactly("VSKC", "TCJA");
    ExportStatus v = all.get(0);
    assertThat(v.status()).isSameAs(ExportState.PROCESSED);
    assertThat(v.report()).isSameAs(ExportReport.TRADES);
    assertThat(v.createdtm()).isEqualTo(Instant.ofEpochSecond(1688669085L));
    assertThat(v.completedtm()).isEqualTo(Instant.ofEpochSecond(1688669093L));
    assertThat(v.datastarttm()).isEqualTo(Instant.ofEpochSecond(1683556800L));
  }

  @Test
  void apiKeyInfoGivesZeroTimesAsUnset() {
    s.respondFixture("get_api_key_info.json");
    dev.signet.kraken.account.ApiKeyInfo k = s.kraken.accountData().getApiKeyInfo();
    assertThat(k.apiKeyName()).isEqualTo("my-api-key");
    assertThat(k.nonce()).isEqualTo("1772627060997");
    assertThat(k.nonceWindow()).isEqualTo(0L);
    assertThat(k.permissions()).containsExactly("query-funds", "withdraw-funds", "query-open-trades", "modify-trades");
    assertThat(k.validUntil()).isNull();
    assertThat(k.queryFrom()).isNull();
    assertThat(k.createdTime()).isEqualTo(Instant.ofEpochSecond(1772542900L));
    assertThat(k.lastUsed()).isEqualTo(Instant.ofEpochSecond(1772627061L));
    assertThat(k.ipAllowlist()).isEmpty();
    assertThat(k.toString()).doesNotContain("SDrDBcOOPnm3nPlNfEMMJDeRcIVqPz").contains("apiKey=4/SD…");
  }

  @Test
  void closedOrdersPageCarriesCountAndOffset() {
    s.respondFixture("closed_orders.json");
    AccountPage<KrakenOrder> page = s.kraken.accountData().closedOrders(ClosedOrdersQuery.builder().build());
    assertThat(page.offset()).isZero();
    assertThat(page.entries().keySet()).containsExactly("O37652-RJWRT-IMO74O", "O6YDQ5-LOMWU-37YKEE");
    assertThat(page.count()).isEqualTo(2);
    assertThat(page.hasMore()).isFalse();
  }
}
