package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.subaccount.AccountType;
import dev.signet.binance.subaccount.SubAccount;
import dev.signet.binance.subaccount.SubAccountAssets;
import dev.signet.binance.subaccount.SubAccountBalance;
import dev.signet.binance.subaccount.SubAccountQuery;
import dev.signet.binance.subaccount.SubAccountStatus;
import dev.signet.binance.subaccount.SubAccountTransfer;
import dev.signet.binance.subaccount.SubTransferHistoryQuery;
import dev.signet.binance.subaccount.SubTransferResult;
import dev.signet.binance.subaccount.SubTransferStatus;
import dev.signet.binance.subaccount.UniversalTransfer;
import dev.signet.binance.subaccount.UniversalTransferHistory;
import dev.signet.binance.subaccount.UniversalTransferQuery;
import dev.signet.binance.subaccount.UniversalTransferRecord;
import dev.signet.binance.subaccount.UniversalTransferResult;
import dev.signet.binance.wallet.Deposit;
import dev.signet.binance.wallet.DepositAddress;
import dev.signet.binance.wallet.DepositHistoryQuery;
import dev.signet.binance.wallet.DepositStatus;
import dev.signet.binance.wallet.Network;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every typed sub-account call: the request as sent and signed, the docs' example decoded, bad input refused unsent. */
class SubAccountsTest {
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
  private final SapiCalls sapi;

  SubAccountsTest() throws Exception {
    sapi = new SapiCalls();
  }

