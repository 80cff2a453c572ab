package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.subaccount.AccountType;
import dev.signet.binance.subaccount.SubAccount;
import dev.signet.binance.subaccount.SubAccountBalance;
import dev.signet.binance.subaccount.SubAccountQuery;
import dev.signet.binance.subaccount.UniversalTransfer;
import dev.signet.binance.subaccount.UniversalTransferQuery;
import dev.signet.binance.wallet.AssetTransfer;
import dev.signet.binance.wallet.AssetTransferQuery;
import dev.signet.binance.wallet.Deposit;
import dev.signet.binance.wallet.DepositAddress;
import dev.signet.binance.wallet.DepositHistoryQuery;
import dev.signet.binance.wallet.DepositStatus;
import dev.signet.binance.wallet.Network;
import dev.signet.binance.wallet.TransferType;
import dev.signet.binance.wallet.WithdrawHistoryQuery;
import dev.signet.binance.wallet.WithdrawRequest;
import dev.signet.binance.wallet.WithdrawResult;
import dev.signet.binance.wallet.WithdrawStatus;
import dev.signet.binance.wallet.Withdrawal;
import dev.signet.testkit.FakeBinance;
import dev.signet.testkit.TestKeys;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A bot's wallet flow against testkit's FakeBinance: deposit address, deposit, withdraw, histories, transfers. */
class WalletAgainstFakeTest {
  private final String secret = TestKeys.binanceSecret();
  private final FakeBinance fake = FakeBinance.builder().hmacKey("bot-key", secret)
      .balance("USDT", new BigDecimal("1000")).build();
  private final BinanceClient client = BinanceClient.builder().credentials(BinanceCredentials.hmac("bot-key", secret))
      .spotBaseUrl(fake.baseUrl()).futuresBaseUrl(fake.baseUrl()).build();

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  @Test
  void depositAddressThenDepositThenWithdrawAndTheHistoriesShowIt() {
    assertThat(client.wallet().systemStatus().isNormal()).isTrue();
    DepositAddress trc20 = client.wallet().depositAddress("USDT", Network.TRX);
    assertThat(client.wallet().depositAddress("USDT", Network.TRX)).isEqualTo(trc20);
    assertThat(client.wallet().depositAddress("USDT", Network.ETH).address()).isNotEqualTo(trc20.address());

    fake.receiveDeposit("USDT", "TRX", new BigDecimal("250.5"));
    List<Deposit> deposits = client.wallet().depositHistory(DepositHistoryQuery.builder().coin("USDT").build());
    assertThat(deposits).singleElement().satisfies(d -> {
      assertThat(d.amount()).isEqualTo(new BigDecimal("250.5"));
      assertThat(d.status()).isEqualTo(DepositStatus.SUCCESS);
      assertThat(d.address()).isEqualTo(trc20.address());
    });
    assertThat(fake.free("USDT")).isEqualTo(new BigDecimal("1250.5"));

    WithdrawResult w = client.wallet().withdraw(WithdrawRequest.builder("USDT", "TNPZ4Ud5oyXf3iLTYvcSk8Hn6ztUBpSNbL",
        new BigDecimal("200")).network(Network.TRX).withdrawOrderId("bot-w-1").build());
    assertThat(fake.free("USDT")).isEqualTo(new BigDecimal("1050.5"));
    List<Withdrawal> history = client.wallet().withdrawHistory(WithdrawHistoryQuery.builder().withdrawOrderId("bot-w-1").build());
    assertThat(history).singleElement().satisfies(h -> {
      assertThat(h.id()).isEqualTo(w.id());
      assertThat(h.amount()).isEqualTo(new BigDecimal("200"));
      assertThat(h.network()).isEqualTo(Network.TRX);
      assertThat(h.status()).isEqualTo(WithdrawStatus.COMPLETED);
      assertThat(h.address()).isEqualTo("TNPZ4Ud5oyXf3iLTYvcSk8Hn6ztUBpSNbL");
    });
    assertThat(client.wallet().withdrawHistory(WithdrawHistoryQuery.builder().idList(List.of(w.id())).build()))
        .containsExactlyElementsOf(history);
  }

  @Test
  void aWithdrawalBeyondTheBalanceIsRefusedWithBinancesErrorAndDebitsNothing() {
    assertThatThrownBy(() -> client.wallet().withdraw(WithdrawRequest.builder("USDT", "addr", new BigDecimal("1000.01")).build()))
        .isInstanceOfSatisfying(BinanceApiException.class, e -> {
          assertThat(e.code()).isEqualTo(-4026);
          assertThat(e.message()).isEqualTo("You have insufficient balance.");
        });
    assertThat(fake.free("USDT")).isEqualTo(new BigDecimal("1000"));
    assertThat(client.wallet().withdrawHistory(WithdrawHistoryQuery.builder().build())).isEmpty();
  }

  @Test
  void transfersMoveMoneyBetweenSpotFuturesAndASubAccount() {
    long id = client.wallet().transfer(AssetTransfer.of(TransferType.MAIN_UMFUTURE, "USDT", new BigDecimal("300"))).tranId();
    client.wallet().transfer(AssetTransfer.of(TransferType.UMFUTURE_MAIN, "USDT", new BigDecimal("100")));
    assertThat(fake.free("USDT")).isEqualTo(new BigDecimal("800"));
    assertThat(fake.walletBalance("UMFUTURE", "USDT")).isEqualTo(new BigDecimal("200"));
    assertThat(client.wallet().transferHistory(AssetTransferQuery.builder(TransferType.MAIN_UMFUTURE).build()).rows())
        .singleElement().satisfies(r -> {
          assertThat(r.tranId()).isEqualTo(id);
          assertThat(r.amount()).isEqualTo(new BigDecimal("300"));
        });
    assertThatThrownBy(() -> client.wallet().transfer(AssetTransfer.of(TransferType.UMFUTURE_MAIN, "USDT", new BigDecimal("201"))))
        .isInstanceOfSatisfying(BinanceApiException.class, e -> assertThat(e.code()).isEqualTo(-4026));

    client.subAccounts().universalTransfer(UniversalTransfer.builder(AccountType.SPOT, AccountType.SPOT, "USDT",
        new BigDecimal("50")).toEmail("sub1@example.com").clientTranId("bot-t-1").build());
    assertThat(fake.free("USDT")).isEqualTo(new BigDecimal("750"));
    assertThat(client.subAccounts().assets("sub1@example.com").balances()).extracting(SubAccountBalance::asset,
        SubAccountBalance::free).containsExactly(org.assertj.core.groups.Tuple.tuple("USDT", new BigDecimal("50")));
    assertThat(client.subAccounts().list(SubAccountQuery.all()).subAccounts()).extracting(SubAccount::email)
        .containsExactly("sub1@example.com");
    assertThat(client.subAccounts().universalTransferHistory(UniversalTransferQuery.builder().clientTranId("bot-t-1").build())
        .result()).singleElement().satisfies(t -> assertThat(t.amount()).isEqualTo(new BigDecimal("50")));
  }
}
