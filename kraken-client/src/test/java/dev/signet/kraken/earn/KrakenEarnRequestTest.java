package dev.signet.kraken.earn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.kraken.KrakenClient;
import dev.signet.kraken.KrakenCredentials;
import dev.signet.kraken.KrakenNonceSource;
import dev.signet.kraken.funding.AccountTransferResult;
import dev.signet.kraken.funding.AccountTransferStatus;
import dev.signet.testkit.KrakenSignatureCheck;
import java.math.BigDecimal;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Earn and subaccount calls against MockWebServer: bytes sent (verified) and the spec's examples decoded. */
class KrakenEarnRequestTest {
  private static final String SECRET = "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";
  private final MockWebServer server = new MockWebServer();
  private final KrakenSignatureCheck check = KrakenSignatureCheck.builder().key("k", SECRET).build();

  @BeforeEach
  void start() throws Exception {
    server.start(0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private KrakenClient client() {
    return KrakenClient.builder().credentials(KrakenCredentials.of("k", SECRET)).baseUrl(server.url("/").toString())
        .nonceSource(KrakenNonceSource.startingAt(30295839L)).build();
  }

  private String sent(String path) throws Exception {
    RecordedRequest req = server.takeRequest();
    assertThat(req.getTarget()).isEqualTo(path);
    check.verify(req);
    return req.getBody().utf8();
  }

  private void respond(String body) {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build());
  }

  @Test
  void strategiesSendJsonAndDecodeTheSpecExample() throws Exception {
    respond("{\"error\":[],\"result\":{\"next_cursor\":\"2\",\"items\":[{\"id\":\"ESRFUO3-Q62XD-WIOIL7\",\"asset\":\"DOT\","
        + "\"lock_type\":{\"type\":\"instant\",\"payout_frequency\":604800},\"apr_estimate\":{\"low\":\"8.0000\",\"high\":\"12.0000\"},"
        + "\"user_min_allocation\":\"0.01\",\"allocation_fee\":\"0.0000\",\"deallocation_fee\":\"0.0000\","
        + "\"auto_compound\":{\"type\":\"enabled\"},\"yield_source\":{\"type\":\"staking\"},\"can_allocate\":true,"
        + "\"can_deallocate\":true,\"allocation_restriction_info\":[]}]}}");
    try (KrakenClient kraken = client()) {
      EarnStrategies s = kraken.earn().strategies(StrategyQuery.forAsset("DOT").lockTypes(List.of(LockType.INSTANT)));
      assertThat(sent("/0/private/Earn/Strategies")).isEqualTo("{\"nonce\":\"30295839\",\"asset\":\"DOT\",\"lock_type\":[\"instant\"]}");
      assertThat(s.nextCursor()).contains("2");
      assertThat(s.items()).containsExactly(new EarnStrategy("ESRFUO3-Q62XD-WIOIL7", "DOT",
          new EarnStrategy.Lock(LockType.INSTANT, 604800L, null, null, null, null, null, null, null),
          new EarnStrategy.AprEstimate(new BigDecimal("8.0000"), new BigDecimal("12.0000")), new BigDecimal("0.01"), null,
          new BigDecimal("0.0000"), new BigDecimal("0.0000"), new EarnStrategy.AutoCompound("enabled", null),
          new EarnStrategy.YieldSource("staking"), true, true, List.of()));
    }
  }

  @Test
  void allocateAndAccountTransferSendFormBodies() throws Exception {
    respond("{\"error\":[],\"result\":true}");
    respond("{\"error\":[],\"result\":{\"transfer_id\":\"TOH3AS2-LPCWR8-JDQGEU\",\"status\":\"complete\"}}");
    try (KrakenClient kraken = client()) {
      assertThat(kraken.earn().allocate("ESRFUO3-Q62XD-WIOIL7", new BigDecimal("4.3"))).isTrue();
      assertThat(sent("/0/private/Earn/Allocate")).isEqualTo("nonce=30295839&strategy_id=ESRFUO3-Q62XD-WIOIL7&amount=4.3");
      AccountTransferResult t = kraken.subaccounts().accountTransfer("XBT", new BigDecimal("2.54"),
          "ABCD 1234 EFGH 5678", "IJKL 0987 MNOP 6543");
      assertThat(sent("/0/private/AccountTransfer")).isEqualTo(
          "nonce=30295840&asset=XBT&amount=2.54&from=ABCD%201234%20EFGH%205678&to=IJKL%200987%20MNOP%206543");
      assertThat(t).isEqualTo(new AccountTransferResult("TOH3AS2-LPCWR8-JDQGEU", AccountTransferStatus.COMPLETE));
    }
  }
}
