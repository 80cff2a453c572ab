package dev.signet.cli;

import dev.signet.binance.BinanceClient;
import dev.signet.binance.BinanceCredentials;
import dev.signet.binance.futures.Income;
import dev.signet.binance.futures.IncomeQuery;
import dev.signet.binance.spot.Account;
import dev.signet.binance.spot.Balance;
import dev.signet.binance.spot.CanceledOrder;
import dev.signet.binance.spot.NewOrder;
import dev.signet.binance.spot.Order;
import dev.signet.binance.spot.OrderRef;
import dev.signet.binance.spot.OrderResult;
import dev.signet.binance.spot.OrderSide;
import dev.signet.kraken.KrakenBalance;
import dev.signet.kraken.KrakenClient;
import dev.signet.kraken.KrakenCredentials;
import dev.signet.kraken.trading.AddOrder;
import dev.signet.kraken.trading.AddOrderResult;
import dev.signet.kraken.trading.CancelOrderResult;
import dev.signet.kraken.trading.Side;
import dev.signet.testkit.FakeBinance;
import dev.signet.testkit.FakeKraken;
import dev.signet.testkit.TestKeys;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code signet demo}: a small bot run through the public Java API, as a user writes it. By default
 * against fake Binance and Kraken servers started on loopback, which verify every signature the way
 * the exchanges do; with {@code --binance-testnet} / {@code --kraken}, the read-only and
 * validate-only steps against the real services, keys from the environment.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run a small bot through the SDK: against embedded fake exchanges by default, or the read-only"
        + " and validate-only steps against Binance's testnet (--binance-testnet) and Kraken (--kraken).")
final class DemoCommand implements Callable<Integer> {
  @ParentCommand
  Signet signet;

  @Option(names = "--binance-testnet", description = "Run the read-only Binance steps against the testnet (BINANCE_API_KEY, BINANCE_SECRET_KEY).")
  boolean binanceTestnet;

  @Option(names = "--kraken", description = "Run the read-only and validate-only Kraken steps against api.kraken.com (KRAKEN_API_KEY, KRAKEN_PRIVATE_KEY).")
  boolean kraken;

  private int steps;

  @Override
  public Integer call() {
    PrintWriter out = signet.out();
    if (binanceTestnet || kraken) {
      if (binanceTestnet) {
        BinanceCredentials creds = BinanceCredentials.hmac(
            Secrets.env(signet.env(), "BINANCE_API_KEY"), Secrets.env(signet.env(), "BINANCE_SECRET_KEY"));
        out.println("Signet demo: Binance testnet, read-only steps");
        try (BinanceClient client = BinanceClient.builder().credentials(creds).testnet().build()) {
          binanceReadOnly(client, out);
        }
      }
      if (kraken) {
        KrakenCredentials creds = KrakenCredentials.of(
            Secrets.env(signet.env(), "KRAKEN_API_KEY"), Secrets.env(signet.env(), "KRAKEN_PRIVATE_KEY"));
        out.println("Signet demo: Kraken, read-only and validate-only steps");
        try (KrakenClient client = KrakenClient.builder().credentials(creds).build()) {
          krakenReadOnly(client, out);
        }
      }
      out.println("Done: " + steps + " steps.");
      return Signet.OK;
    }
    return againstFakes(out);
  }

