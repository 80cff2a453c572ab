package dev.signet.kraken.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.MalformedResponseException;
import dev.signet.kraken.KrakenAccountData;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import okio.ByteString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The account calls' requests exactly as sent (nonce first, then the docs' order), refusals and odd answers. */
class AccountRequestTest {
  private final AccountServer s;
  private final KrakenAccountData account;

  AccountRequestTest() throws Exception {
    s = new AccountServer();
    account = s.kraken.accountData();
  }

  @AfterEach
  void stop() {
    s.close();
  }

  @Test
  void closedOrdersSendsEveryParameterInTheDocsOrder() throws Exception {
    s.respond("{\"error\":[],\"result\":{\"closed\":{},\"count\":120}}");
    ClosedOrdersQuery q = ClosedOrdersQuery.builder().trades(true).userref(7).clientOrderId("my-1")
        .start(Instant.ofEpochSecond(1688000000L)).endAt("O37652-RJWRT-IMO74O").offset(50)
        .closeTime(CloseTime.CLOSE).consolidateTaker(false).withoutCount(false).build();
    AccountPage<?> page = account.closedOrders(q);
    assertThat(s.taken()).isEqualTo("POST /0/private/ClosedOrders nonce=1000&trades=true&userref=7&cl_ord_id=my-1"
        + "&start=1688000000&end=O37652-RJWRT-IMO74O&ofs=50&closetime=close&consolidate_taker=false&without_count=false");
    assertThat(page.hasMore()).isFalse();
    assertThat(q.next(new AccountPage<>(java.util.Map.of("a", 1), 120, 50)).toParams().get("ofs")).isEqualTo("51");
  }

  @Test
  void pagesWithoutCountContinueWhileFull() {
    java.util.Map<String, Integer> full = new java.util.LinkedHashMap<>();
    for (int i = 0; i < 50; i++) {
      full.put("T" + i, i);
    }
    assertThat(new AccountPage<>(full, null, 100).hasMore()).isTrue();
    assertThat(new AccountPage<>(full, null, 100).nextOffset()).isEqualTo(150);
    assertThat(new AccountPage<>(full, 150, 100).hasMore()).isFalse();
  }

  @Test
  void tradesHistoryAndLedgersSendTheirQueries() throws Exception {
    s.respond("{\"error\":[],\"result\":{\"trades\":{},\"count\":0}}");
    account.tradesHistory(TradesHistoryQuery.builder().type(TradeHistoryType.CLOSED_POSITION).trades(true)
        .startAfter("TCWJEG-FL4SZ-3FKGH6").end(Instant.ofEpochSecond(1688667800L)).offset(0).consolidateTaker(true)
        .ledgers(true).build());
    assertThat(s.taken()).isEqualTo("POST /0/private/TradesHistory nonce=1000&type=closed%20position&trades=true"
        + "&start=TCWJEG-FL4SZ-3FKGH6&end=1688667800&ofs=0&consolidate_taker=true&ledgers=true");
    s.respond("{\"error\":[],\"result\":{\"ledger\":{}}}");
    AccountPage<LedgerEntry> page = account.ledgers(LedgersQuery.builder().assets(List.of("XXBT", "ZUSD"))
        .assetClass("currency").type(LedgerType.DEPOSIT).start(Instant.ofEpochSecond(1)).withoutCount(true).build());
    assertThat(s.taken()).isEqualTo("POST /0/private/Ledgers nonce=1001&asset=XXBT%2CZUSD&aclass=currency"
        + "&type=deposit&start=1&without_count=true");
    assertThat(page.hasCount()).isFalse();
  }

