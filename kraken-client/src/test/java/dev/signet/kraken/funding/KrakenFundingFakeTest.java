package dev.signet.kraken.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.RateLimiter;
import dev.signet.kraken.KrakenApiException;
import dev.signet.kraken.KrakenClient;
import dev.signet.kraken.KrakenCredentials;
import dev.signet.kraken.KrakenFundingException;
import dev.signet.kraken.earn.AllocationStatus;
import dev.signet.kraken.earn.AllocationsQuery;
import dev.signet.kraken.earn.EarnAllocation;
import dev.signet.kraken.earn.EarnAmount;
import dev.signet.kraken.earn.EarnStrategy;
import dev.signet.kraken.earn.LockType;
import dev.signet.kraken.earn.StrategyQuery;
import dev.signet.testkit.FakeKraken;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Funding, Earn and Subaccounts against FakeKraken: each body as sent (nonce first, then the fields
 * in order; the signature checked by the fake from the raw bytes), the answers decoded to exact
 * values, the balances moved by the fake's ledger.
 */
class KrakenFundingFakeTest {
  private static final String SECRET = "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";

  private final FakeKraken fake = FakeKraken.builder().key("k", SECRET).balance("XXBT", new BigDecimal("1"))
      .balance("ZUSD", new BigDecimal("500")).pair("XBTUSD", "XXBT", "ZUSD", new BigDecimal("40000")).build();
  // the fake does not count calls; the client's own counter would make these tests wait for its decay
  private final KrakenClient kraken = KrakenClient.builder().credentials(KrakenCredentials.of("k", SECRET))
      .baseUrl(fake.baseUrl()).rateLimiter(RateLimiter.unlimited()).build();

  @AfterEach
  void stop() {
    kraken.close();
    fake.close();
  }

  /** Asserts the last request was {@code POST /0/private/<method>} with the body {@code nonce=<n>&<fields>}. */
  private void sent(String method, String fields) {
    var last = fake.requests().get(fake.requestCount() - 1);
    assertThat(last.getMethod() + " " + last.getTarget()).isEqualTo("POST /0/private/" + method);
    assertThat(last.getBody().utf8()).isEqualTo("nonce=" + fake.lastNonce("k") + (fields.isEmpty() ? "" : "&" + fields));
  }

  private BigDecimal balance(String asset) {
    return kraken.balance().get(asset).orElseThrow();
  }

  @Test
  void depositAddressesAreTheFakesAndANewOneIsAddedFirst() {
    List<DepositAddress> one = kraken.funding().depositAddresses(DepositAddressRequest.of("XBT", "Bitcoin"));
    sent("DepositAddresses", "asset=XBT&method=Bitcoin");
    assertThat(one).extracting(DepositAddress::isNew).containsExactly(true);
    List<DepositAddress> two = kraken.funding().depositAddresses(
        DepositAddressRequest.of("XBT", "Bitcoin Lightning").amount(new BigDecimal("0.2")).generateNew());
    sent("DepositAddresses", "asset=XBT&method=Bitcoin%20Lightning&new=true&amount=0.2");
    assertThat(two).extracting(DepositAddress::isNew).containsExactly(true, false);
    assertThat(two.get(0).address()).endsWith("-2").isNotEqualTo(one.get(0).address());
    assertThat(two.get(1).address()).endsWith("-1");
    assertThat(two.get(0).expireTime()).isNull();
  }

  @Test
  void aWithdrawalDebitsTheBalanceIsListedAndItsCancelRestoresIt() {
    WithdrawalReference ref = kraken.funding().withdraw(WithdrawRequest.of("XXBT", "btc-wallet-1", new BigDecimal("0.4")));
    sent("Withdraw", "asset=XXBT&key=btc-wallet-1&amount=0.4");
    assertThat(ref).isEqualTo(new WithdrawalReference("FAKE1"));
    assertThat(balance("XXBT")).isEqualByComparingTo("0.6");
    Withdrawal w = kraken.funding().withdrawStatus(FundingStatusQuery.forAsset("XXBT")).items().get(0);
    sent("WithdrawStatus", "asset=XXBT");
    assertThat(List.of(w.refid(), w.asset(), w.key(), w.info(), w.method())).containsExactly("FAKE1", "XXBT", "btc-wallet-1",
        "btc-wallet-1", "Bitcoin");
    assertThat(List.of(w.amount(), w.fee())).containsExactly(new BigDecimal("0.4"), new BigDecimal("0"));
    assertThat(w.status()).isEqualTo(FundingStatus.PENDING);
    assertThat(w.time()).isBeforeOrEqualTo(fake.clock().instant()).isAfter(fake.clock().instant().minusSeconds(60));

    assertThat(kraken.funding().withdrawCancel("XXBT", "FAKE1")).isTrue();
    sent("WithdrawCancel", "asset=XXBT&refid=FAKE1");
    assertThat(balance("XXBT")).isEqualByComparingTo("1");
    Withdrawal cancelled = kraken.funding().withdrawStatus(FundingStatusQuery.all()).items().get(0);
    sent("WithdrawStatus", "");
    assertThat(List.of(cancelled.status(), cancelled.statusProperty()))
        .containsExactly(FundingStatus.FAILURE, FundingStatusProperty.CANCELED);
    assertThat(kraken.funding().withdrawCancel("XXBT", "FAKE1")).as("no longer pending").isFalse();
    assertThatThrownBy(() -> kraken.funding().withdraw(WithdrawRequest.of("XXBT", "btc-wallet-1", new BigDecimal("5"))))
        .isInstanceOfSatisfying(KrakenApiException.class,
            e -> assertThat(e.errors()).containsExactly("EFunding:Insufficient funds"));
    assertThat(balance("XXBT")).isEqualByComparingTo("1");
  }

