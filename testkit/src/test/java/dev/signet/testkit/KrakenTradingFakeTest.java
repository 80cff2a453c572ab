package dev.signet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FakeKraken's trading as its methods answer, without a client: fees, setPrice and the dead man's switch. */
class KrakenTradingFakeTest {
  private final FakeKraken fake = FakeKraken.builder()
      .pair("XBTUSD", "XXBT", "ZUSD", new BigDecimal("40000"))
      .balance("ZUSD", new BigDecimal("10000"))
      .fees(new BigDecimal("0.001"), new BigDecimal("0.002"))
      .build();
  private final KrakenHistory history = new KrakenHistory(fake.ledger, fake.clock());
  private final KrakenMatcher matcher = new KrakenMatcher(fake.ledger, fake.clock(), history, new BigDecimal("0.001"),
      new BigDecimal("0.002"));
  private final KrakenPairs pairs = new KrakenPairs();

  @AfterEach
  void stop() {
    fake.close();
  }

  private KrakenTradeOrder place(String type, String ordertype, String volume, String price) throws KrakenError {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("pair", "XBTUSD");
    p.put("type", type);
    p.put("ordertype", ordertype);
    p.put("volume", volume);
    if (price != null) {
      p.put("price", price);
    }
    return matcher.place(KrakenTradeRequest.read(p, pairs, fake.ledger));
  }

  @Test
  void fillsPayTheConfiguredRatesAndRecordTwoLedgerEntries() throws Exception {
    pairs.add("XBTUSD", "XXBT", "ZUSD", null);
    KrakenTradeOrder buy = place("buy", "market", "0.1", null);
    assertThat(buy.fee).isEqualByComparingTo("8"); // 0.2% of 4000
    assertThat(fake.free("ZUSD")).isEqualByComparingTo("5992");
    KrakenTradeOrder sell = place("sell", "limit", "0.1", "41000");
    matcher.setPrice(pairs.find("XBTUSD").orElseThrow(), new BigDecimal("41000"));
    assertThat(sell.fee).isEqualByComparingTo("4.1"); // 0.1% of 4100
    assertThat(fake.free("ZUSD")).isEqualByComparingTo("10087.9");
    assertThat(history.trades()).extracting(KrakenHistory.Trade::maker).containsExactly(false, true);
    assertThat(history.entries()).extracting(e -> e.asset() + " " + e.amount().toPlainString() + " " + e.balance().toPlainString())
        .containsExactly("ZUSD -4000.0 5992.0000", "XXBT 0.1 0.1", "ZUSD 4100.0 10087.9000", "XXBT -0.1 0.0");
    String deposit = history.entry("deposit", "", "ZUSD", BigDecimal.TEN, BigDecimal.ZERO, "FTQcuak-V6Za8qrPnhsTx47yYLz8Tg");
    assertThat(history.entry(deposit).orElseThrow().type()).isEqualTo("deposit");
  }

  @Test
  void anAmendThatOnlyLowersTheQuantityKeepsItsPlaceAndOneThatRaisesItGoesToTheBack() throws Exception {
    pairs.add("XBTUSD", "XXBT", "ZUSD", null);
    KrakenTradeOrder first = place("buy", "limit", "0.1", "30000");
    KrakenTradeOrder second = place("buy", "limit", "0.1", "30000");
    KrakenTradeOrder third = place("buy", "limit", "0.1", "30000");
    matcher.amend(first, new BigDecimal("0.05"), null, null, null, false);
    matcher.amend(second, new BigDecimal("0.11"), null, null, null, false);
    matcher.setPrice(pairs.find("XBTUSD").orElseThrow(), new BigDecimal("30000"));
    assertThat(history.trades()).extracting(KrakenHistory.Trade::ordertxid)
        .containsExactly(first.txid(), third.txid(), second.txid());
  }

  @Test
  void anAmendedPriceGoesToTheBackOfTheQueue() throws Exception {
    pairs.add("XBTUSD", "XXBT", "ZUSD", null);
    KrakenTradeOrder first = place("buy", "limit", "0.1", "39000");
    KrakenTradeOrder second = place("buy", "limit", "0.1", "38000");
    matcher.amend(first, null, new BigDecimal("38000"), null, null, false);
    matcher.amend(second, null, new BigDecimal("38000"), null, null, false); // the same price: keeps its place
    matcher.setPrice(pairs.find("XBTUSD").orElseThrow(), new BigDecimal("38000"));
    assertThat(history.trades()).extracting(KrakenHistory.Trade::ordertxid).containsExactly(second.txid(), first.txid());
  }

  @Test
  void refusesBadFeesAndPricesWithTheFix() {
    assertThatThrownBy(() -> FakeKraken.builder().fees(new BigDecimal("-0.1"), BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a fee rate is a fraction from 0 to below 1 (0.0026 = 0.26%), got -0.1");
    assertThatThrownBy(() -> fake.setPrice("XBTUSD", BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("price must be above zero, got 0");
  }

  @Test
  void advanceFiresADueSwitch() throws Exception {
    KrakenTimer timer = new KrakenTimer(fake.clock());
    timer.arm(Map.of("timeout", "5"));
    assertThat(timer.due()).isFalse();
    fake.clock().advance(Duration.ofSeconds(5));
    assertThat(timer.due()).isTrue();
    assertThat(timer.due()).as("fires once").isFalse();
  }
}
