package dev.signet.kraken.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.kraken.KrakenApiException;
import dev.signet.kraken.KrakenClient;
import dev.signet.kraken.KrakenCredentials;
import dev.signet.testkit.FakeKraken;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Funding against FakeKraken: signatures checked from raw bytes, balances moved by the ledger. */
class KrakenFundingFakeTest {
  private static final String SECRET = "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";

  @Test
  void lightningAddressVerifiesAndWithdrawIsListedAndCancelled() {
    try (FakeKraken fake = FakeKraken.builder().key("k", SECRET).balance("XXBT", new BigDecimal("1")).build();
        KrakenClient kraken = KrakenClient.builder().credentials(KrakenCredentials.of("k", SECRET))
            .baseUrl(fake.baseUrl()).build()) {
      assertThat(kraken.funding().depositAddresses(
          DepositAddressRequest.of("BTC", "Bitcoin Lightning").amount(new BigDecimal("0.2")).generateNew())).hasSize(2);
      WithdrawalReference ref = kraken.funding().withdraw(WithdrawRequest.of("XXBT", "btc-wallet-1", new BigDecimal("0.4")));
      assertThat(ref.refid()).isEqualTo("FAKE1");
      assertThat(kraken.balance().get("XXBT")).contains(new BigDecimal("0.6000000000"));
      Withdrawal w = kraken.funding().withdrawStatus(FundingStatusQuery.forAsset("XXBT")).items().get(0);
      assertThat(w.status()).isEqualTo(FundingStatus.PENDING);
      assertThat(w.amount()).isEqualTo(new BigDecimal("0.4"));
      assertThat(kraken.funding().withdrawCancel("XXBT", "FAKE1")).isTrue();
      assertThat(kraken.funding().withdrawStatus(FundingStatusQuery.all()).items().get(0).statusProperty())
          .isEqualTo(FundingStatusProperty.CANCELED);
      assertThatThrownBy(() -> kraken.funding().withdraw(WithdrawRequest.of("XXBT", "btc-wallet-1", new BigDecimal("5"))))
          .isInstanceOf(KrakenApiException.class).hasMessageContaining("EFunding:Insufficient funds");
    }
  }
}
