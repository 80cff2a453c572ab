package dev.signet.kraken.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.kraken.KrakenClient;
import dev.signet.kraken.KrakenCredentials;
import dev.signet.kraken.KrakenNonceSource;
import dev.signet.testkit.KrakenSignatureCheck;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Funding calls against MockWebServer: the exact bytes sent, verified from the raw request, and the spec's examples decoded. */
class KrakenFundingRequestTest {
  private static final String SECRET = "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";
  private static final String KEY = "kApiKeyForTests0123456789";
  private final MockWebServer server = new MockWebServer();
  private final KrakenSignatureCheck check = KrakenSignatureCheck.builder().key(KEY, SECRET).build();

  @BeforeEach
  void start() throws Exception {
    server.start(0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private KrakenClient client() {
    return KrakenClient.builder().credentials(KrakenCredentials.of(KEY, SECRET)).baseUrl(server.url("/").toString())
        .nonceSource(KrakenNonceSource.startingAt(1719929687102L)).build();
  }

  private void respond(String body) {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build());
  }

  private String sent(String path) throws Exception {
    RecordedRequest req = server.takeRequest();
    assertThat(req.getMethod()).isEqualTo("POST");
    assertThat(req.getTarget()).isEqualTo(path);
    assertThat(check.verify(req).nonce()).isEqualTo(1719929687102L);
    return req.getBody().utf8();
  }

  @Test
  void lightningAddressRequestEncodesTheSpaceAsPercent20AndVerifies() throws Exception {
    respond("{\"error\":[],\"result\":[{\"address\":\"lnbc1\",\"expiretm\":\"1719930000\",\"new\":true}]}");
    try (KrakenClient kraken = client()) {
      List<DepositAddress> a = kraken.funding().depositAddresses(
          DepositAddressRequest.of("BTC", "Bitcoin Lightning").amount(new BigDecimal("0.2")).generateNew());
      assertThat(sent("/0/private/DepositAddresses"))
          .isEqualTo("nonce=1719929687102&asset=BTC&method=Bitcoin%20Lightning&new=true&amount=0.2");
      assertThat(a).containsExactly(new DepositAddress("lnbc1", Instant.ofEpochSecond(1719930000L), true, null, null));
    }
  }

  @Test
  void depositMethodsExampleDecodesLimitFalseAsNoLimit() throws Exception {
    respond("{\"error\":[],\"result\":[{\"method\":\"Bitcoin\",\"limit\":false,\"fee\":\"0.0000000000\",\"gen-address\":true,"
        + "\"minimum\":\"0.00010000\"},{\"method\":\"Bitcoin Lightning\",\"limit\":\"2.5\",\"fee\":\"0.00000000\","
        + "\"minimum\":\"0.00010000\"}]}");
    try (KrakenClient kraken = client()) {
      List<DepositMethod> m = kraken.funding().depositMethods("XBT");
      assertThat(sent("/0/private/DepositMethods")).isEqualTo("nonce=1719929687102&asset=XBT");
      assertThat(m).containsExactly(
          new DepositMethod("Bitcoin", null, new BigDecimal("0.0000000000"), null, true, new BigDecimal("0.00010000")),
          new DepositMethod("Bitcoin Lightning", new BigDecimal("2.5"), new BigDecimal("0.00000000"), null, null,
              new BigDecimal("0.00010000")));
      assertThat(m.get(0).limit()).isEmpty();
    }
  }

  @Test
  void withdrawSendsDocumentedOrderAndDecodesRefid() throws Exception {
    respond("{\"error\":[],\"result\":{\"refid\":\"FTQcuak-V6Za8qrWnhzTx67yYHz8Tg\"}}");
    try (KrakenClient kraken = client()) {
      WithdrawalReference r = kraken.funding().withdraw(WithdrawRequest.of("XBT", "btc_2709", new BigDecimal("0.725"))
          .address("bc1kar0ssrr7xf3vy5l6d3lydnwkre5og2zz3f5ldq").maxFee(new BigDecimal("0.0002")));
      assertThat(sent("/0/private/Withdraw")).isEqualTo("nonce=1719929687102&asset=XBT&key=btc_2709"
          + "&address=bc1kar0ssrr7xf3vy5l6d3lydnwkre5og2zz3f5ldq&amount=0.725&max_fee=0.0002");
      assertThat(r.refid()).isEqualTo("FTQcuak-V6Za8qrWnhzTx67yYHz8Tg");
    }
  }

  @Test
  void withdrawStatusExampleDecodesStatusesAndSeconds() throws Exception {
    respond("{\"error\":[],\"result\":[{\"method\":\"Bitcoin\",\"aclass\":\"currency\",\"asset\":\"XXBT\","
        + "\"refid\":\"FTQcuak-V6Za8qrPnhsTx47yYLz8Tg\",\"txid\":\"t2\",\"info\":\"bc1qa35ls\",\"amount\":\"0.72485000\","
        + "\"fee\":\"0.00020000\",\"time\":1688015423,\"status\":\"Failure\",\"status-prop\":\"canceled\",\"key\":\"btc-wallet-2\"}]}");
    try (KrakenClient kraken = client()) {
      FundingPage<Withdrawal> page = kraken.funding().withdrawStatus(FundingStatusQuery.forAsset("XBT"));
      assertThat(sent("/0/private/WithdrawStatus")).isEqualTo("nonce=1719929687102&asset=XBT");
      assertThat(page.nextCursor()).isEmpty();
      assertThat(page.items()).containsExactly(new Withdrawal("Bitcoin", null, AssetClass.CURRENCY, "XXBT",
          "FTQcuak-V6Za8qrPnhsTx47yYLz8Tg", "t2", "bc1qa35ls", new BigDecimal("0.72485000"), new BigDecimal("0.00020000"),
          Instant.ofEpochSecond(1688015423L), FundingStatus.FAILURE, FundingStatusProperty.CANCELED, "btc-wallet-2"));
    }
  }

  @Test
  void badInputIsRefusedBeforeSending() {
    assertThatThrownBy(() -> WithdrawRequest.of(" ", "k", BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("asset is empty; pass an asset such as XBT or XXBT.");
    assertThatThrownBy(() -> WithdrawRequest.of("XBT", "k", BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("amount is 0; it must be greater than zero.");
    assertThat(server.getRequestCount()).isZero();
  }
}
