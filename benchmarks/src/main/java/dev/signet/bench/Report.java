package dev.signet.bench;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints one Markdown table from the JMH JSON result files of both jars: each benchmark beside the
 * lower bound from its own jar and run, with the ratios of user CPU per op and bytes allocated per
 * op (for the 64-thread pair: throughput).
 *
 * <p>Run: {@code java -cp benchmarks.jar dev.signet.bench.Report results.json [anchors.json]}.
 */
public final class Report {
  private Report() {}

  private record Pair(String what, String signet, String lowerBound, double cpuTarget, double allocTarget) {}

  private static final List<Pair> PAIRS = List.of(
      new Pair("Binance GET /api/v3/account (typed), in-memory sockets", "CallBenchmarks.signetBinanceAccount@memory", "CallBenchmarks.rawBinanceAccountPrebuilt@memory", 1.15, 1.20),
      new Pair("  same, against hand-written per-call signing", "CallBenchmarks.signetBinanceAccount@memory", "CallBenchmarks.rawBinanceAccountSignedPerCall@memory", 1.15, 1.20),
      new Pair("Kraken Balance (typed), in-memory sockets", "CallBenchmarks.signetKrakenBalance@memory", "CallBenchmarks.rawKrakenBalancePrebuilt@memory", 1.15, 1.20),
      new Pair("Binance GET /api/v3/account (typed), loopback", "CallBenchmarks.signetBinanceAccount@loopback", "CallBenchmarks.rawBinanceAccountPrebuilt@loopback", 1.15, 1.20),
      new Pair("  same, against hand-written per-call signing", "CallBenchmarks.signetBinanceAccount@loopback", "CallBenchmarks.rawBinanceAccountSignedPerCall@loopback", 1.15, 1.20),
      new Pair("Kraken Balance (typed), loopback", "CallBenchmarks.signetKrakenBalance@loopback", "CallBenchmarks.rawKrakenBalancePrebuilt@loopback", 1.15, 1.20),
      new Pair("Binance HMAC signature", "SigningBenchmarks.signetBinanceHmac", "SigningBenchmarks.jdkBinanceHmac", 1.10, 1.10),
      new Pair("Kraken API-Sign", "SigningBenchmarks.signetKrakenApiSign", "SigningBenchmarks.jdkKrakenApiSign", 1.10, 1.10),
      new Pair("account decode, 12 balances (typed vs tree)", "DecodeBenchmarks.signetTyped@12", "DecodeBenchmarks.jacksonTree@12", 1.30, 0),
      new Pair("2.5 MB account decode, 30000 balances (typed vs tree)", "DecodeBenchmarks.signetTyped@30000", "DecodeBenchmarks.jacksonTree@30000", 1.30, 0),
      new Pair("  same, against tree + BigDecimal of each balance", "DecodeBenchmarks.signetTyped@30000", "DecodeBenchmarks.jacksonTreeThenBigDecimal@30000", 1.30, 0),
      new Pair("exchangeInfo decode, 3000 symbols (typed vs tree)", "MarketDecodeBenchmarks.exchangeInfoTyped", "MarketDecodeBenchmarks.exchangeInfoTree", 1.00, 0.60),
      new Pair("depth decode, 5000 levels a side (typed vs tree)", "MarketDecodeBenchmarks.depthTyped", "MarketDecodeBenchmarks.depthTree", 1.00, 0.60),
      new Pair("klines decode, 1000 rows (typed vs tree)", "MarketDecodeBenchmarks.klinesTyped", "MarketDecodeBenchmarks.klinesTree", 1.00, 0.60),
      new Pair("futures exchangeInfo decode, 700 contracts (typed vs tree)", "MarketDecodeBenchmarks.futuresExchangeInfoTyped",
          "MarketDecodeBenchmarks.futuresExchangeInfoTree", 1.00, 0.60),
      new Pair("futures klines decode, 1500 rows (typed vs tree)", "MarketDecodeBenchmarks.futuresKlinesTyped",
          "MarketDecodeBenchmarks.futuresKlinesTree", 1.00, 0.60),
      new Pair("64 threads on one client, in-memory sockets, ops/s (higher is better)", "ConcurrencyBenchmarks.signet64@memory", "ConcurrencyBenchmarks.raw64@memory", 0, 0),
      new Pair("64 threads on one client, loopback, ops/s (higher is better)", "ConcurrencyBenchmarks.signet64@loopback", "ConcurrencyBenchmarks.raw64@loopback", 0, 0),
      new Pair("anchor: binance-connector-java 3.4.1 account (String, unparsed), loopback", "anchors.AnchorBenchmarks.connectorBinanceAccount", "anchors.AnchorBenchmarks.rawBinanceAccountPrebuilt", 0, -1),
      new Pair("anchor: XChange 5.2.2 Binance account (typed), loopback", "anchors.AnchorBenchmarks.xchangeBinanceAccount", "anchors.AnchorBenchmarks.rawBinanceAccountPrebuilt", 0, -1),
      new Pair("anchor: XChange 5.2.2 Kraken Balance (typed), loopback", "anchors.AnchorBenchmarks.xchangeKrakenBalance", "anchors.AnchorBenchmarks.rawKrakenBalancePrebuilt", 0, -1));

