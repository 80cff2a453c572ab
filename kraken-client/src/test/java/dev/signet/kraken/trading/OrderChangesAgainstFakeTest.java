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

/** The typed order changes (batch add) against FakeKraken, with the pre-flight on and the catalog's XBTUSD rules. */
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
}
