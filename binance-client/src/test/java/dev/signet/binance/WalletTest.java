package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.wallet.AccountStatus;
import dev.signet.binance.wallet.ApiRestrictions;
import dev.signet.binance.wallet.ApiTradingStatus;
import dev.signet.binance.wallet.AssetTransfer;
import dev.signet.binance.wallet.AssetTransferHistory;
import dev.signet.binance.wallet.AssetTransferQuery;
import dev.signet.binance.wallet.AssetTransferRecord;
import dev.signet.binance.wallet.Coin;
import dev.signet.binance.wallet.CoinNetwork;
import dev.signet.binance.wallet.Deposit;
import dev.signet.binance.wallet.DepositAddress;
import dev.signet.binance.wallet.DepositAddressEntry;
import dev.signet.binance.wallet.DepositCredit;
import dev.signet.binance.wallet.DepositCreditResult;
import dev.signet.binance.wallet.DepositHistoryQuery;
import dev.signet.binance.wallet.DepositStatus;
import dev.signet.binance.wallet.Network;
import dev.signet.binance.wallet.SystemStatus;
import dev.signet.binance.wallet.TradeFee;
import dev.signet.binance.wallet.TransferResult;
import dev.signet.binance.wallet.TransferStatus;
import dev.signet.binance.wallet.TransferType;
import dev.signet.binance.wallet.TriggerCondition;
import dev.signet.binance.wallet.WalletType;
import dev.signet.binance.wallet.WithdrawAddress;
import dev.signet.binance.wallet.WithdrawHistoryQuery;
import dev.signet.binance.wallet.WithdrawQuota;
import dev.signet.binance.wallet.WithdrawRequest;
import dev.signet.binance.wallet.WithdrawResult;
import dev.signet.binance.wallet.WithdrawStatus;
import dev.signet.binance.wallet.Withdrawal;
import dev.signet.core.MalformedResponseException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every typed wallet call: the request as sent and signed, the docs' example decoded, bad input refused unsent. */
class WalletTest {
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
  private final SapiCalls sapi;