  @Test
  void depositMethodsAndTheStartingBalancesAsSettledDeposits() {
    assertThat(kraken.funding().depositMethods("XXBT", AssetClass.CURRENCY))
        .containsExactly(new DepositMethod("Bitcoin", null, BigDecimal.ZERO, null, true, new BigDecimal("0.0001")));
    sent("DepositMethods", "asset=XXBT&aclass=currency");
    FundingPage<Deposit> page = kraken.funding().depositStatus(FundingStatusQuery.forAsset("ZUSD"));
    sent("DepositStatus", "asset=ZUSD");
    assertThat(page.nextCursor()).isEmpty();
    Deposit d = page.items().get(0);
    assertThat(page.items()).hasSize(1);
    assertThat(List.of(d.refid(), d.asset(), d.method())).containsExactly("FAKED2", "ZUSD", "USD");
    assertThat(List.of(d.amount(), d.fee())).containsExactly(new BigDecimal("500"), BigDecimal.ZERO);
    assertThat(d.status()).isEqualTo(FundingStatus.SUCCESS);
    assertThat(d.time()).isBeforeOrEqualTo(fake.clock().instant());
  }

  @Test
  void withdrawMethodsAddressesAndInfoComeFromTheLedger() {
    assertThat(kraken.funding().withdrawMethods()).containsExactly(
        new WithdrawMethod("XXBT", "Bitcoin", "XBT", new BigDecimal("0.0001")),
        new WithdrawMethod("ZUSD", "USD", "USD", new BigDecimal("0.0001")));
    sent("WithdrawMethods", "");
    assertThat(kraken.funding().withdrawMethods("ZUSD")).extracting(WithdrawMethod::method).containsExactly("USD");
    sent("WithdrawMethods", "asset=ZUSD");
    assertThat(kraken.funding().withdrawInfo("XXBT", "btc-wallet-1", new BigDecimal("0.5")))
        .isEqualTo(new WithdrawInfo("Bitcoin", new BigDecimal("1"), new BigDecimal("0.5"), BigDecimal.ZERO));
    sent("WithdrawInfo", "asset=XXBT&key=btc-wallet-1&amount=0.5");
    assertThat(kraken.funding().withdrawAddresses(WithdrawAddressQuery.all())).isEmpty();
    kraken.funding().withdraw(WithdrawRequest.of("XXBT", "btc-wallet-1", new BigDecimal("0.4")));
    assertThat(kraken.funding().withdrawAddresses(WithdrawAddressQuery.forAsset("XXBT").key("btc-wallet-1").verified(true)))
        .containsExactly(new WithdrawAddress("fake-addr-btc-wallet-1", "XXBT", "Bitcoin", "btc-wallet-1", null, true));
    sent("WithdrawAddresses", "asset=XXBT&key=btc-wallet-1&verified=true");
    assertThat(kraken.funding().withdrawInfo("XXBT", "btc-wallet-1", new BigDecimal("0.5")).limit())
        .as("the free balance after the withdrawal").isEqualByComparingTo("0.6");
  }

  @Test
  void aWalletTransferTakesTheAmountOutOfTheSpotBalance() {
    assertThat(kraken.funding().walletTransfer("ZUSD", new BigDecimal("120.5"))).isEqualTo(new WithdrawalReference("FAKEW1"));
    sent("WalletTransfer", "asset=ZUSD&from=Spot%20Wallet&to=Futures%20Wallet&amount=120.5");
    assertThat(balance("ZUSD")).isEqualByComparingTo("379.5");
    assertThatThrownBy(() -> kraken.funding().walletTransfer("ZUSD", new BigDecimal("400")))
        .isInstanceOfSatisfying(KrakenApiException.class,
            e -> assertThat(e.errors()).containsExactly("EFunding:Insufficient funds"));
  }

