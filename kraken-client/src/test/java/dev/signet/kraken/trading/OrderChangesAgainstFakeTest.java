package dev.signet.kraken.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.RateLimiter;
import dev.signet.kraken.KrakenClient;
import dev.signet.kraken.KrakenCredentials;
import dev.signet.kraken.market.PreflightException;
import dev.signet.testkit.FakeKraken;
import dev.signet.testkit.KrakenPairRules;
import dev.signet.testkit.TestKeys;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The typed order changes (batch add, amend, edit) against FakeKraken, with the pre-flight on and the catalog's XBTUSD rules. */
class OrderChangesAgainstFakeTest {
  private static final String KEY = "order-changes-key";
  private static final String SECRET = TestKeys.krakenPrivateKey();
  private static final KrakenPairRules XBT = KrakenPairRules.of(1, 8, new BigDecimal("0.0001"), new BigDecimal("0.5"));

  private final FakeKraken fake = FakeKraken.builder().key(KEY, SECRET)
      .pair("XBTUSD", "XXBT", "ZUSD", new BigDecimal("40000"), XBT)
      .balance("ZUSD", new BigDecimal("10000")).build();
  // the fake does not count calls; the client's own counter would make the test wait for its decay
  private final KrakenClient kraken = KrakenClient.builder().credentials(KrakenCredentials.of(KEY, SECRET))
      .baseUrl(fake.baseUrl()).rateLimiter(RateLimiter.unlimited()).build();

  @AfterEach
  void stop() {
    kraken.close();
    fake.close();
  }