  /** Prints the table for the JMH JSON file given as the only argument. */
  public static void main(String[] args) {
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    for (String file : args) {
      if (!new File(file).exists()) {
        continue;
      }
      for (JsonNode r : JsonMapper.builder().build().readTree(new File(file))) {
        String name = r.get("benchmark").asString().replace("dev.signet.bench.", "");
        JsonNode params = r.get("params");
        if (params != null) {
          // one JMH parameter per benchmark here: its value tells the rows apart (e.g. @memory, @12)
          for (JsonNode value : params) {
            name += "@" + value.asString();
          }
        }
        byName.put(name, r);
      }
    }
    System.out.println("| work | Signet | lower bound | ratio CPU | ratio alloc | target CPU / alloc |");
    System.out.println("|---|---|---|---|---|---|");
    for (Pair p : PAIRS) {
      JsonNode s = byName.get(p.signet());
      JsonNode l = byName.get(p.lowerBound());
      if (s == null || l == null) {
        continue;
      }
      if (p.allocTarget() < 0) {
        System.out.printf("| %s | %s / %s | %s / %s (OkHttp 4 + Jackson 2, same run) | %.2f× | %.2f× | anchor |%n", p.what(),
            micros(metric(s, "cpu.user.norm")), kb(metric(s, "gc.alloc.rate.norm")),
            micros(metric(l, "cpu.user.norm")), kb(metric(l, "gc.alloc.rate.norm")),
            metric(s, "cpu.user.norm") / metric(l, "cpu.user.norm"),
            metric(s, "gc.alloc.rate.norm") / metric(l, "gc.alloc.rate.norm"));
        continue;
      }
      if (p.cpuTarget() == 0) {
        double ss = s.get("primaryMetric").get("score").asDouble();
        double ls = l.get("primaryMetric").get("score").asDouble();
        System.out.printf("| %s | %.0f ops/s | %.0f ops/s | %.2f× throughput | | scale like the lower bound |%n", p.what(), ss, ls, ss / ls);
        continue;
      }
      double sc = metric(s, "cpu.user.norm");
      double lc = metric(l, "cpu.user.norm");
      double sa = metric(s, "gc.alloc.rate.norm");
      double la = metric(l, "gc.alloc.rate.norm");
      System.out.printf("| %s | %s / %s | %s / %s | %.2f× | %.2f× | %.2f× / %s |%n", p.what(),
          micros(sc), kb(sa), micros(lc), kb(la), sc / lc, sa / la, p.cpuTarget(),
          p.allocTarget() == 0 ? "n/a" : String.format("%.2f×", p.allocTarget()));
    }
    printPaired(byName);
    printStreams(byName);
  }