  @Test
  void simpleCallsSendTheirParameters() throws Exception {
    s.respondFixture("trade_balance.json");
    account.tradeBalance("ZEUR");
    assertThat(s.taken()).isEqualTo("POST /0/private/TradeBalance nonce=1000&asset=ZEUR");
    s.respond("{\"error\":[],\"result\":{\"open\":{}}}");
    account.openOrders(OpenOrdersOptions.none().withTrades(true).withUserref(-3).withClientOrderId("c1"));
    assertThat(s.taken()).isEqualTo("POST /0/private/OpenOrders nonce=1001&trades=true&userref=-3&cl_ord_id=c1");
    s.respond("{\"error\":[],\"result\":{}}");
    account.queryOrders(List.of("OA", "OB"), QueryOrdersOptions.none().withTrades(false).withUserref(1)
        .withConsolidateTaker(false));
    assertThat(s.taken()).isEqualTo("POST /0/private/QueryOrders nonce=1002&txid=OA%2COB&trades=false&userref=1"
        + "&consolidate_taker=false");
    s.respondFixture("order_amends.json");
    account.orderAmends("OTI7ZN-U7GYK-MNLHNR");
    assertThat(s.taken()).isEqualTo("POST /0/private/OrderAmends nonce=1003&order_id=OTI7ZN-U7GYK-MNLHNR");
    s.respond("{\"error\":[],\"result\":{}}");
    account.queryTrades(List.of("TA"), true);
    assertThat(s.taken()).isEqualTo("POST /0/private/QueryTrades nonce=1004&txid=TA&trades=true");
    s.respond("{\"error\":[],\"result\":{}}");
    account.queryLedgers(List.of("LA", "LB"), false);
    assertThat(s.taken()).isEqualTo("POST /0/private/QueryLedgers nonce=1005&id=LA%2CLB&trades=false");
    s.respond("{\"error\":[],\"result\":{}}");
    account.openPositions(List.of("TP"), false);
    assertThat(s.taken()).isEqualTo("POST /0/private/OpenPositions nonce=1006&txid=TP&docalcs=false");
    s.respondFixture("trade_volume.json");
    account.tradeVolume(List.of("XBTUSD", "ETHUSD"), true);
    assertThat(s.taken()).isEqualTo("POST /0/private/TradeVolume nonce=1007&pair=XBTUSD%2CETHUSD&fee_schedule=true");
    s.respondFixture("balance_ex.json");
    account.balanceEx();
    assertThat(s.taken()).isEqualTo("POST /0/private/BalanceEx nonce=1008");
  }

  @Test
  void exportCallsSendTheirParameters() throws Exception {
    s.respond("{\"error\":[],\"result\":{\"id\":\"TCJA\"}}");
    ExportId id = account.addExport(AddExport.builder(ExportReport.TRADES, "yearly report").format(ExportFormat.TSV)
        .fields(List.of("ordertxid", "time")).startTime(Instant.ofEpochSecond(1695728276L))
        .endTime(Instant.ofEpochSecond(1695828276L)).build());
    assertThat(id).isEqualTo(new ExportId("TCJA"));
    assertThat(s.taken()).isEqualTo("POST /0/private/AddExport nonce=1000&report=trades&description=yearly%20report"
        + "&format=TSV&fields=ordertxid%2Ctime&starttm=1695728276&endtm=1695828276");
    s.respondFixture("export_status.json");
    account.exportStatus(ExportReport.LEDGERS);
    assertThat(s.taken()).isEqualTo("POST /0/private/ExportStatus nonce=1001&report=ledgers");
    s.respond("{\"error\":[],\"result\":{\"delete\":true}}");
    assertThat(account.removeExport("TCJA", RemoveExportType.DELETE)).isTrue();
    assertThat(s.taken()).isEqualTo("POST /0/private/RemoveExport nonce=1002&id=TCJA&type=delete");
    s.respond("{\"error\":[],\"result\":{\"cancel\":false}}");
    assertThat(account.removeExport("TCJA", RemoveExportType.CANCEL)).isFalse();
    s.taken();
    s.respond("{\"error\":[],\"result\":{\"delete\":true}}");
    assertThatThrownBy(() -> account.removeExport("TCJA", RemoveExportType.CANCEL))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageEndingWith("could not be decoded: field 'cancel' is missing");
  }

