package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.futures.MarginType;
import dev.signet.binance.futures.account.AccountAsset;
import dev.signet.binance.futures.account.AccountAssetV2;
import dev.signet.binance.futures.account.AccountConfig;
import dev.signet.binance.futures.account.CommissionRate;
import dev.signet.binance.futures.account.FuturesAccount;
import dev.signet.binance.futures.account.FuturesAccountV2;
import dev.signet.binance.futures.account.FuturesBalance;
import dev.signet.binance.futures.account.DownloadId;
import dev.signet.binance.futures.account.DownloadLink;
import dev.signet.binance.futures.account.DownloadStatus;
import dev.signet.binance.futures.account.FeeBurnStatus;
import dev.signet.binance.futures.account.LeverageBracket;
import dev.signet.binance.futures.account.MarginChangeQuery;
import dev.signet.binance.futures.account.MultiAssetsMode;
import dev.signet.binance.futures.account.NotionalBracket;
import dev.signet.binance.futures.account.OrderRateLimit;
import dev.signet.binance.futures.account.PositionMode;
import dev.signet.binance.futures.account.PositionRiskV2;
import dev.signet.binance.futures.account.SymbolConfig;
import dev.signet.binance.wallet.AssetTransfer;
import dev.signet.binance.wallet.TransferType;
import dev.signet.testkit.FakeBinance;
import dev.signet.testkit.FakeFutures;
import dev.signet.testkit.FakeClock;
import dev.signet.testkit.TestKeys;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A bot's futures account reads and listen key against testkit's FakeBinance, whose futures wallet transfers fill. */
class FuturesAccountAgainstFakeTest {
  private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
  private final String secret = TestKeys.binanceSecret();
  private final FakeClock clock = FakeClock.at(NOW);
  private final FakeBinance fake = FakeBinance.builder().hmacKey("bot-key", secret).clock(clock)
      .balance("USDT", new BigDecimal("1000")).futures(FakeFutures.withBalance(BigDecimal.ZERO)
          .market("BTCUSDT", new BigDecimal("40000"), new BigDecimal("0.1"), new BigDecimal("0.001"))).build();
  private final BinanceClient client = BinanceClient.builder().credentials(BinanceCredentials.hmac("bot-key", secret))
      .spotBaseUrl(fake.baseUrl()).futuresBaseUrl(fake.baseUrl()).clock(clock).build();

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void aTransferToTheFuturesWalletShowsInTheAccountAndTheBalances() {
    client.wallet().transfer(AssetTransfer.of(TransferType.MAIN_UMFUTURE, "USDT", d("300")));
    Instant before = clock.instant();
    FuturesAccount account = client.futures().accountData().account();
    assertThat(account.totalWalletBalance()).isEqualTo(d("300.00000000"));
    assertThat(account.availableBalance()).isEqualTo(d("300.00000000"));
    assertThat(account.totalInitialMargin()).isEqualTo(d("0.00000000"));
    assertThat(account.positions()).isEmpty();
    assertThat(account.assets()).extracting(AccountAsset::asset)
        .containsExactly("USDT", "USDC", "BTC", "BNB", "ETH", "FDUSD");
    assertThat(account.assets().get(0)).extracting(AccountAsset::walletBalance, AccountAsset::maxWithdrawAmount)
        .containsExactly(d("300.00000000"), d("300.00000000"));
    List<FuturesBalance> balances = client.futures().accountData().balances();
    Instant after = clock.instant();
    assertThat(account.assets().get(0).updateTime()).isBetween(before, after);
    Instant updated = balances.get(0).updateTime();
    assertThat(updated).isBetween(before, after);
    assertThat(balances.get(0)).isEqualTo(new FuturesBalance("FakeBinance", "USDT", d("300.00000000"),
        d("300.00000000"), d("0.00000000"), d("300.00000000"), d("300.00000000"), true, updated));
    assertThat(balances.get(1).balance()).isEqualTo(d("0E-8"));
  }

  @Test
  void positionsAreEmptyAndRatesAndBracketsAreTheFakesDefaults() {
    assertThat(client.futures().positions().positionRisk()).isEmpty();
    assertThat(client.futures().positions().positionRisk("BTCUSDT")).isEmpty();
    assertThat(client.futures().accountData().commissionRate("BTCUSDT"))
        .isEqualTo(new CommissionRate("BTCUSDT", d("0.0002"), d("0.0005"), d("0.00005")));
    assertThat(client.futures().accountData().leverageBracket("ETHUSDT")).isEqualTo(new LeverageBracket("ETHUSDT",
        null, List.of(new NotionalBracket(1, 125, d("50000"), d("0"), d("0.004"), d("0.0")),
            new NotionalBracket(2, 100, d("600000"), d("50000"), d("0.005"), d("50.0")))));
    assertThat(client.futures().accountData().leverageBrackets()).isEmpty();
  }