  private static final List<Paired> STREAMS = List.of(
      new Paired("Binance diff. depth, 20 levels a side, combined stream", "StreamDecodeBenchmarks.binanceDepth", "readTree + fields"),
      new Paired("Binance trade, combined stream", "StreamDecodeBenchmarks.binanceTrade", "readTree + fields"),
      new Paired("Kraken v2 book update, 5 levels a side", "StreamDecodeBenchmarks.krakenBook", "readTree + fields"),
      new Paired("Kraken v2 trade, one a frame", "StreamDecodeBenchmarks.krakenTrade", "readTree + fields"));

  /** The stream pairs (issue 16): events per second of one core's thread CPU, and typed's rate over the tree's. */
  private static void printStreams(Map<String, JsonNode> byName) {
    boolean header = false;
    for (Paired p : STREAMS) {
      JsonNode r = byName.get(p.benchmark());
      if (r == null) {
        continue;
      }
      if (!header) {
        System.out.println();
        System.out.println("| stream frames, paired, same thread, alternating blocks | Signet events/s per core | tree events/s per core | rate typed / tree (per-iteration range) | alloc per event typed / tree | target |");
        System.out.println("|---|---|---|---|---|---|");
        header = true;
      }
      double[] rawNanos = raw(r, "rawNanos");
      double[] signetNanos = raw(r, "signetNanos");
      double calls = sum(raw(r, "calls"));
      double rate = sum(rawNanos) / sum(signetNanos);
      double[] inverse = range(rawNanos, signetNanos);
      System.out.printf("| %s | %,.0f | %,.0f (%s) | %.2f× (%.2f–%.2f) | %s / %s | %s |%n", p.what(),
          calls * 1e9 / sum(signetNanos), calls * 1e9 / sum(rawNanos), p.lowerBound(), rate, inverse[0], inverse[1],
          kb(sum(raw(r, "signetBytes")) / calls), kb(sum(raw(r, "rawBytes")) / calls),
          rate >= 1.5 ? "≥ 1.5×: met" : "≥ 1.5×: missed");
    }
  }

  private record Paired(String what, String benchmark, String lowerBound) {}

  private static final List<Paired> PAIRED = List.of(
      new Paired("Binance account (typed) vs prebuilt raw", "PairedCallBenchmarks.binanceAccount", "prebuilt request, tree decode"),
      new Paired("Binance account (typed) vs hand-signed raw", "PairedCallBenchmarks.binanceAccountVsSignedPerCall", "per-call HMAC, URL, tree decode"),
      new Paired("Kraken Balance (typed) vs prebuilt raw", "PairedCallBenchmarks.krakenBalance", "prebuilt request, tree decode"),
      new Paired("Kraken Balance (typed) vs hand-signed raw", "PairedCallBenchmarks.krakenBalanceVsSignedPerCall", "per-call nonce, API-Sign, tree decode"),
      new Paired("exchangeInfo, 3000 symbols (typed) vs tree", "PairedDecodeBenchmarks.exchangeInfo", "Jackson 3 tree, same bytes"),
      new Paired("depth, 5000 levels a side (typed) vs tree", "PairedDecodeBenchmarks.depth", "Jackson 3 tree, same bytes"),
      new Paired("klines, 1000 rows (typed) vs tree", "PairedDecodeBenchmarks.klines", "Jackson 3 tree, same bytes"),
      new Paired("futures exchangeInfo, 700 contracts (typed) vs tree", "PairedDecodeBenchmarks.futuresExchangeInfo",
          "Jackson 3 tree, same bytes"),
      new Paired("futures klines, 1500 rows (typed) vs tree", "PairedDecodeBenchmarks.futuresKlines", "Jackson 3 tree, same bytes"),
      new Paired("Kraken AssetPairs, 1000 pairs (typed) vs tree", "KrakenMarketDecodeBenchmarks.krakenAssetPairs",
          "Jackson 3 tree, same bytes"),
      new Paired("Kraken OHLC, 720 candles (typed) vs tree", "KrakenMarketDecodeBenchmarks.krakenOhlc", "Jackson 3 tree, same bytes"),
      new Paired("Kraken Depth, 500 a side (typed) vs tree", "KrakenMarketDecodeBenchmarks.krakenDepth", "Jackson 3 tree, same bytes"));