  @Test
  void retrieveExportGivesTheZipBytesAsSent() throws Exception {
    byte[] zip = {'P', 'K', 3, 4, (byte) 0x80, (byte) 0xff, 0, 10, (byte) 0xc3};
    s.respondBytes("application/octet-stream", zip);
    assertThat(account.retrieveExport("TCJA")).isEqualTo(ByteString.of(zip));
    assertThat(s.taken()).isEqualTo("POST /0/private/RetrieveExport nonce=1000&id=TCJA");
    s.respond("{\"error\":[\"EQuery:Unknown export\"]}");
    assertThatThrownBy(() -> account.retrieveExport("NOPE")).isInstanceOf(dev.signet.kraken.KrakenApiException.class)
        .hasMessageContaining("EQuery:Unknown export");
    s.respond("{\"error\":[],\"result\":{\"id\":\"TCJA\"}}");
    assertThatThrownBy(() -> account.retrieveExport("TCJA")).isInstanceOf(MalformedResponseException.class)
        .hasMessageEndingWith("could not be decoded: field 'result' is JSON where the export's zip bytes"
            + " (application/octet-stream) were due");
  }

  @Test
  void malformedAnswersNameTheField() {
    s.respond("{\"error\":[],\"result\":{\"trades\":{\"T1\":{\"ordertxid\":\"O\",\"pair\":\"XXBTZUSD\","
        + "\"time\":\"soon\",\"type\":\"buy\",\"ordertype\":\"limit\",\"price\":\"1\",\"cost\":\"1\",\"fee\":\"0\","
        + "\"vol\":\"1\"}}}}");
    assertThatThrownBy(() -> account.tradesHistory(TradesHistoryQuery.builder().build()))
        .isInstanceOf(MalformedResponseException.class).hasMessageContaining("time")
        .hasMessageContaining("is not unix seconds: 'soon'");
    s.respond("{\"error\":[],\"result\":{\"eb\":\"1\"}}");
    assertThatThrownBy(() -> account.tradeBalance("ZUSD")).isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("required field 'tb' is missing or null");
    s.respond("{\"error\":[],\"result\":{\"count\":3}}");
    assertThatThrownBy(() -> account.ledgers(LedgersQuery.builder().build()))
        .isInstanceOf(MalformedResponseException.class).hasMessageEndingWith("field 'ledger' is missing or null");
    s.respond("{\"error\":[],\"result\":null}");
    assertThatThrownBy(() -> account.tradeBalance("ZUSD")).isInstanceOf(MalformedResponseException.class)
        .hasMessage("Kraken TradeBalance answered with neither an error nor a result");
  }

  @Test
  void badInputIsRefusedBeforeSending() {
    assertThatThrownBy(() -> ClosedOrdersQuery.builder().start(Instant.ofEpochSecond(10, 5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("start 1970-01-01T00:00:10.000000005Z has a fraction"
            + " of a second; Kraken takes whole unix seconds: pass value.truncatedTo(ChronoUnit.SECONDS) or the next"
            + " whole second.");
    assertThatThrownBy(() -> TradesHistoryQuery.builder().offset(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ofs is -1; pass 0 or a positive offset (pages hold 50).");
    assertThatThrownBy(() -> account.queryTrades(Collections.nCopies(21, "T"), false))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("txid must list 1 to 20 trade txids; got 21.");
    assertThatThrownBy(() -> account.queryLedgers(List.of(), false))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("id must list 1 to 20 ledger ids; got 0.");
    assertThatThrownBy(() -> account.queryOrders(Collections.nCopies(51, "O")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("txid must list 1 to 50 order txids; got 51.");
    assertThatThrownBy(() -> account.tradeBalance(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("asset is empty; pass an asset such as ZUSD.");
    assertThatThrownBy(() -> AddExport.builder(ExportReport.LEDGERS, "x").startTime(Instant.ofEpochSecond(20))
        .endTime(Instant.ofEpochSecond(10)).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("starttm 1970-01-01T00:00:20Z is not before endtm 1970-01-01T00:00:10Z; pass a start before the end.");
    assertThatThrownBy(() -> AddExport.builder(ExportReport.LEDGERS, "").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("description is empty; pass a description such as"
            + " \"2024 trades\".");
    assertThatThrownBy(() -> LedgersQuery.builder().assets(List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("asset is an empty list; name at least one asset such as XXBT, or leave it out for all assets.");
    assertThat(s.server.getRequestCount()).isZero();
  }
}