  @Test
  void theListenKeyIsKeptUntilClosedAndKeepAliveAfterCloseIsRefused() {
    String key = client.futures().userStream().start();
    assertThat(key).matches("[A-Za-z0-9]{64}");
    assertThat(client.futures().userStream().start()).isEqualTo(key);
    assertThat(client.futures().userStream().keepAlive()).isEqualTo(key);
    client.futures().userStream().close();
    assertThatThrownBy(() -> client.futures().userStream().keepAlive()).isInstanceOfSatisfying(
        BinanceApiException.class, e -> assertThat(e.code()).isEqualTo(-1125));
    assertThat(client.futures().userStream().start()).matches("[A-Za-z0-9]{64}").isNotEqualTo(key);
  }

  @Test
  void theSettingsAreTheFakesDefaultsAndTheFeeBurnToggles() {
    assertThat(client.futures().positions().positionMode()).isEqualTo(new PositionMode(false));
    assertThat(client.futures().positions().multiAssetsMode()).isEqualTo(new MultiAssetsMode(false));
    assertThat(client.futures().accountData().accountConfig())
        .isEqualTo(new AccountConfig(0, true, true, true, false, Instant.EPOCH, false, -1));
    assertThat(client.futures().accountData().symbolConfigs("BTCUSDT"))
        .containsExactly(new SymbolConfig("BTCUSDT", MarginType.CROSSED, false, 20, d("600000")));
    assertThat(client.futures().accountData().symbolConfigs()).isEmpty();
    assertThat(client.futures().accountData().orderRateLimits()).containsExactly(
        new OrderRateLimit("ORDERS", "SECOND", 10, 300), new OrderRateLimit("ORDERS", "MINUTE", 1, 1200));
    assertThat(client.futures().accountData().feeBurn()).isEqualTo(new FeeBurnStatus(false));
    client.futures().accountData().setFeeBurn(true);
    assertThat(client.futures().accountData().feeBurn()).isEqualTo(new FeeBurnStatus(true));
    client.futures().accountData().setFeeBurn(false);
    assertThat(client.futures().accountData().feeBurn().feeBurn()).isFalse();
    assertThat(client.futures().positions().positionRiskV2("BTCUSDT")).extracting(PositionRiskV2::symbol,
        PositionRiskV2::positionAmt).containsExactly(org.assertj.core.groups.Tuple.tuple("BTCUSDT", d("0.000")));
    assertThat(client.futures().positions().adlQuantiles()).isEmpty();
    assertThat(client.futures().positions().marginChanges(MarginChangeQuery.builder("BTCUSDT").build())).isEmpty();
  }

  @Test
  void aDownloadIdGetsACompletedLinkOfItsKindOnly() {
    DownloadId id = client.futures().downloads().tradeDownloadId(NOW.minusSeconds(86_400), NOW);
    assertThat(id).isEqualTo(new DownloadId(0, "546975389218332672"));
    Instant before = clock.instant();
    DownloadLink link = client.futures().downloads().tradeDownloadLink(id.downloadId());
    assertThat(link).extracting(DownloadLink::downloadId, DownloadLink::status, DownloadLink::url, DownloadLink::s3Link)
        .containsExactly("546975389218332672", DownloadStatus.COMPLETED,
            "https://fake.binance.invalid/trade/546975389218332672.zip", null);
    assertThat(link.expirationTimestamp()).isBetween(before.plusSeconds(86_400), clock.instant().plusSeconds(86_400));
    assertThatThrownBy(() -> client.futures().downloads().incomeDownloadLink(id.downloadId()))
        .isInstanceOfSatisfying(BinanceApiException.class, e -> assertThat(e.code()).isEqualTo(-1130));
    assertThat(client.futures().downloads().incomeDownloadId(NOW, NOW).downloadId()).isEqualTo("546975389218332673");
  }

  @Test
  void accountV2AndBalanceV2ShowTheFuturesWalletAndTheFeeBurnAsSet() {
    client.wallet().transfer(AssetTransfer.of(TransferType.MAIN_UMFUTURE, "USDT", d("42.5")));
    client.futures().accountData().setFeeBurn(true);
    FuturesAccountV2 a = client.futures().accountData().accountV2();
    assertThat(a).extracting(FuturesAccountV2::feeBurn, FuturesAccountV2::canTrade, FuturesAccountV2::totalWalletBalance)
        .containsExactly(true, true, d("42.50000000"));
    assertThat(a.assets().get(0)).extracting(AccountAssetV2::asset, AccountAssetV2::availableBalance,
        AccountAssetV2::marginAvailable).containsExactly("USDT", d("42.50000000"), true);
    assertThat(a.positions()).isEmpty();
    assertThat(client.futures().accountData().balancesV2().get(0).balance()).isEqualTo(d("42.50000000"));
    assertThat(client.futures().accountData().apiTradingStatus("BTCUSDT").indicators()).isEmpty();
  }
}