  @AfterEach
  void stop() {
    sapi.close();
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void listAndStatus() throws Exception {
    sapi.respondWith("subaccount_list.json");
    List<SubAccount> subs = sapi.client.subAccounts().list(SubAccountQuery.builder().limit(200).page(2).isFreeze(false)
        .email("testsub@gmail.com").build()).subAccounts();
    sapi.assertSignedRequest("GET", "/sapi/v1/sub-account/list", "email", "testsub@gmail.com", "isFreeze", "false",
        "page", "2", "limit", "200");
    assertThat(subs).containsExactly(
        new SubAccount("testsub@gmail.com", false, Instant.ofEpochMilli(1544433328000L), false, false),
        new SubAccount("virtual@oxebmvfonoemail.com", false, Instant.ofEpochMilli(1544433328000L), false, false));

    sapi.respondWith("subaccount_status.json");
    assertThat(sapi.client.subAccounts().status("123@test.com")).containsExactly(new SubAccountStatus("123@test.com",
        true, true, Instant.ofEpochMilli(1570791523523L), true, true, 1570791523523L));
    sapi.assertSignedRequest("GET", "/sapi/v1/sub-account/status", "email", "123@test.com");
  }

  @Test
  void assetsV4StringsAndV3NumbersDecodeToTheSameExactDecimals() throws Exception {
    sapi.respondWith("subaccount_assets_v4.json");
    SubAccountAssets v4 = sapi.client.subAccounts().assets("sub1@example.com");
    sapi.assertSignedRequest("GET", "/sapi/v4/sub-account/assets", "email", "sub1@example.com");
    sapi.respondWith("subaccount_assets_v3.json");
    SubAccountAssets v3 = sapi.client.subAccounts().assetsV3("sub1@example.com");
    sapi.assertSignedRequest("GET", "/sapi/v3/sub-account/assets", "email", "sub1@example.com");
    SubAccountBalance btc = new SubAccountBalance("BTC", d("11467.6399"), d("0"), d("0"), d("0"));
    assertThat(v4.balances()).hasSize(3).element(2).isEqualTo(btc);
    assertThat(v3.balances()).hasSize(5).element(2).isEqualTo(btc);
    assertThat(v3.balances().get(4).free()).isEqualTo(d("11652.14213"));
  }

  @Test
  void aUniversalTransferWithoutAClientIdIsSentWithAGeneratedOne() throws Exception {
    sapi.respondWith("subaccount_universal_transfer.json");
    sapi.client.subAccounts().universalTransfer(UniversalTransfer.builder(AccountType.SPOT, AccountType.USDT_FUTURE, "USDT",
        d("5")).toEmail("deftest@gmail.com").build());
    String body = sapi.server.takeRequest().getBody().utf8();
    assertThat(body).matches("toEmail=deftest%40gmail\\.com&fromAccountType=SPOT&toAccountType=USDT_FUTURE&asset=USDT"
        + "&amount=5&clientTranId=sg[0-9a-f]{32}&timestamp=1[0-9]+&signature=[0-9a-f]{64}");
  }

  @Test
  void universalTransferAndItsHistory() throws Exception {
    sapi.respondWith("subaccount_universal_transfer.json");
    UniversalTransferResult r = sapi.client.subAccounts().universalTransfer(UniversalTransfer.builder(
            AccountType.ISOLATED_MARGIN, AccountType.SPOT, "BNB", d("0.010")).symbol("BNBUSDT").clientTranId("test")
        .toEmail("deftest@gmail.com").fromEmail("abctest@gmail.com").build());
    sapi.assertSignedRequest("POST", "/sapi/v1/sub-account/universalTransfer", "fromEmail", "abctest@gmail.com",
        "toEmail", "deftest@gmail.com", "fromAccountType", "ISOLATED_MARGIN", "toAccountType", "SPOT",
        "clientTranId", "test", "symbol", "BNBUSDT", "asset", "BNB", "amount", "0.01");
    assertThat(r).isEqualTo(new UniversalTransferResult(11945860693L, "test"));

    sapi.respondWith("subaccount_universal_transfer_history.json");
    UniversalTransferHistory h = sapi.client.subAccounts().universalTransferHistory(UniversalTransferQuery.builder()
        .limit(500).page(1).endTime(T0.plusSeconds(5)).startTime(T0).clientTranId("test").toEmail("deftest@gmail.com").build());
    sapi.assertSignedRequest("GET", "/sapi/v1/sub-account/universalTransfer", "toEmail", "deftest@gmail.com",
        "clientTranId", "test", "startTime", "1793491200000", "endTime", "1793491205000", "page", "1", "limit", "500");
    assertThat(h).isEqualTo(new UniversalTransferHistory(List.of(new UniversalTransferRecord(92275823339L,
        "abctest@gmail.com", "deftest@gmail.com", "BNB", d("0.01"), Instant.ofEpochMilli(1640317374000L),
        AccountType.USDT_FUTURE, AccountType.SPOT, SubTransferStatus.SUCCESS, "test")), 1));
  }

  @Test
  void subAccountTransfersToMasterAndSiblingAndTheirHistory() throws Exception {
    sapi.respondWith("subaccount_transfer_to_master.json");
    assertThat(sapi.client.subAccounts().transferToMaster("USDT", d("10"))).isEqualTo(new SubTransferResult("2966662589"));
    sapi.assertSignedRequest("POST", "/sapi/v1/sub-account/transfer/subToMaster", "asset", "USDT", "amount", "10");
    sapi.respondWith("subaccount_transfer_to_sub.json");
    assertThat(sapi.client.subAccounts().transferToSubAccount("sub2@test.com", "USDT", d("2.5")))
        .isEqualTo(new SubTransferResult("2966662589"));
    sapi.assertSignedRequest("POST", "/sapi/v1/sub-account/transfer/subToSub", "toEmail", "sub2@test.com", "asset", "USDT",
        "amount", "2.5");

    sapi.respondWith("subaccount_transfer_history.json");
    List<SubAccountTransfer> h = sapi.client.subAccounts().transferHistory(SubTransferHistoryQuery.builder()
        .returnFailHistory(true).limit(100).startTime(T0).asset("BTC").transfersIn().build());
    sapi.assertSignedRequest("GET", "/sapi/v1/sub-account/transfer/subUserHistory", "asset", "BTC", "type", "1",
        "startTime", "1793491200000", "limit", "100", "returnFailHistory", "true");
    assertThat(h).containsExactly(
        new SubAccountTransfer("master", "master@test.com", 1, "BTC", d("1"), AccountType.SPOT, AccountType.SPOT,
            SubTransferStatus.SUCCESS, 11798835829L, Instant.ofEpochMilli(1544433325000L)),
        new SubAccountTransfer("subAccount", "sub2@test.com", 1, "ETH", d("2"), AccountType.SPOT, AccountType.COIN_FUTURE,
            SubTransferStatus.SUCCESS, 11798829519L, Instant.ofEpochMilli(1544433326000L)));
  }

  @Test
  void subAccountDepositAddressAndHistory() throws Exception {
    sapi.respondWith("subaccount_deposit_address.json");
    DepositAddress a = sapi.client.subAccounts().depositAddress("sub1@example.com", "USDT", Network.TRX, null);
    sapi.assertSignedRequest("GET", "/sapi/v1/capital/deposit/subAddress", "email", "sub1@example.com", "coin", "USDT",
        "network", "TRX");
    assertThat(a).isEqualTo(new DepositAddress("TDunhSa7jkTNuKrusUTU1MUHtqXoBPKETV", "USDT", "",
        "https://tronscan.org/#/address/TDunhSa7jkTNuKrusUTU1MUHtqXoBPKETV"));

    sapi.respondWith("subaccount_deposit_history.json");
    List<Deposit> deposits = sapi.client.subAccounts().depositHistory("sub1@example.com", DepositHistoryQuery.builder()
        .txId("0xabc").offset(5).limit(20).coin("BNB").status(DepositStatus.PENDING).build());
    sapi.assertSignedRequest("GET", "/sapi/v1/capital/deposit/subHisrec", "email", "sub1@example.com", "coin", "BNB",
        "status", "0", "limit", "20", "offset", "5", "txId", "0xabc");
    assertThat(deposits).extracting(Deposit::status, Deposit::completeTime, Deposit::amount)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(DepositStatus.PENDING, null, d("0.001")),
            org.assertj.core.groups.Tuple.tuple(DepositStatus.SUCCESS, null, d("0.50000000")));
  }