  /** The paired table: ratios of summed thread CPU and allocation, and the spread of the per-iteration CPU ratio. */
  private static void printPaired(Map<String, JsonNode> byName) {
    boolean header = false;
    for (String transport : List.of("memory", "loopback", "")) {
      for (Paired p : PAIRED) {
        // the call pairs run over both transports; the decode pairs have no transport (no parameter)
        JsonNode r = byName.get(transport.isEmpty() ? p.benchmark() : p.benchmark() + "@" + transport);
        if (r == null) {
          continue;
        }
        if (!header) {
          System.out.println();
          System.out.println("| paired, same thread, alternating blocks | transport | Signet per call | lower bound per call | ratio CPU (per-iteration range) | ratio alloc (per-iteration range) |");
          System.out.println("|---|---|---|---|---|---|");
          header = true;
        }
        double[] rawNanos = raw(r, "rawNanos");
        double[] signetNanos = raw(r, "signetNanos");
        double[] rawBytes = raw(r, "rawBytes");
        double[] signetBytes = raw(r, "signetBytes");
        double calls = sum(raw(r, "calls"));
        double lo = range(signetNanos, rawNanos)[0];
        double hi = range(signetNanos, rawNanos)[1];
        System.out.printf("| %s | %s | %s / %s | %s / %s (%s) | %.2f× (%.2f–%.2f) | %.2f× (%.2f–%.2f) |%n", p.what(),
            transport.isEmpty() ? "none (bytes in memory)" : transport,
            micros(sum(signetNanos) / calls), kb(sum(signetBytes) / calls), micros(sum(rawNanos) / calls),
            kb(sum(rawBytes) / calls), p.lowerBound(), sum(signetNanos) / sum(rawNanos), lo, hi,
            sum(signetBytes) / sum(rawBytes), range(signetBytes, rawBytes)[0], range(signetBytes, rawBytes)[1]);
      }
    }
  }

  /** The lowest and highest per-iteration ratio {@code signet[i] / raw[i]}. */
  private static double[] range(double[] signet, double[] raw) {
    double lo = Double.MAX_VALUE;
    double hi = 0;
    for (int i = 0; i < raw.length; i++) {
      lo = Math.min(lo, signet[i] / raw[i]);
      hi = Math.max(hi, signet[i] / raw[i]);
    }
    return new double[] {lo, hi};
  }

  private static double[] raw(JsonNode result, String counter) {
    JsonNode forks = result.get("secondaryMetrics").get(counter).get("rawData");
    List<Double> values = new java.util.ArrayList<>();
    for (JsonNode fork : forks) {
      for (JsonNode v : fork) {
        values.add(v.asDouble());
      }
    }
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static double sum(double[] values) {
    double total = 0;
    for (double v : values) {
      total += v;
    }
    return total;
  }

  private static double metric(JsonNode result, String name) {
    JsonNode m = result.get("secondaryMetrics").get(name);
    return m == null ? Double.NaN : m.get("score").asDouble();
  }

  private static String micros(double nanos) {
    return nanos >= 10_000 ? String.format("%.1f µs", nanos / 1000) : String.format("%.2f µs", nanos / 1000);
  }

  private static String kb(double bytes) {
    return bytes >= 10_000 ? String.format("%.1f KB", bytes / 1000) : String.format("%.0f B", bytes);
  }
}