  private int againstFakes(PrintWriter out) {
    String binanceKey = TestKeys.binanceSecret();
    String binanceSecret = TestKeys.binanceSecret();
    String krakenKey = TestKeys.binanceSecret();
    String krakenSecret = TestKeys.krakenPrivateKey();
    Instant now = Instant.now();
    try (FakeBinance fakeBinance = FakeBinance.builder()
            .hmacKey(binanceKey, binanceSecret)
            .market("BTCUSDT", "BTC", "USDT", new BigDecimal("40000"))
            .balance("USDT", new BigDecimal("10000"))
            .balance("BTC", new BigDecimal("0.5"))
            .income(new FakeBinance.IncomeRecord("BTCUSDT", "FUNDING_FEE", new BigDecimal("-0.01250000"), "USDT",
                now.minus(8, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS)))
            .income(new FakeBinance.IncomeRecord("BTCUSDT", "REALIZED_PNL", new BigDecimal("12.50000000"), "USDT",
                now.minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES)))
            .build();
        FakeKraken fakeKraken = FakeKraken.builder()
            .key(krakenKey, krakenSecret)
            .pair("XBTUSD", "XXBT", "ZUSD", new BigDecimal("40000"))
            .balance("ZUSD", new BigDecimal("5000"))
            .balance("XXBT", new BigDecimal("0.25"))
            .build()) {
      out.println("Signet demo: fake Binance at " + fakeBinance.baseUrl() + ", fake Kraken at " + fakeKraken.baseUrl());
      out.println("(the fakes check every signature, timestamp and nonce the way the exchanges do)");
      out.println();
      try (BinanceClient binance = BinanceClient.builder()
              .credentials(BinanceCredentials.hmac(binanceKey, binanceSecret))
              .spotBaseUrl(fakeBinance.baseUrl()).futuresBaseUrl(fakeBinance.baseUrl())
              .recvWindow(5000)
              .build();
          KrakenClient krakenClient = KrakenClient.builder()
              .credentials(KrakenCredentials.of(krakenKey, krakenSecret))
              .baseUrl(fakeKraken.baseUrl())
              .build()) {
        binanceReadOnly(binance, out);

        OrderResult placed = binance.spot().trading().newOrder(
            NewOrder.limit("BTCUSDT", OrderSide.BUY, new BigDecimal("0.01"), new BigDecimal("35000"))
                .clientOrderId("demo-1").build());
        step(out, "binance", "place limit order", "BUY 0.01 BTCUSDT @ 35000 -> orderId " + placed.orderId()
            + ", status " + placed.status() + ", clientOrderId " + placed.clientOrderId());
        List<Order> open = binance.spot().accountData().openOrders("BTCUSDT");
        step(out, "binance", "open orders", open.stream()
            .map(o -> "#" + o.orderId() + " " + o.side() + " " + o.origQty().toPlainString() + " @ " + o.price().toPlainString())
            .collect(Collectors.joining("; ")));
        Order queried = binance.spot().accountData().queryOrder(OrderRef.byClientId("BTCUSDT", "demo-1"));
        step(out, "binance", "query by client id", "demo-1 -> orderId " + queried.orderId() + ", " + queried.status()
            + ", executed " + queried.executedQty().toPlainString());
        CanceledOrder canceled = binance.spot().trading().cancelOrder(OrderRef.byId("BTCUSDT", placed.orderId()));
        step(out, "binance", "cancel", "orderId " + canceled.orderId() + " -> " + canceled.status()
            + "; USDT free again " + fakeBinance.free("USDT").toPlainString());
        List<Income> income = binance.futures().income(IncomeQuery.builder().symbol("BTCUSDT").build());
        step(out, "binance", "futures income", income.stream()
            .map(i -> i.time() + " " + i.incomeType() + " " + i.income().toPlainString() + " " + i.asset())
            .collect(Collectors.joining("; ")));

        krakenReadOnly(krakenClient, out);
        AddOrderResult placedK = krakenClient.addOrder(
            AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("0.01"), new BigDecimal("30000")).clientOrderId("demo-k1").build());
        String txid = placedK.txid().get(0);
        step(out, "kraken", "place limit order", placedK.descr().order() + " -> txid " + txid);
        step(out, "kraken", "open orders", krakenClient.accountData().openOrders().keySet().toString());
        CancelOrderResult c = krakenClient.trading().cancelOrder(txid);
        step(out, "kraken", "cancel", txid + " -> count " + c.count() + ", now "
            + krakenClient.accountData().queryOrders(List.of(txid)).get(txid).status());
      }
      out.println();
      out.println("Done: " + steps + " steps; " + (fakeBinance.requestCount() + fakeKraken.requestCount())
          + " requests, every signed one verified by the fakes.");
    }
    return Signet.OK;
  }

  private void binanceReadOnly(BinanceClient client, PrintWriter out) {
    step(out, "binance", "server time", Instant.ofEpochMilli(client.spot().market().serverTime()).toString());
    Account account = client.spot().account();
    step(out, "binance", "balances", account.balances().stream()
        .filter(b -> b.total().signum() != 0)
        .map(DemoCommand::balance)
        .collect(Collectors.joining("; ")));
    if (binanceTestnet) {
      step(out, "binance", "open orders", client.spot().accountData().openOrders("BTCUSDT").size() + " on BTCUSDT");
    }
  }

  private void krakenReadOnly(KrakenClient client, PrintWriter out) {
    step(out, "kraken", "server time", Instant.ofEpochMilli(client.market().serverTime()).toString());
    KrakenBalance balance = client.balance();
    step(out, "kraken", "balances", balance.balances().entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue().toPlainString())
        .collect(Collectors.joining("; ")));
    AddOrderResult validated = client.addOrder(
        AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("0.0001"), new BigDecimal("10000")).validate(true).build());
    step(out, "kraken", "AddOrder validate=true", validated.descr().order() + " (checked, not placed)");
  }

  private static String balance(Balance b) {
    return b.asset() + " free " + b.free().toPlainString() + " locked " + b.locked().toPlainString();
  }

  private void step(PrintWriter out, String exchange, String what, String result) {
    steps++;
    out.printf("%2d. [%-7s] %-24s %s%n", steps, exchange, what, result);
    out.flush();
  }

}
