package dev.signet.testkit;

import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.Ledger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@link FakeKraken}'s private account data beyond orders: BalanceEx (balance = free + locked,
 * hold_trade = locked, no credit), TradeBalance (the balances valued at the pairs' prices, no margin),
 * CreditLines ({@code null}: no credit line), OpenPositions (none: the fake has no margin),
 * TradeVolume (volume 0; 0.26% taker and 0.16% maker for each pair asked), GetApiKeyInfo (constant
 * name and permissions) and the export reports (AddExport, ExportStatus, RetrieveExport,
 * RemoveExport), which are processed at once and kept in memory per fake.
 */
final class KrakenAccountRoutes {
  /** The name GetApiKeyInfo reports. */
  static final String KEY_NAME = "fake-kraken-key";
  /** The permissions GetApiKeyInfo reports: all of them. */
  static final List<String> PERMISSIONS = List.of("query-funds", "add-funds", "withdraw-funds", "earn-funds",
      "query-open-trades", "query-closed-trades", "modify-trades", "close-trades", "query-ledger", "export-data",
      "create-ws-token", "add-withdraw-address", "update-withdraw-address");

  private static final String USD = "ZUSD";

  private final Ledger ledger;
  private final FakeClock clock;
  private final KrakenPairs pairs;
  private final long created;
  private final Map<String, Map<String, Object>> exports = new LinkedHashMap<>();
  private int nextExport = 1;

  KrakenAccountRoutes(Ledger ledger, FakeClock clock, KrakenPairs pairs) {
    this.ledger = ledger;
    this.clock = clock;
    this.pairs = pairs;
    this.created = clock.instant().getEpochSecond();
  }

  /** Puts this class's methods into the fake's tables, by method name ({@code Time}, {@code Earn/Allocate}). */
  void register(Map<String, KrakenMethod> publicMethods, Map<String, KrakenMethod> privateMethods) {
    privateMethods.put("BalanceEx", p -> balanceEx());
    privateMethods.put("TradeBalance", this::tradeBalance);
    privateMethods.put("CreditLines", p -> null);
    privateMethods.put("OpenPositions", p -> Json.object());
    privateMethods.put("TradeVolume", this::tradeVolume);
    privateMethods.put("GetApiKeyInfo", p -> apiKeyInfo());
    privateMethods.put("AddExport", this::addExport);
    privateMethods.put("ExportStatus", this::exportStatus);
    privateMethods.put("RetrieveExport", this::retrieveExport);
    privateMethods.put("RemoveExport", this::removeExport);
  }

  private Object balanceEx() {
    Map<String, Object> out = Json.object();
    ledger.balances().forEach((asset, fl) -> {
      Map<String, Object> b = Json.object();
      b.put("balance", Ledger.plain(fl[0].add(fl[1]), 10));
      b.put("credit", "0.0000");
      b.put("credit_used", "0.0000");
      b.put("hold_trade", Ledger.plain(fl[1], 10));
      out.put(asset, b);
    });
    return out;
  }

  /** Every balance valued in ZUSD at the price of its pair with ZUSD (assets without one count 0), then in {@code asset}. */
  private Object tradeBalance(Map<String, String> p) throws KrakenError {
    String asset = p.getOrDefault("asset", USD);
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<String, BigDecimal[]> b : ledger.balances().entrySet()) {
      BigDecimal price = usdPrice(b.getKey());
      if (price != null) {
        total = total.add(b.getValue()[0].add(b.getValue()[1]).multiply(price));
      }
    }
    BigDecimal rate = usdPrice(asset);
    if (rate == null || rate.signum() == 0) {
      throw new KrakenError("EQuery:Unknown asset");
    }
    String value = Ledger.plain(total.divide(rate, MathContext.DECIMAL64), 4);
    Map<String, Object> out = Json.object();
    for (String key : List.of("eb", "tb")) {
      out.put(key, value);
    }
    for (String key : List.of("m", "n", "c", "v")) {
      out.put(key, "0.0000");
    }
    out.put("e", value);
    out.put("mf", value);
    out.put("uv", "0.0000");
    return out;
  }

  /** ZUSD per unit of {@code asset}: 1 for ZUSD, the price of its pair with ZUSD, or null without one. */
  private BigDecimal usdPrice(String asset) {
    if (asset.equals(USD)) {
      return BigDecimal.ONE;
    }
    for (Ledger.Market m : ledger.markets()) {
      if (m.base().equals(asset) && m.quote().equals(USD)) {
        return m.price();
      }
    }
    return null;
  }

  private Object tradeVolume(Map<String, String> p) throws KrakenError {
    Map<String, Object> fees = Json.object();
    Map<String, Object> maker = Json.object();
    String asked = p.get("pair");
    if (asked != null) {
      for (String name : asked.split(",")) {
        KrakenPairs.Pair pair = pairs.find(name).orElseThrow(() -> new KrakenError("EQuery:Unknown asset pair"));
        fees.put(pair.id(), fee("0.2600", "0.1000", "0.2600", "0.2400"));
        maker.put(pair.id(), fee("0.1600", "0.0000", "0.1600", "0.1400"));
      }
    }
    Map<String, Object> out = Json.object();
    out.put("currency", USD);
    out.put("volume", "0.0000");
    out.put("fees", fees);
    out.put("fees_maker", maker);
    return out;
  }

  /** A fee tier in the spelling of Kraken's published example ({@code minfee}, …). */
  private static Map<String, Object> fee(String fee, String min, String max, String next) {
    Map<String, Object> f = Json.object();
    f.put("fee", fee);
    f.put("minfee", min);
    f.put("maxfee", max);
    f.put("nextfee", next);
    f.put("nextvolume", "50000.0000");
    f.put("tiervolume", "0.0000");
    return f;
  }

  private Object apiKeyInfo() {
    Map<String, Object> out = Json.object();
    out.put("apiKeyName", KEY_NAME);
    out.put("apiKey", "fake");
    out.put("nonce", "0");
    out.put("nonceWindow", 0);
    out.put("permissions", PERMISSIONS);
    out.put("iban", "AA00 FAKE FAKE FAKE");
    for (String unset : List.of("validUntil", "queryFrom", "queryTo")) {
      out.put(unset, "0");
    }
    out.put("createdTime", Long.toString(created));
    out.put("modifiedTime", Long.toString(created));
    out.put("ipAllowlist", List.of());
    out.put("lastUsed", Long.toString(clock.instant().getEpochSecond()));
    return out;
  }

  private synchronized Object addExport(Map<String, String> p) throws KrakenError {
    String report = report(p);
    String description = required(p, "description");
    String format = p.getOrDefault("format", "CSV");
    if (!format.equals("CSV") && !format.equals("TSV")) {
      throw new KrakenError("EGeneral:Invalid arguments:format");
    }
    String now = Long.toString(clock.instant().getEpochSecond());
    String id = "FX" + (char) ('A' + nextExport / 26 % 26) + (char) ('A' + nextExport % 26);
    nextExport++;
    Map<String, Object> e = Json.object();
    e.put("id", id);
    e.put("descr", description);
    e.put("format", format);
    e.put("report", report);
    e.put("subtype", "all");
    e.put("status", "Processed");
    e.put("flags", "0");
    e.put("fields", p.getOrDefault("fields", "all"));
    e.put("createdtm", now);
    e.put("expiretm", "0");
    e.put("starttm", now);
    e.put("completedtm", now);
    e.put("datastarttm", p.getOrDefault("starttm", now));
    e.put("dataendtm", p.getOrDefault("endtm", now));
    e.put("aclass", "forex");
    e.put("asset", "all");
    exports.put(id, e);
    return Map.of("id", id);
  }

  private synchronized Object exportStatus(Map<String, String> p) throws KrakenError {
    String report = report(p);
    List<Object> out = new ArrayList<>();
    for (Map<String, Object> e : exports.values()) {
      if (e.get("report").equals(report)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The report's zip (one CSV with its header row) as {@code application/octet-stream}. */
  private synchronized Object retrieveExport(Map<String, String> p) throws KrakenError {
    Map<String, Object> e = export(p);
    String separator = e.get("format").equals("TSV") ? "\t" : ",";
    String header = e.get("report").equals("trades") ? String.join(separator, "txid", "ordertxid", "pair", "time")
        : String.join(separator, "txid", "refid", "time", "asset");
    byte[] zip = textSafeZip(e.get("report") + "." + e.get("format").toString().toLowerCase(java.util.Locale.ROOT),
        header + "\n");
    return Reply.of(200, "application/octet-stream", new String(zip, StandardCharsets.ISO_8859_1));
  }

  private synchronized Object removeExport(Map<String, String> p) throws KrakenError {
    Map<String, Object> e = export(p);
    String type = required(p, "type");
    if (!type.equals("cancel") && !type.equals("delete")) {
      throw new KrakenError("EGeneral:Invalid arguments:type");
    }
    exports.remove(e.get("id").toString());
    return Map.of(type, true);
  }

  private Map<String, Object> export(Map<String, String> p) throws KrakenError {
    Map<String, Object> e = exports.get(required(p, "id"));
    if (e == null) {
      throw new KrakenError("EQuery:Unknown export");
    }
    return e;
  }

  private static String report(Map<String, String> p) throws KrakenError {
    String report = required(p, "report");
    if (!report.equals("trades") && !report.equals("ledgers")) {
      throw new KrakenError("EGeneral:Invalid arguments:report");
    }
    return report;
  }

  private static String required(Map<String, String> p, String name) throws KrakenError {
    String v = p.get(name);
    if (v == null || v.isEmpty()) {
      throw new KrakenError("EGeneral:Invalid arguments:" + name);
    }
    return v;
  }

  /**
   * A zip (made with java.util.zip, one stored entry) whose every byte is below 0x80, so it survives
   * {@link Reply}'s text body unchanged: small sizes, a 1980 timestamp, and a padding line varied
   * until the CRC's bytes are ASCII too. {@link Reply} carries text only; a binary factory would
   * make this unnecessary.
   */
  static byte[] textSafeZip(String name, String csv) {
    for (int pad = 0; ; pad++) {
      byte[] data = (csv + "#" + pad + "\n").getBytes(StandardCharsets.US_ASCII);
      byte[] zip = storedZip(name, data);
      if (ascii(zip)) {
        return zip;
      }
      if (pad > 10_000) {
        throw new IllegalStateException("no text-safe zip for " + name);
      }
    }
  }

  private static boolean ascii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static byte[] storedZip(String name, byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(data);
    ZipEntry entry = new ZipEntry(name);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(data.length);
    entry.setCompressedSize(data.length);
    entry.setCrc(crc.getValue());
    entry.setTime(java.time.LocalDateTime.of(1980, 1, 1, 0, 0).atZone(java.time.ZoneId.systemDefault())
        .toInstant().toEpochMilli());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(entry);
      zip.write(data);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
