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
      new Pair("Binance GET /api/v3/account (typed)", "CallBenchmarks.signetBinanceAccount", "CallBenchmarks.rawBinanceAccountPrebuilt", 1.15, 1.20),
      new Pair("  same, against hand-written per-call signing", "CallBenchmarks.signetBinanceAccount", "CallBenchmarks.rawBinanceAccountSignedPerCall", 1.15, 1.20),
      new Pair("Kraken Balance (typed)", "CallBenchmarks.signetKrakenBalance", "CallBenchmarks.rawKrakenBalancePrebuilt", 1.15, 1.20),
      new Pair("Binance HMAC signature", "SigningBenchmarks.signetBinanceHmac", "SigningBenchmarks.jdkBinanceHmac", 1.10, 1.10),
      new Pair("Kraken API-Sign", "SigningBenchmarks.signetKrakenApiSign", "SigningBenchmarks.jdkKrakenApiSign", 1.10, 1.10),
      new Pair("2.5 MB account decode (typed vs tree)", "DecodeBenchmarks.signetTyped", "DecodeBenchmarks.jacksonTree", 1.30, 0),
      new Pair("  same, against tree + BigDecimal of each balance", "DecodeBenchmarks.signetTyped", "DecodeBenchmarks.jacksonTreeThenBigDecimal", 1.30, 0),
      new Pair("64 threads, ops/s (higher is better)", "ConcurrencyBenchmarks.signet64", "ConcurrencyBenchmarks.raw64", 0, 0),
      new Pair("anchor: binance-connector-java 3.4.1 account (String, unparsed)", "anchors.AnchorBenchmarks.connectorBinanceAccount", "anchors.AnchorBenchmarks.rawBinanceAccountPrebuilt", 0, -1),
      new Pair("anchor: XChange 5.2.2 Binance account (typed)", "anchors.AnchorBenchmarks.xchangeBinanceAccount", "anchors.AnchorBenchmarks.rawBinanceAccountPrebuilt", 0, -1),
      new Pair("anchor: XChange 5.2.2 Kraken Balance (typed)", "anchors.AnchorBenchmarks.xchangeKrakenBalance", "anchors.AnchorBenchmarks.rawKrakenBalancePrebuilt", 0, -1));

  /** Prints the table for the JMH JSON file given as the only argument. */
  public static void main(String[] args) {
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    for (String file : args) {
      if (!new File(file).exists()) {
        continue;
      }
      for (JsonNode r : JsonMapper.builder().build().readTree(new File(file))) {
        byName.put(r.get("benchmark").asString().replace("dev.signet.bench.", ""), r);
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
        System.out.printf("| %s | %.0f ops/s | %.0f ops/s | %.2f× throughput | | scale to the server's limit |%n", p.what(), ss, ls, ss / ls);
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