  @Test
  void badInputIsRefusedBeforeSendingWithTheFix() {
    BigDecimal one = BigDecimal.ONE;
    assertThatThrownBy(() -> sapi.client.subAccounts().assets(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("email is empty; pass the sub-account's e-mail, e.g. sub1@example.com.");
    assertThatThrownBy(() -> sapi.client.subAccounts().status("sub1.example.com"))
        .hasMessage("email 'sub1.example.com' is not an e-mail address; pass the sub-account's e-mail, e.g. sub1@example.com.");
    assertThatThrownBy(() -> UniversalTransfer.builder(AccountType.SPOT, AccountType.SPOT, "USDT", one).build())
        .hasMessage("fromAccountType and toAccountType are both SPOT and neither fromEmail nor toEmail is set;"
            + " name the sub-account with fromEmail or toEmail.");
    assertThatThrownBy(() -> UniversalTransfer.builder(AccountType.SPOT, AccountType.MARGIN, "USDT", one).symbol("BTCUSDT").build())
        .hasMessage("symbol is only sent with ISOLATED_MARGIN; leave it unset for SPOT to MARGIN.");
    assertThatThrownBy(() -> UniversalTransfer.builder(AccountType.SPOT, AccountType.MARGIN, "", one).build())
        .hasMessage("asset is empty; pass a coin such as BTC.");
    assertThatThrownBy(() -> sapi.client.subAccounts().transferToMaster("USDT", d("-0.5")))
        .hasMessage("amount is -0.5; it must be greater than zero.");
    assertThatThrownBy(() -> UniversalTransferQuery.builder().fromEmail("a@b.c").toEmail("d@e.f").build())
        .hasMessage("fromEmail and toEmail cannot be sent together; set one of them.");
    assertThatThrownBy(() -> UniversalTransferQuery.builder().startTime(T0).endTime(T0.plus(Duration.ofDays(8))).build())
        .hasMessage("startTime 2026-11-01T00:00:00Z and endTime 2026-11-09T00:00:00Z are 7 days or more apart;"
            + " Binance accepts less than 7 days. Query in shorter ranges.");
    assertThatThrownBy(() -> SubAccountQuery.builder().limit(201).build()).hasMessage("limit 201 is outside 1..200.");
    assertThatThrownBy(() -> sapi.client.subAccounts().depositHistory("sub1@example.com",
        DepositHistoryQuery.builder().includeSource(true).build()))
        .hasMessage("includeSource is not a parameter of the sub-account deposit history; leave it unset.");
    assertThat(sapi.server.getRequestCount()).isZero();
  }
}