  @Test
  void earnStrategiesAreOnePerHeldAsset() {
    List<EarnStrategy> strategies = kraken.earn().strategies(StrategyQuery.forAsset("XBT")).items();
    var last = fake.requests().get(fake.requestCount() - 1);
    assertThat(last.getTarget()).isEqualTo("/0/private/Earn/Strategies");
    assertThat(last.getBody().utf8()).isEqualTo("{\"nonce\":\"" + fake.lastNonce("k") + "\",\"asset\":\"XBT\"}");
    assertThat(strategies).hasSize(1);
    EarnStrategy s = strategies.get(0);
    assertThat(List.of(s.id(), s.asset())).containsExactly("FAKE-FLEX-XXBT", "XXBT");
    assertThat(s.lockType().type()).isEqualTo(LockType.FLEX);
    assertThat(s.lockType().payoutFrequency()).isEqualTo(604_800L);
    assertThat(List.of(s.aprEstimate().low(), s.aprEstimate().high(), s.userMinAllocation(), s.allocationFee()))
        .containsExactly(new BigDecimal("0.0100"), new BigDecimal("0.0300"), new BigDecimal("0.0001"), BigDecimal.ZERO);
    assertThat(List.of(s.canAllocate(), s.canDeallocate())).containsExactly(true, true);
    assertThat(kraken.earn().strategies(StrategyQuery.all()).items()).extracting(EarnStrategy::id)
        .containsExactly("FAKE-FLEX-XXBT", "FAKE-FLEX-ZUSD");
  }

  @Test
  void allocatingMovesTheBalanceIntoTheStrategyAndDeallocatingBack() {
    assertThat(kraken.earn().allocate("FAKE-FLEX-XXBT", new BigDecimal("0.25"))).isTrue();
    sent("Earn/Allocate", "strategy_id=FAKE-FLEX-XXBT&amount=0.25");
    assertThat(balance("XXBT")).isEqualByComparingTo("0.75");
    assertThat(kraken.earn().allocateStatus("FAKE-FLEX-XXBT")).isEqualTo(new AllocationStatus(false));
    sent("Earn/AllocateStatus", "strategy_id=FAKE-FLEX-XXBT");

    var allocations = kraken.earn().allocations(AllocationsQuery.all().convertedAsset("USD").hideZeroAllocations(true));
    sent("Earn/Allocations", "converted_asset=USD&hide_zero_allocations=true");
    assertThat(List.of(allocations.convertedAsset(), allocations.totalAllocated().toPlainString()))
        .containsExactly("USD", "10000.00");
    EarnAllocation a = allocations.items().get(0);
    assertThat(List.of(a.strategyId(), a.nativeAsset())).containsExactly("FAKE-FLEX-XXBT", "XXBT");
    assertThat(a.amountAllocated().total()).isEqualTo(new EarnAmount(new BigDecimal("0.25"), new BigDecimal("10000.00")));

    assertThat(kraken.earn().deallocate("FAKE-FLEX-XXBT", new BigDecimal("0.25"))).isTrue();
    sent("Earn/Deallocate", "strategy_id=FAKE-FLEX-XXBT&amount=0.25");
    assertThat(kraken.earn().deallocateStatus("FAKE-FLEX-XXBT")).isEqualTo(new AllocationStatus(false));
    sent("Earn/DeallocateStatus", "strategy_id=FAKE-FLEX-XXBT");
    assertThat(balance("XXBT")).isEqualByComparingTo("1");
    assertThat(kraken.earn().allocations(AllocationsQuery.all().hideZeroAllocations(true)).items()).isEmpty();
    assertThatThrownBy(() -> kraken.earn().deallocate("FAKE-FLEX-XXBT", new BigDecimal("0.01")))
        .isInstanceOfSatisfying(KrakenApiException.class,
            e -> assertThat(e.errors()).containsExactly("EEarnings:Insufficient funds"));
    assertThatThrownBy(() -> kraken.earn().allocate("FAKE-FLEX-XXBT", new BigDecimal("2")))
        .isInstanceOfSatisfying(KrakenApiException.class,
            e -> assertThat(e.errors()).containsExactly("EEarnings:Insufficient funds"));
    assertThatThrownBy(() -> kraken.earn().allocate("ESOTHER", BigDecimal.ONE)).isInstanceOfSatisfying(
        KrakenApiException.class, e -> assertThat(e.errors()).containsExactly("EGeneral:Invalid arguments:strategy_id"));
  }

