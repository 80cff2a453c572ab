package dev.signet.kraken.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.Endpoint;
import dev.signet.core.Endpoint.Kind;
import dev.signet.core.Endpoint.Limit;
import dev.signet.core.Params;
import dev.signet.core.Security;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Kraken Spot table: row count, call-counter costs, kinds, the trading counter and security. */
class KrakenEndpointTableTest {
  private static Endpoint priv(String method) {
    Endpoint e = KrakenEndpoints.TABLE.find("POST", KrakenEndpoints.PRIVATE + method);
    assertThat(e).as(method).isNotNull();
    return e;
  }

  private static int cost(String method) {
    return priv(method).weightOf(Params.empty());
  }

  @Test
  void rowCount() {
    assertThat(KrakenEndpoints.TABLE.rows()).hasSize(59);
    assertThat(KrakenEndpoints.TABLE.rows().stream().filter(e -> e.method().equals("GET"))).hasSize(12);
  }

  @Test
  void noRowTwice() {
    Set<String> keys = new HashSet<>();
    KrakenEndpoints.TABLE.rows().forEach(e -> assertThat(keys.add(e.toString())).as(e.toString()).isTrue());
  }

  @Test
  void historyCallsCostTwoOthersOne() {
    for (String m : List.of("Ledgers", "QueryLedgers", "TradesHistory", "QueryTrades")) {
      assertThat(cost(m)).as(m).isEqualTo(2);
      assertThat(priv(m).kind()).as(m).isEqualTo(Kind.READ);
    }
    for (String m : List.of("Balance", "BalanceEx", "ClosedOrders", "OpenOrders", "TradeBalance", "TradeVolume",
        "GetWebSocketsToken", "DepositAddresses", "Withdraw", "Earn/Allocate", "GetApiKeyInfo")) {
      assertThat(cost(m)).as(m).isEqualTo(1);
    }
  }

  @Test
  void tradingMethods() {
    assertThat(KrakenEndpoints.ADD_ORDER).extracting(Endpoint::kind, Endpoint::orderCount, Endpoint::clientIdParam)
        .containsExactly(Kind.ORDER, 1, "cl_ord_id");
    assertThat(cost("AddOrder")).isZero();
    assertThat(KrakenEndpoints.CANCEL_ORDER).extracting(Endpoint::kind, Endpoint::orderCount,
        Endpoint::clientIdParam).containsExactly(Kind.ORDER, 1, null);
    assertThat(cost("CancelOrder")).isZero();
    for (String m : List.of("AddOrderBatch", "AmendOrder", "EditOrder", "CancelOrderBatch")) {
      assertThat(priv(m)).as(m).extracting(Endpoint::kind, Endpoint::orderCount, Endpoint::clientIdParam)
          .containsExactly(Kind.ORDER, 1, null);
      assertThat(cost(m)).as(m).isEqualTo(1);
    }
    assertThat(priv("CancelAll")).extracting(Endpoint::kind, Endpoint::orderCount).containsExactly(Kind.ORDER, 0);
    assertThat(priv("CancelAllOrdersAfter")).extracting(Endpoint::kind, Endpoint::orderCount)
        .containsExactly(Kind.WRITE, 0);
    assertThat(KrakenEndpoints.ADD_ORDER_BATCH).isSameAs(priv("AddOrderBatch"));
    assertThat(KrakenEndpoints.CANCEL_ORDER_BATCH).isSameAs(priv("CancelOrderBatch"));
  }

  @Test
  void kinds() {
    for (String m : List.of("Withdraw", "WithdrawCancel", "WalletTransfer", "AddExport", "RemoveExport",
        "CreateSubaccount", "AccountTransfer", "Earn/Allocate", "Earn/Deallocate")) {
      assertThat(priv(m).kind()).as(m).isEqualTo(Kind.WRITE);
    }
    for (String m : List.of("Level3", "RetrieveExport", "ExportStatus", "WithdrawStatus", "DepositStatus",
        "Earn/Strategies", "Earn/AllocateStatus", "OrderAmends", "CreditLines", "OpenPositions")) {
      assertThat(priv(m).kind()).as(m).isEqualTo(Kind.READ);
    }
  }

  @Test
  void everyRowIsConsistent() {
    for (Endpoint e : KrakenEndpoints.TABLE.rows()) {
      if (e.path().startsWith(KrakenEndpoints.PUBLIC)) {
        assertThat(e).as(e.toString()).extracting(Endpoint::method, Endpoint::security, Endpoint::kind,
            Endpoint::limit).containsExactly("GET", Security.PUBLIC, Kind.READ, Limit.NONE);
      } else {
        assertThat(e.path()).startsWith(KrakenEndpoints.PRIVATE);
        assertThat(e).as(e.toString()).extracting(Endpoint::method, Endpoint::security, Endpoint::limit)
            .containsExactly("POST", Security.SIGNED, Limit.CALL_COUNTER);
      }
      if (e.kind() != Kind.ORDER) {
        assertThat(e.orderCount()).as(e.toString()).isZero();
      }
    }
    assertThat(KrakenEndpoints.TIME.path()).isEqualTo("/0/public/Time");
    assertThat(KrakenEndpoints.TABLE.find("GET", "/0/public/GroupedBook")).isNotNull();
  }

  @Test
  void unknownPrivateMethodIsAWriteCostingOne() {
    Endpoint e = KrakenEndpoints.TABLE.resolve("POST", "/0/private/NoSuchMethod", Security.SIGNED);
    assertThat(e).extracting(Endpoint::kind, Endpoint::limit, Endpoint::orderCount)
        .containsExactly(Kind.WRITE, Limit.CALL_COUNTER, 0);
    assertThat(e.weightOf(Params.empty())).isEqualTo(1);
    Endpoint known = KrakenEndpoints.TABLE.resolve("POST", "/0/private/TradesHistory", Security.SIGNED);
    assertThat(known.kind()).isEqualTo(Kind.READ);
    assertThat(known.weightOf(Params.empty())).isEqualTo(2);
  }
}
