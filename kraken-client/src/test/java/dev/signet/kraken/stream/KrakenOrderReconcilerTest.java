package dev.signet.kraken.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.signet.core.RateLimiter;
import dev.signet.core.stream.StreamItem;
import dev.signet.kraken.KrakenClient;
import dev.signet.kraken.KrakenCredentials;
import dev.signet.kraken.trading.AddOrder;
import dev.signet.kraken.trading.Side;
import dev.signet.testkit.FakeClock;
import dev.signet.testkit.FakeKraken;
import dev.signet.testkit.TestKeys;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** KrakenOrderReconciler's REST reads against FakeKraken: what a gap reads, and a txid Kraken does not know. */
class KrakenOrderReconcilerTest {
  private static final String KEY = "reconciler-key";
  private static final String SECRET = TestKeys.krakenPrivateKey();
  private static final String BOGUS = "OBOGUS-00000-000000";

  private final FakeKraken fake = FakeKraken.builder().key(KEY, SECRET).clock(FakeClock.frozenAt(Instant.parse("2026-12-03T12:00:00Z")))
      .pair("XBTUSD", "XXBT", "ZUSD", new BigDecimal("40000")).balance("ZUSD", new BigDecimal("100000")).build();
  private final KrakenClient kraken = KrakenClient.builder().credentials(KrakenCredentials.of(KEY, SECRET))
      .baseUrl(fake.baseUrl()).rateLimiter(RateLimiter.unlimited()).tradingLimits(false).build();
  private final KrakenOrderReconciler reconciler = KrakenOrderReconciler.over(kraken.accountData());

  @AfterEach
  void stop() {
    kraken.close();
    fake.close();
  }

  private String buy(String price) {
    String txid = kraken.addOrder(AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("0.01"), new BigDecimal(price)).build())
        .txid().get(0);
    reconciler.track(txid);
    return txid;
  }

  /** The {@code txid} argument of every QueryOrders request so far. */
  private List<String> queried() {
    List<String> out = new ArrayList<>();
    fake.requests().stream().filter(r -> r.getTarget().equals("/0/private/QueryOrders")).forEach(r -> {
      for (String field : r.getBody().utf8().split("&")) {
        if (field.startsWith("txid=")) {
          out.add(URLDecoder.decode(field.substring(5), StandardCharsets.UTF_8));
        }
      }
    });
    return out;
  }

  @Test
  void aGapReadsTheOpenThenTheClosedOrdersAndForgetsATxidKrakenDoesNotKnow() {
    String filled = buy("39000");
    String cancelled = buy("38000");
    reconciler.track(BOGUS);
    assertThat(reconciler.accept(new StreamItem.Gap<>(StreamItem.Reason.DISCONNECTED, "test")))
        .extracting(KrakenOrderUpdate::orderId, KrakenOrderUpdate::state, KrakenOrderUpdate::reconciled)
        .containsExactly(tuple(filled, KrakenOrderUpdate.State.OPEN, true), tuple(cancelled, KrakenOrderUpdate.State.OPEN, true));
    assertThat(queried()).as("the unknown txid, once").containsExactly(BOGUS);

    fake.setPrice("XBTUSD", new BigDecimal("38500"));
    kraken.trading().cancelOrder(cancelled);
    assertThat(reconciler.reconcile())
        .extracting(KrakenOrderUpdate::orderId, KrakenOrderUpdate::state, KrakenOrderUpdate::cumQty)
        .containsExactlyInAnyOrder(tuple(filled, KrakenOrderUpdate.State.FILLED, new BigDecimal("0.01000000")),
            tuple(cancelled, KrakenOrderUpdate.State.CANCELED, new BigDecimal("0.00000000")));
    assertThat(reconciler.reconcile()).isEmpty();
    assertThat(queried()).as("both were in ClosedOrders; the unknown one is forgotten").containsExactly(BOGUS);
  }

  @Test
  void aBatchWithATxidKrakenDoesNotKnowIsAskedOneByOne() {
    List<String> txids = new ArrayList<>();
    for (int i = 0; i < 51; i++) {
      txids.add(buy(String.valueOf(30000 + i)));
    }
    assertThat(reconciler.reconcile()).hasSize(51).allMatch(u -> u.state() == KrakenOrderUpdate.State.OPEN);
    assertThat(queried()).isEmpty();
    kraken.trading().cancelAll();
    reconciler.track(BOGUS);
    List<KrakenOrderUpdate> cancelled = reconciler.reconcile();
    assertThat(cancelled).extracting(KrakenOrderUpdate::orderId).containsExactlyInAnyOrderElementsOf(txids);
    assertThat(cancelled).allMatch(u -> u.state() == KrakenOrderUpdate.State.CANCELED && u.reconciled());
    // ClosedOrders lists the 50 newest: the oldest is asked with the unknown txid, then each alone
    assertThat(queried()).containsExactly(txids.get(0) + "," + BOGUS, txids.get(0), BOGUS);
    assertThat(reconciler.reconcile()).isEmpty();
    assertThat(queried()).hasSize(3);
  }
}
