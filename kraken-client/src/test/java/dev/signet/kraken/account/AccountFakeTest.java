package dev.signet.kraken.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.kraken.KrakenAccountData;
import dev.signet.kraken.KrakenApiException;
import dev.signet.kraken.KrakenClient;
import dev.signet.kraken.KrakenCredentials;
import dev.signet.testkit.FakeClock;
import dev.signet.testkit.FakeKraken;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import okio.ByteString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The typed account calls against testkit's FakeKraken, which checks every signature from the raw bytes. */
class AccountFakeTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private final FakeKraken fake = FakeKraken.builder().key(AccountServer.KEY, AccountServer.SECRET)
      .pair("XBTUSD", "XXBT", "ZUSD", new BigDecimal("40000")).balance("ZUSD", new BigDecimal("10000"))
      .balance("XXBT", new BigDecimal("0.5")).clock(FakeClock.frozenAt(NOW)).build();
  private final KrakenClient kraken = KrakenClient.builder()
      .credentials(KrakenCredentials.of(AccountServer.KEY, AccountServer.SECRET)).baseUrl(fake.baseUrl()).build();
  private final KrakenAccountData account = kraken.accountData();

  @AfterEach
  void stop() {
    kraken.close();
    fake.close();
  }

  @Test
  void balancesAndTradeBalanceFollowTheLedger() {
    ExtendedBalance usd = account.balanceEx().get("ZUSD").orElseThrow();
    assertThat(usd.balance()).isEqualTo(new BigDecimal("10000.0000000000"));
    assertThat(usd.holdTrade()).isEqualTo(new BigDecimal("0E-10"));
    assertThat(usd.available()).isEqualByComparingTo("10000");
    TradeBalance tb = account.tradeBalance("ZUSD");
    assertThat(tb.equivalentBalance()).isEqualTo(new BigDecimal("30000.0000"));
    assertThat(tb.marginLevel()).isNull();
    assertThat(account.tradeBalance("XXBT").equity()).isEqualTo(new BigDecimal("0.7500"));
    assertThatThrownBy(() -> account.tradeBalance("NOPE")).isInstanceOf(KrakenApiException.class)
        .hasMessageContaining("EQuery:Unknown asset");
  }

  @Test
  void noCreditNoPositionsAndFlatFees() {
    assertThat(account.creditLines()).isEmpty();
    assertThat(account.openPositions(List.of(), true)).isEmpty();
    TradeVolume v = account.tradeVolume(List.of("XBTUSD"), false);
    assertThat(v.volume()).isEqualTo(new BigDecimal("0.0000"));
    assertThat(v.fees().keySet()).containsExactly("XXBTZUSD");
    assertThat(v.fees().get("XXBTZUSD").fee()).isEqualTo(new BigDecimal("0.2600"));
    assertThat(v.feesMaker().get("XXBTZUSD").fee()).isEqualTo(new BigDecimal("0.1600"));
  }

  @Test
  void apiKeyInfoComesFromConstants() {
    ApiKeyInfo key = account.getApiKeyInfo();
    assertThat(key.apiKeyName()).isEqualTo("fake-kraken-key");
    assertThat(key.permissions()).contains("query-funds", "export-data").hasSize(13);
    assertThat(key.validUntil()).isNull();
    assertThat(key.createdTime()).isEqualTo(NOW);
  }

  @Test
  void exportsGoFromRequestToZipToRemoval() throws Exception {
    ExportId id = account.addExport(AddExport.builder(ExportReport.TRADES, "march").build());
    assertThat(id.id()).isEqualTo("FXAB");
    List<ExportStatus> statuses = account.exportStatus(ExportReport.TRADES);
    assertThat(statuses).extracting(ExportStatus::id).containsExactly("FXAB");
    assertThat(statuses.get(0).status()).isSameAs(ExportState.PROCESSED);
    assertThat(statuses.get(0).completedtm()).isEqualTo(NOW);
    assertThat(account.exportStatus(ExportReport.LEDGERS)).isEmpty();

    ByteString zip = account.retrieveExport("FXAB");
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
      ZipEntry entry = in.getNextEntry();
      assertThat(entry.getName()).isEqualTo("trades.csv");
      assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).startsWith("txid,ordertxid,pair,time\n#");
    }

    assertThat(account.removeExport("FXAB", RemoveExportType.DELETE)).isTrue();
    assertThat(account.exportStatus(ExportReport.TRADES)).isEmpty();
    assertThatThrownBy(() -> account.retrieveExport("FXAB")).isInstanceOf(KrakenApiException.class)
        .hasMessageContaining("EQuery:Unknown export");
  }
}