  WalletTest() throws Exception {
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
  void systemStatusIsPublicAndDecoded() throws Exception {
    sapi.respondWith("wallet_system_status.json");
    assertThat(sapi.client.wallet().systemStatus()).isEqualTo(new SystemStatus(0, "normal"));
    var req = sapi.server.takeRequest();
    assertThat(req.getTarget()).isEqualTo("/sapi/v1/system/status");
    assertThat(req.getHeaders().get("X-MBX-APIKEY")).isNull();
  }

  @Test
  void coinsDecodeTheDocsExampleWithEveryNetworkField() throws Exception {
    sapi.respondWith("wallet_all_coins.json");
    List<Coin> coins = sapi.client.wallet().coins();
    sapi.assertSignedRequest("GET", "/sapi/v1/capital/config/getall");
    assertThat(coins).extracting(Coin::coin).containsExactly("BTC", "1MBABYDOGE");
    Coin btc = coins.get(0);
    assertThat(btc).extracting(Coin::depositAllEnable, Coin::withdrawAllEnable, Coin::name, Coin::free, Coin::locked,
        Coin::isLegalMoney, Coin::trading).containsExactly(true, true, "Bitcoin", d("0.08074558"), d("0.00000000"), false, true);
    assertThat(btc.networkList().get(0)).isEqualTo(new CoinNetwork(Network.BNB, "BTC", d("0.00000001"), false, false,
        false, "Wallet Maintenance, Deposit Suspended", "Wallet Maintenance, Withdrawal Suspended",
        "Both a MEMO and an Address are required to successfully deposit your BEP2-BTCB tokens to Binance.", null, "BEP2",
        null, "^(bnb1)[0-9a-z]{38}$", "^[0-9A-Za-z\\-_]{1,120}$", d("0.00000220"), d("0.00000440"),
        d("9999999999.99999999"), d("0.00000440"), null, 1, 0, true, null, 25L, false, "https://bscscan.com/token/",
        "0x7130d2a12b9bcbfae4f2634d864a1ee1ce3ead9c", null));
    assertThat(btc.network(Network.BTC).orElseThrow()).extracting(CoinNetwork::isDefault, CoinNetwork::withdrawMax,
        CoinNetwork::unLockConfirm).containsExactly(true, d("750"), 2);
    CoinNetwork eth = coins.get(1).network(Network.ETH).orElseThrow();
    assertThat(eth).extracting(CoinNetwork::denomination, CoinNetwork::depositDust, CoinNetwork::resetAddressStatus)
        .containsExactly(1000000L, d("0.01"), false);
  }

  @Test
  void theAllCoinsExampleAsPublishedNestsACoinInANetworkListAndFailsNamingTheField() {
    sapi.respondWith("wallet_all_coins_as_published.json");
    assertThatThrownBy(() -> sapi.client.wallet().coins())
        .isInstanceOf(MalformedResponseException.class)
        .hasMessage("GET /sapi/v1/capital/config/getall: the response (HTTP 200) could not be decoded:"
            + " at [0].networkList[2].isDefault: Missing required creator property 'isDefault' (index 3)");
  }

  @Test
  void depositAddressSendsCoinNetworkAmountInOrder() throws Exception {
    sapi.respondWith("wallet_deposit_address.json");
    DepositAddress a = sapi.client.wallet().depositAddress("BTC", Network.LIGHTNING, d("0.00100"));
    sapi.assertSignedRequest("GET", "/sapi/v1/capital/deposit/address", "coin", "BTC", "network", "LIGHTNING",
        "amount", "0.001");
    assertThat(a).isEqualTo(new DepositAddress("1HPn8Rx2y6nNSfagQBKy27GB99Vbzg89wv", "BTC", "",
        "https://btc.com/1HPn8Rx2y6nNSfagQBKy27GB99Vbzg89wv"));
    sapi.respondWith("wallet_deposit_address.json");
    sapi.client.wallet().depositAddress("BTC");
    sapi.assertSignedRequest("GET", "/sapi/v1/capital/deposit/address", "coin", "BTC");
  }

  @Test
  void depositAddressList() throws Exception {
    sapi.respondWith("wallet_deposit_address_list.json");
    List<DepositAddressEntry> list = sapi.client.wallet().depositAddresses("ETH", Network.ETH);
    sapi.assertSignedRequest("GET", "/sapi/v1/capital/deposit/address/list", "coin", "ETH", "network", "ETH");
    assertThat(list).hasSize(3);
    assertThat(list.get(2)).isEqualTo(new DepositAddressEntry("ETH", "0x00003ada75e7da97ba0db2fcde72131f712455e2", "", 1));
    assertThat(list).filteredOn(DepositAddressEntry::isDefaultAddress).containsExactly(list.get(2));
  }

  @Test
  void depositHistorySendsTheFiltersInTheDocsOrder() throws Exception {
    sapi.respondWith("wallet_deposit_history.json");
    List<Deposit> deposits = sapi.client.wallet().depositHistory(DepositHistoryQuery.builder().txId("0xabc").limit(50)
        .offset(10).endTime(T0.plusSeconds(60)).startTime(T0).status(DepositStatus.SUCCESS).coin("BNB")
        .includeSource(true).build());
    sapi.assertSignedRequest("GET", "/sapi/v1/capital/deposit/hisrec", "includeSource", "true", "coin", "BNB",
        "status", "1", "startTime", "1793491200000", "endTime", "1793491260000", "offset", "10", "limit", "50",
        "txId", "0xabc");
    assertThat(deposits.get(0)).isEqualTo(new Deposit("769800519366885376", d("0.001"), "BNB", Network.BNB,
        DepositStatus.SUCCESS, "bnb136ns6lfw4zs5hg4n85vdthaad7hq5m4gtkgf23", "101764890",
        "98A3EA560C6B3336D348B6C83F0F95ECE4F1F5919E94BD006E5BF3BF264FACFC", Instant.ofEpochMilli(1661493146000L),
        Instant.ofEpochMilli(1661493146000L), 0, "1/1", 0, WalletType.SPOT, null, null));
    assertThat(deposits.get(1)).extracting(Deposit::amount, Deposit::network, Deposit::insertTime)
        .containsExactly(d("0.50000000"), Network.of("IOTA"), Instant.ofEpochMilli(1599620082000L));
    assertThat(deposits.get(1).network().isKnown()).isFalse();
  }

  @Test
  void creditDepositIsAPostWithTheIdsInTheBody() throws Exception {
    sapi.respondWith("wallet_deposit_credit_apply.json");
    DepositCreditResult r = sapi.client.wallet().creditDeposit(DepositCredit.byDepositId(769800519366885376L).withSubUserId(7));
    sapi.assertSignedRequest("POST", "/sapi/v1/capital/deposit/credit-apply", "depositId", "769800519366885376",
        "subUserId", "7");
    assertThat(r).isEqualTo(new DepositCreditResult("000000", "success", true, true));
  }

  @Test
  void withdrawSendsEveryParameterInTheDocsOrderInTheBody() throws Exception {
    sapi.respondWith("wallet_withdraw.json");
    WithdrawResult r = sapi.client.wallet().withdraw(WithdrawRequest.builder("USDT", "TNPZ4Ud5oyXf3iLTYvcSk8Hn6ztUBpSNbL",
            d("25.500")).walletType(WalletType.FUNDING).name("cold wallet").transactionFeeFlag(false).addressTag("memo 1")
        .network(Network.TRX).withdrawOrderId("bot-2026-11-22-001").build());
    sapi.assertSignedRequest("POST", "/sapi/v1/capital/withdraw/apply", "coin", "USDT",
        "withdrawOrderId", "bot-2026-11-22-001", "network", "TRX", "address", "TNPZ4Ud5oyXf3iLTYvcSk8Hn6ztUBpSNbL",
        "addressTag", "memo 1", "amount", "25.5", "transactionFeeFlag", "false", "name", "cold wallet", "walletType", "1");
    assertThat(r).isEqualTo(new WithdrawResult("7213fea8e94b4a5593d507237e5a555b"));
  }

  @Test
  void aWithdrawalWhoseAnswerIsLostIsNotSentAgain() throws Exception {
    sapi.server.enqueue(new mockwebserver3.MockResponse.Builder().code(503).body("busy").build());
    try (BinanceClient retrying = TestData.clientFor(sapi.server).clock(SapiCalls.CLOCK).build()) {
      assertThatThrownBy(() -> retrying.wallet().withdraw(WithdrawRequest.builder("BTC", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
          d("0.01")).withdrawOrderId("w-1").build()))
          .isInstanceOfSatisfying(dev.signet.core.WriteOutcomeUnknownException.class, e -> {
            assertThat(e.clientIdParam()).isEqualTo("withdrawOrderId");
            assertThat(e.clientId()).isEqualTo("w-1");
            assertThat(e.getCause()).isInstanceOf(dev.signet.core.ExchangeApiException.class);
          })
          .hasMessageStartingWith("The outcome of POST /sapi/v1/capital/withdraw/apply with withdrawOrderId=w-1 is"
              + " unknown: it may or may not have been applied (");
    }
    assertThat(sapi.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aWithdrawalWithoutAClientIdIsSentWithAGeneratedOneWhichALostAnswerNames() throws Exception {
    sapi.server.enqueue(new mockwebserver3.MockResponse.Builder().code(503).body("busy").build());
    WithdrawRequest request = WithdrawRequest.builder("BTC", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", d("0.01")).build();
    String[] named = new String[1];
    try (BinanceClient retrying = TestData.clientFor(sapi.server).clock(SapiCalls.CLOCK).build()) {
      assertThatThrownBy(() -> retrying.wallet().withdraw(request))
          .isInstanceOfSatisfying(dev.signet.core.WriteOutcomeUnknownException.class, e -> named[0] = e.clientId());
    }
    assertThat(named[0]).matches("sg[0-9a-f]{32}");
    String body = sapi.server.takeRequest().getBody().utf8();
    assertThat(body).startsWith("coin=BTC&address=1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa&amount=0.01&withdrawOrderId="
        + named[0] + "&timestamp=");
    assertThat(request.withdrawOrderId()).isNull();
  }

  @Test
  void withdrawHistoryDecodesTheDocsExample() throws Exception {
    sapi.respondWith("wallet_withdraw_history.json");
    List<Withdrawal> w = sapi.client.wallet().withdrawHistory(WithdrawHistoryQuery.builder().coin("USDT")
        .withdrawOrderId("WITHDRAWtest123").status(WithdrawStatus.COMPLETED).offset(0).limit(10)
        .idList(List.of("b6ae22b3aa844210a7041aee7589627c", "156ec387f49b41df8724fa744fa82719"))
        .startTime(T0).endTime(T0.plusSeconds(3600)).build());
    sapi.assertSignedRequest("GET", "/sapi/v1/capital/withdraw/history", "coin", "USDT", "withdrawOrderId",
        "WITHDRAWtest123", "status", "6", "offset", "0", "limit", "10",
        "idList", "b6ae22b3aa844210a7041aee7589627c,156ec387f49b41df8724fa744fa82719",
        "startTime", "1793491200000", "endTime", "1793494800000");
    assertThat(w.get(0)).isEqualTo(new Withdrawal("b6ae22b3aa844210a7041aee7589627c", d("8.91000000"), d("0.004"), "USDT",
        WithdrawStatus.COMPLETED, "0x94df8b352de7f46f64b01d3666bf6e936e44ce60",
        "0xb5ef8c13b968a406cc62a93a8bd80f9e9a906ef1b3fcf20a2e48573c17659268", "2019-10-12 11:12:02", Network.ETH, 0,
        "WITHDRAWtest123", "The address is not valid. Please confirm with the recipient", 3, WalletType.FUNDING, "",
        "2023-03-23 16:52:41"));
    assertThat(w.get(0).appliedAt()).isEqualTo(Instant.parse("2019-10-12T11:12:02Z"));
    assertThat(w.get(0).completedAt()).contains(Instant.parse("2023-03-23T16:52:41Z"));
    assertThat(w.get(1).withdrawOrderId()).isNull();
    assertThat(w.get(1).status().isFinal()).isTrue();
  }

  @Test
  void answersThatDoNotDecodeNameTheEndpointAndTheField() {
    String one = TestData.jsonc("fixtures/wallet_withdraw_history.json");
    sapi.respond(one.replace("\"2019-10-12 11:12:02\"", "\"12/10/2019\""));
    assertThatThrownBy(() -> sapi.client.wallet().withdrawHistory(WithdrawHistoryQuery.builder().build()))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageStartingWith("GET /sapi/v1/capital/withdraw/history: the response (HTTP 200) could not be decoded: ")
        .hasMessageContaining("field 'applyTime': '12/10/2019' is not a UTC time of the form yyyy-MM-dd HH:mm:ss");
    sapi.respond("{\"wdQuota\":\"10000\"}");
    assertThatThrownBy(() -> sapi.client.wallet().withdrawQuota())
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageStartingWith("GET /sapi/v1/capital/withdraw/quota: the response (HTTP 200) could not be decoded: ")
        .hasMessageContaining("required field 'usedWdQuota' is missing or null");
    sapi.respond("{\"tranId\":null}");
    assertThatThrownBy(() -> sapi.client.wallet().transfer(AssetTransfer.of(TransferType.MAIN_UMFUTURE, "USDT", BigDecimal.ONE)))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageStartingWith("POST /sapi/v1/asset/transfer: the response (HTTP 200) could not be decoded: ");
  }

  @Test
  void withdrawAddressesAndQuota() throws Exception {
    sapi.respondWith("wallet_withdraw_address_list.json");
    assertThat(sapi.client.wallet().withdrawAddresses()).containsExactly(new WithdrawAddress(
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "", "BTC", "Satoshi", Network.BTC, "bla", "others", true));
    sapi.assertSignedRequest("GET", "/sapi/v1/capital/withdraw/address/list");
    sapi.respondWith("wallet_withdraw_quota.json");
    WithdrawQuota q = sapi.client.wallet().withdrawQuota();
    sapi.assertSignedRequest("GET", "/sapi/v1/capital/withdraw/quota");
    assertThat(q).isEqualTo(new WithdrawQuota(d("10000"), d("1000")));
    assertThat(q.remaining()).isEqualTo(d("9000"));
  }

  @Test
  void assetTransferAndItsHistory() throws Exception {
    sapi.respondWith("wallet_asset_transfer.json");
    TransferResult r = sapi.client.wallet().transfer(AssetTransfer.of(TransferType.MAIN_UMFUTURE, "USDT", d("100.00")));
    sapi.assertSignedRequest("POST", "/sapi/v1/asset/transfer", "type", "MAIN_UMFUTURE", "asset", "USDT", "amount", "100");
    assertThat(r).isEqualTo(new TransferResult(13526853623L));

    sapi.respondWith("wallet_asset_transfer_history.json");
    AssetTransferHistory h = sapi.client.wallet().transferHistory(AssetTransferQuery.builder(TransferType.ISOLATEDMARGIN_MARGIN)
        .fromSymbol("BTCUSDT").size(100).current(2).endTime(T0.plusSeconds(1)).startTime(T0).build());
    sapi.assertSignedRequest("GET", "/sapi/v1/asset/transfer", "type", "ISOLATEDMARGIN_MARGIN", "startTime",
        "1793491200000", "endTime", "1793491201000", "current", "2", "size", "100", "fromSymbol", "BTCUSDT");
    assertThat(h.total()).isEqualTo(2);
    assertThat(h.rows()).containsExactly(
        new AssetTransferRecord("USDT", d("1"), TransferType.MAIN_UMFUTURE, TransferStatus.CONFIRMED, 11415955596L,
            Instant.ofEpochMilli(1544433328000L)),
        new AssetTransferRecord("USDT", d("2"), TransferType.MAIN_UMFUTURE, TransferStatus.CONFIRMED, 11366865406L,
            Instant.ofEpochMilli(1544433328000L)));
    sapi.respond("{\"total\":0}");
    assertThat(sapi.client.wallet().transferHistory(AssetTransferQuery.builder(TransferType.MAIN_MARGIN).build()).rows()).isEmpty();
  }

  @Test
  void tradeFeeAccountStatusesAndKeyPermissions() throws Exception {
    sapi.respondWith("wallet_trade_fee.json");
    assertThat(sapi.client.wallet().tradeFee("ADABNB")).containsExactly(
        new TradeFee("ADABNB", d("0.001"), d("0.001")), new TradeFee("BNBBTC", d("0.001"), d("0.001")));
    sapi.assertSignedRequest("GET", "/sapi/v1/asset/tradeFee", "symbol", "ADABNB");

    sapi.respondWith("wallet_account_status.json");
    assertThat(sapi.client.wallet().accountStatus()).isEqualTo(new AccountStatus("Normal"));
    sapi.assertSignedRequest("GET", "/sapi/v1/account/status");

    sapi.respondWith("wallet_api_trading_status.json");
    assertThat(sapi.client.wallet().apiTradingStatus()).isEqualTo(new ApiTradingStatus(new ApiTradingStatus.Detail(
        false, Instant.EPOCH, new TriggerCondition(150, 150, 300), Instant.ofEpochMilli(1547630471725L))));
    sapi.assertSignedRequest("GET", "/sapi/v1/account/apiTradingStatus");

    sapi.respondWith("wallet_api_restrictions.json");
    assertThat(sapi.client.wallet().apiRestrictions()).isEqualTo(new ApiRestrictions(false,
        Instant.ofEpochMilli(1698645219000L), true, false, false, false, false, false, false, false, true, false, true, null));
    sapi.assertSignedRequest("GET", "/sapi/v1/account/apiRestrictions");
  }

  @Test
  void badInputIsRefusedBeforeSendingWithTheFix() {
    BigDecimal one = BigDecimal.ONE;
    assertThatThrownBy(() -> WithdrawRequest.builder(" ", "addr", one).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("coin is empty; pass a coin such as BTC.");
    assertThatThrownBy(() -> WithdrawRequest.builder("BTC", "", one).build())
        .hasMessage("address is empty; pass the destination address (a withdrawal cannot go without one).");
    assertThatThrownBy(() -> WithdrawRequest.builder("BTC", "addr", d("-1")).build())
        .hasMessage("amount is -1; it must be greater than zero.");
    assertThatThrownBy(() -> WithdrawRequest.builder("BTC", "addr", BigDecimal.ZERO).build())
        .hasMessage("amount is 0; it must be greater than zero.");
    assertThatThrownBy(() -> WithdrawRequest.builder("BTC", "addr", d("0.000000000000000000001")).build())
        .hasMessage("amount 0.000000000000000000001 has 21 decimal places; Binance accepts at most 20. Round it to the"
            + " network's withdrawIntegerMultiple (GET /sapi/v1/capital/config/getall).");
    assertThatThrownBy(() -> WithdrawRequest.builder("BTC", "addr", d("123456789012345678901")).build())
        .hasMessage("amount 123456789012345678901 has more than 20 digits before the decimal point; Binance accepts at most 20.");
    assertThatThrownBy(() -> WithdrawRequest.builder("BTC", "addr", one).addressTag(" ").build())
        .hasMessage("addressTag is blank; pass the memo/tag the destination asks for, or leave it unset.");
    assertThatThrownBy(() -> DepositHistoryQuery.builder().startTime(T0.plusSeconds(1)).endTime(T0).build())
        .hasMessage("startTime 2026-11-01T00:00:01Z is after endTime 2026-11-01T00:00:00Z; swap them.");
    assertThatThrownBy(() -> DepositHistoryQuery.builder().startTime(T0).endTime(T0.plus(java.time.Duration.ofDays(90))).build())
        .hasMessage("startTime 2026-11-01T00:00:00Z and endTime 2026-01-30T00:00:00Z are 90 days or more apart;"
            .replace("2026-01-30", "2027-01-30") + " Binance accepts less than 90 days. Query in shorter ranges.");
    assertThatThrownBy(() -> DepositHistoryQuery.builder().limit(1001).build()).hasMessage("limit 1001 is outside 1..1000.");
    assertThatThrownBy(() -> WithdrawHistoryQuery.builder().withdrawOrderId("w-1").startTime(T0)
        .endTime(T0.plus(java.time.Duration.ofDays(7))).build())
        .hasMessage("startTime 2026-11-01T00:00:00Z and endTime 2026-11-08T00:00:00Z are 7 days or more apart;"
            + " Binance accepts less than 7 days. Query in shorter ranges.");
    assertThatThrownBy(() -> WithdrawHistoryQuery.builder().idList(java.util.Collections.nCopies(46, "id")).build())
        .hasMessage("idList holds 46 ids; Binance accepts at most 45. Query in batches.");
    assertThatThrownBy(() -> AssetTransfer.of(TransferType.ISOLATEDMARGIN_MARGIN, "USDT", one))
        .hasMessage("fromSymbol is required for ISOLATEDMARGIN_MARGIN; pass the isolated margin symbol, e.g. BTCUSDT.");
    assertThatThrownBy(() -> AssetTransfer.isolated(TransferType.MAIN_UMFUTURE, "USDT", one, "BTCUSDT", null))
        .hasMessage("fromSymbol is only sent with isolated margin types, not MAIN_UMFUTURE; leave it null.");
    assertThatThrownBy(() -> AssetTransfer.of(TransferType.MAIN_UMFUTURE, "US DT", one))
        .hasMessage("asset 'US DT' holds a space; pass a coin such as BTC.");
    assertThatThrownBy(() -> sapi.client.wallet().depositAddress("BTC", Network.LIGHTNING))
        .hasMessage("amount is required on the LIGHTNING network; pass the amount to deposit.");
    assertThatThrownBy(() -> new DepositCredit(null, null, null, 5L))
        .hasMessage("depositId and txId are both unset; pass one (depositId is used first).");
    assertThat(sapi.server.getRequestCount()).isZero();
  }
}