  @Test
  void aSubaccountIsCreatedOnceAndATransferAnswersItsId() {
    assertThat(kraken.subaccounts().createSubaccount("bot-sub", "bot@example.com")).isTrue();
    sent("CreateSubaccount", "username=bot-sub&email=bot%40example.com");
    assertThatThrownBy(() -> kraken.subaccounts().createSubaccount("bot-sub", "other@example.com"))
        .isInstanceOfSatisfying(KrakenApiException.class,
            e -> assertThat(e.errors()).containsExactly("EGeneral:Invalid arguments:username"));
    assertThat(fake.iiban()).isEqualTo("AA00 FAKE MSTR 0000");
    assertThat(fake.iiban("bot-sub")).isEqualTo("AA00 FAKE SUBA 0001");
    AccountTransferResult t = kraken.subaccounts().accountTransfer("XBT", new BigDecimal("0.1"), fake.iiban(), fake.iiban("bot-sub"));
    sent("AccountTransfer", "asset=XBT&amount=0.1&from=AA00%20FAKE%20MSTR%200000&to=AA00%20FAKE%20SUBA%200001");
    assertThat(t).isEqualTo(new AccountTransferResult("T000001-007919-104729", AccountTransferStatus.COMPLETE));
    assertThat(kraken.subaccounts().accountTransfer("XBT", AssetClass.CURRENCY, new BigDecimal("0.04"), fake.iiban("bot-sub"),
        fake.iiban()).transferId()).isEqualTo("T000002-015838-209458");
    sent("AccountTransfer", "asset=XBT&asset_class=currency&amount=0.04&from=AA00%20FAKE%20SUBA%200001&to=AA00%20FAKE%20MSTR%200000");
    assertThatThrownBy(() -> kraken.subaccounts().accountTransfer("XBT", BigDecimal.ONE, fake.iiban(), fake.iiban()))
        .isInstanceOfSatisfying(KrakenApiException.class,
            e -> assertThat(e.errors()).containsExactly("EGeneral:Invalid arguments:to"));
    assertThatThrownBy(() -> kraken.subaccounts().accountTransfer("XBT", BigDecimal.ONE, "ZZ99 NONE", fake.iiban()))
        .isInstanceOfSatisfying(KrakenApiException.class,
            e -> assertThat(e.errors()).containsExactly("EGeneral:Invalid arguments:from"));
  }

  @Test
  void eachSubaccountKeepsItsOwnBalancesAndATransferMovesOnlyWhatTheSourceHolds() {
    kraken.subaccounts().createSubaccount("bot-a", "a@example.com");
    kraken.subaccounts().createSubaccount("bot-b", "b@example.com");
    kraken.subaccounts().accountTransfer("XXBT", new BigDecimal("0.1"), fake.iiban(), fake.iiban("bot-a"));
    kraken.subaccounts().accountTransfer("ZUSD", new BigDecimal("500"), fake.iiban(), fake.iiban("bot-b"));
    assertThat(balance("XXBT")).isEqualByComparingTo("0.9");
    assertThat(balance("ZUSD")).isEqualByComparingTo("0");
    assertThat(fake.subaccountBalance("bot-a", "XXBT")).isEqualByComparingTo("0.1");
    assertThat(fake.subaccountBalance("bot-a", "ZUSD")).isEqualByComparingTo("0");
    assertThat(fake.subaccountBalance("bot-b", "ZUSD")).isEqualByComparingTo("500");
    assertThat(fake.subaccountBalance("bot-b", "XXBT")).isEqualByComparingTo("0");

    assertThatThrownBy(() -> kraken.subaccounts().accountTransfer("XBT", new BigDecimal("0.25"), fake.iiban("bot-a"), fake.iiban()))
        .isInstanceOfSatisfying(KrakenFundingException.class,
            e -> assertThat(e.errors()).containsExactly("EFunding:Insufficient funds"));
    assertThatThrownBy(() -> kraken.subaccounts().accountTransfer("ZUSD", new BigDecimal("0.01"), fake.iiban(), fake.iiban("bot-a")))
        .isInstanceOfSatisfying(KrakenFundingException.class,
            e -> assertThat(e.errors()).containsExactly("EFunding:Insufficient funds"));
    assertThat(fake.subaccountBalance("bot-a", "XXBT")).isEqualByComparingTo("0.1");
    assertThat(balance("XXBT")).isEqualByComparingTo("0.9");

    kraken.subaccounts().accountTransfer("ZUSD", new BigDecimal("120.5"), fake.iiban("bot-b"), fake.iiban("bot-a"));
    assertThat(fake.subaccountBalance("bot-a", "ZUSD")).isEqualByComparingTo("120.5");
    assertThat(fake.subaccountBalance("bot-b", "ZUSD")).isEqualByComparingTo("379.5");
    assertThatThrownBy(() -> fake.subaccountBalance("bot-c", "ZUSD")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no subaccount bot-c in this fake; create it with CreateSubaccount first.");
  }
}