  private static AddOrder buy(String volume, String price, String clientId) {
    return AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal(volume), new BigDecimal(price)).clientOrderId(clientId).build();
  }

  @Test
  void aBatchPlacesEachOrderAndAnUnfundedOneIsRejectedAlone() {
    List<BatchOrderResult> got = kraken.trading().addOrderBatch(
        AddOrderBatch.builder(List.of(buy("0.1", "39000", "grid-1"), buy("5", "39000", "grid-2"))).build());
    assertThat(got).hasSize(2);
    BatchOrderResult.Placed placed = (BatchOrderResult.Placed) got.get(0);
    assertThat(placed.descr()).isEqualTo(new OrderDescription("buy 0.10000000 XBTUSD @ limit 39000", null));
    assertThat(got.get(1)).isEqualTo(new BatchOrderResult.Rejected("EOrder:Insufficient funds"));
    assertThat(kraken.accountData().openOrders()).containsOnlyKeys(placed.txid());
    assertThat(kraken.accountData().openOrders().get(placed.txid()).clientOrderId()).isEqualTo("grid-1");
    assertThat(fake.locked("ZUSD")).isEqualByComparingTo("3900");
  }

  @Test
  void aValidatedBatchPlacesNothing() {
    List<BatchOrderResult> got = kraken.trading().addOrderBatch(
        AddOrderBatch.builder(List.of(buy("0.1", "39000", "v-1"), buy("0.2", "38000", "v-2"))).validate(true).build());
    assertThat(got).containsExactly(
        new BatchOrderResult.Validated(new OrderDescription("buy 0.10000000 XBTUSD @ limit 39000", null)),
        new BatchOrderResult.Validated(new OrderDescription("buy 0.20000000 XBTUSD @ limit 38000", null)));
    assertThat(fake.ordersPlaced()).isZero();
  }

  @Test
  void thePreflightNamesTheOrderItRefusesAndSendsNothing() {
    AddOrderBatch batch = AddOrderBatch.builder(List.of(buy("0.1", "39000", "p-1"), buy("0.1", "39000.05", "p-2"))).build();
    int before = fake.requestCount();
    assertThatThrownBy(() -> kraken.trading().addOrderBatch(batch))
        .isInstanceOfSatisfying(PreflightException.class, e -> {
          assertThat(e.parameter()).isEqualTo("orders[1].price");
          assertThat(e.krakenError()).isEqualTo("EOrder:Invalid price");
        })
        .hasMessageStartingWith("orders[1]: price 39000.05 has 2 decimals but XBTUSD (XXBTZUSD) allows pair_decimals=1");
    assertThat(fake.requests().subList(before, fake.requestCount()))
        .noneMatch(r -> r.getUrl().encodedPath().equals("/0/private/AddOrderBatch"));
    assertThat(fake.ordersPlaced()).isZero();
  }

  @Test
  void anAmendKeepsTheTxidAndTheClientIdAndHoldsTheNewCost() {
    String txid = kraken.trading().addOrder(buy("0.1", "39000", "amend-1")).txid().get(0);
    AmendOrderResult amended = kraken.trading().amendOrder(AmendOrder.clientOrderId("XBTUSD", "amend-1")
        .orderQty(new BigDecimal("0.2")).limitPrice(new BigDecimal("38000")).build());
    assertThat(amended.amendId()).isEqualTo("A00002-15838-209458");
    KrakenOrder open = kraken.accountData().openOrders().get(txid);
    assertThat(open.volume()).isEqualByComparingTo("0.2");
    assertThat(open.clientOrderId()).isEqualTo("amend-1");
    assertThat(open.misc()).isEqualTo("amended");
    assertThat(fake.locked("ZUSD")).isEqualByComparingTo("7600");
  }

  @Test
  void anAmendOrEditThePairsRulesRefuseIsNotSent() {
    String txid = kraken.trading().addOrder(buy("0.1", "39000", "pre-1")).txid().get(0);
    int before = fake.requestCount();
    assertThatThrownBy(() -> kraken.trading().amendOrder(AmendOrder.txid("XBTUSD", txid)
        .limitPrice(new BigDecimal("38000.05")).build()))
        .isInstanceOfSatisfying(PreflightException.class, e -> assertThat(e.parameter()).isEqualTo("limit_price"))
        .hasMessage("limit_price 38000.05 has 2 decimals but XBTUSD (XXBTZUSD) allows pair_decimals=1; Kraken would answer"
            + " EOrder:Invalid price. Nearest valid: 38000.0 or 38000.1. Not sent.");
    assertThatThrownBy(() -> kraken.trading().amendOrder(AmendOrder.txid("XBTUSD", txid)
        .orderQty(new BigDecimal("0.00005")).build()))
        .isInstanceOfSatisfying(PreflightException.class, e -> assertThat(e.krakenError()).isEqualTo("EOrder:Order minimum not met"))
        .hasMessage("order_qty 0.00005 is below XBTUSD (XXBTZUSD)'s ordermin=0.0001; Kraken would answer"
            + " EOrder:Order minimum not met. Nearest valid: 0.0001. Not sent.");
    assertThatThrownBy(() -> kraken.trading().editOrder(EditOrder.txid("XBTUSD", txid)
        .volume(new BigDecimal("0.123456789")).build()))
        .isInstanceOfSatisfying(PreflightException.class, e -> assertThat(e.parameter()).isEqualTo("volume"))
        .hasMessageStartingWith("volume 0.123456789 has 9 decimals but XBTUSD (XXBTZUSD) allows lot_decimals=8");
    assertThat(fake.requestCount()).isEqualTo(before);
  }

  @Test
  void anEditReplacesTheOrderWithANewTxid() {
    String old = kraken.trading().addOrder(AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("0.2"),
        new BigDecimal("38000")).userref(7).build()).txid().get(0);
    EditOrderResult edited = kraken.trading().editOrder(EditOrder.userref("XBTUSD", 7).price(new BigDecimal("38500"))
        .newUserref(8).build());
    assertThat(edited.txid()).isNotEqualTo(old).startsWith("O");
    assertThat(edited).isEqualTo(new EditOrderResult(new OrderDescription("buy 0.20000000 XBTUSD @ limit 38500", null),
        edited.txid(), old, new BigDecimal("0.20000000"), new BigDecimal("38500"), BigDecimal.ZERO, 1, 8L, "ok"));
    assertThat(kraken.accountData().openOrders()).containsOnlyKeys(edited.txid());
    assertThat(kraken.accountData().openOrders().get(edited.txid()).userref()).isEqualTo(8L);
    assertThat(fake.locked("ZUSD")).isEqualByComparingTo("7700");
  }

  @Test
  void cancelsByUserrefAndByClientIdsReachEveryOrderNamed() {
    for (String price : List.of("30000", "30001")) {
      kraken.trading().addOrder(AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("0.01"), new BigDecimal(price))
          .userref(7).build());
    }
    kraken.trading().addOrder(buy("0.01", "30002", "grid-1"));
    kraken.trading().addOrder(buy("0.01", "30003", "grid-2"));
    String kept = kraken.trading().addOrder(buy("0.01", "30004", "grid-3")).txid().get(0);
    assertThat(kraken.trading().cancelOrderByUserref(7)).isEqualTo(new CancelOrderResult(2, false));
    assertThat(kraken.trading().cancelOrderBatchByClientIds(List.of("grid-1", "grid-2"))).isEqualTo(2);
    assertThat(kraken.accountData().openOrders()).containsOnlyKeys(kept);
  }
}
