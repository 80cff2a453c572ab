package dev.signet.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.kraken.KrakenApiException;
import dev.signet.kraken.KrakenClient;
import dev.signet.kraken.KrakenCredentials;
import dev.signet.kraken.trading.AddOrder;
import dev.signet.kraken.trading.AddOrderResult;
import dev.signet.kraken.trading.CancelOrderResult;
import dev.signet.kraken.trading.KrakenOrder;
import dev.signet.kraken.trading.OrderStatus;
import dev.signet.kraken.trading.Side;
import dev.signet.testkit.TestKeys;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SDK's typed Kraken calls against the fake, which verifies every API-Sign and nonce. */
class KrakenAgainstFakeTest {
  @RegisterExtension
  final FakeKrakenExtension kraken = new FakeKrakenExtension(fake -> fake
      .pair("XBTUSD", "XXBT", "ZUSD", new BigDecimal("40000"))
      .balance("ZUSD", new BigDecimal("10000"))
      .balance("XXBT", new BigDecimal("2")));

  @Test
  void limitOrderLifecycle() {
    KrakenClient client = kraken.client();
    AddOrderResult placed = client.addOrder(
        AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("0.1"), new BigDecimal("35000")).clientOrderId("bot-7").build());
    assertThat(placed.descr().order()).isEqualTo("buy 0.10000000 XBTUSD @ limit 35000");
    String txid = placed.txid().get(0);
    assertThat(kraken.fake().locked("ZUSD")).isEqualByComparingTo("3500");

    Map<String, KrakenOrder> open = client.accountData().openOrders();
    assertThat(open).containsOnlyKeys(txid);
    KrakenOrder order = open.get(txid);
    assertThat(order.status()).isSameAs(OrderStatus.OPEN);
    assertThat(order.clientOrderId()).isEqualTo("bot-7");
    assertThat(order.volume()).isEqualByComparingTo("0.1");
    assertThat(order.descr().price()).isEqualByComparingTo("35000");
    assertThat(client.accountData().openOrdersByClientId("bot-7")).containsOnlyKeys(txid);

    CancelOrderResult canceled = client.trading().cancelOrder(txid);
    assertThat(canceled).isEqualTo(new CancelOrderResult(1, false));
    assertThat(client.accountData().queryOrders(List.of(txid)).get(txid).status()).isSameAs(OrderStatus.CANCELED);
    assertThat(kraken.fake().free("ZUSD")).isEqualByComparingTo("10000");
    assertThat(client.accountData().openOrders()).isEmpty();
  }

  @Test
  void cancelOrderBatchIsSentAsSignedJson() {
    KrakenClient client = kraken.client();
    String a = client.addOrder(AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("0.01"), new BigDecimal("30000")).build()).txid().get(0);
    String b = client.addOrder(AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("0.01"), new BigDecimal("31000")).build()).txid().get(0);
    assertThat(client.trading().cancelOrderBatch(List.of(a, b))).isEqualTo(2);
    var last = kraken.fake().requests().get(kraken.fake().requestCount() - 1);
    assertThat(last.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(last.getBody().utf8()).matches("\\{\"nonce\":\"[0-9]+\",\"orders\":\\[\"" + a + "\",\"" + b + "\"\\]\\}");
    assertThat(client.accountData().openOrders()).isEmpty();
    assertThat(kraken.fake().free("ZUSD")).isEqualByComparingTo("10000");
  }

  @Test
  void validateOnlyPlacesNothing() {
    AddOrderResult checked = kraken.client().addOrder(
        AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("1.25"), new BigDecimal("37500")).validate(true).build());
    assertThat(checked.txid()).isEmpty();
    assertThat(checked.descr().order()).isEqualTo("buy 1.25000000 XBTUSD @ limit 37500");
    assertThat(kraken.fake().ordersPlaced()).isZero();
  }

  @Test
  void marketSellFillsAndBalanceShowsIt() {
    AddOrderResult sold = kraken.client().addOrder(AddOrder.market("XBTUSD", Side.SELL, new BigDecimal("0.5")).build());
    assertThat(kraken.client().accountData().queryOrders(sold.txid()).get(sold.txid().get(0)).status()).isSameAs(OrderStatus.CLOSED);
    assertThat(kraken.client().balance().balances())
        .containsEntry("XXBT", new BigDecimal("1.5000000000"))
        .containsEntry("ZUSD", new BigDecimal("29948.0000000000")); // 10,000 + 0.5 × 40,000 − the 0.26 % taker fee (52)
  }

  @Test
  void insufficientFundsIsKrakensError() {
    assertThatThrownBy(() -> kraken.client().addOrder(AddOrder.market("XBTUSD", Side.BUY, new BigDecimal("5")).build()))
        .isInstanceOfSatisfying(KrakenApiException.class, e -> assertThat(e.errors()).containsExactly("EOrder:Insufficient funds"));
  }

  @Test
  void wrongPrivateKeyIsInvalidKey() {
    try (KrakenClient wrong = kraken.newClient()
        .credentials(KrakenCredentials.of(kraken.credentials().apiKey(), TestKeys.krakenPrivateKey())).build()) {
      assertThatThrownBy(wrong::balance).hasMessageStartingWith("Kraken Balance failed: EAPI:Invalid key\nRequest as sent: POST /0/private/Balance with body nonce=");
    }
  }

  @Test
  void twoClientsOnOneKeyWithTheirOwnNonceSourcesCollide() {
    // the second client's nonces start below the first's: Kraken refuses them, as it does in production
    try (KrakenClient ahead = kraken.newClient().nonceSource(dev.signet.kraken.KrakenNonceSource.startingAt(Long.MAX_VALUE / 2)).build()) {
      ahead.balance();
      int before = kraken.fake().requestCount();
      assertThatThrownBy(() -> kraken.client().balance())
          .isInstanceOfSatisfying(KrakenApiException.class, e -> assertThat(e.errors()).containsExactly("EAPI:Invalid nonce"))
          .hasMessageContaining("another process or client uses the same key with higher nonces");
      assertThat(kraken.fake().requestCount() - before).as("retried with fresh nonces, then given up").isEqualTo(3);
    }
  }

  @Test
  void serverTimeFollowsTheFakeClock() {
    kraken.fake().clock().set(Instant.parse("2030-01-01T00:00:00Z"));
    assertThat(kraken.client().market().serverTime()).isBetween(1893456000000L, 1893456010000L);
  }
}
