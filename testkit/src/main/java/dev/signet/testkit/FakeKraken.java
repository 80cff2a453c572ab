package dev.signet.testkit;

import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.Ledger;
import dev.signet.testkit.internal.WireParams;
import dev.signet.testkit.internal.WireParams.Pair;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A fake Kraken Spot REST API on loopback that checks private calls the way Kraken does and keeps
 * enough state to run a bot against.
 *
 * <p>Checks, from the raw request only, never calling Signet's signer: the {@code API-Key} is known
 * and {@code API-Sign} equals base64(HMAC-SHA512(base64decode(secret), full request path +
 * SHA256(nonce + body as sent))) ({@code EAPI:Invalid key}); the content type matches the body
 * (form or JSON; a mismatch fails like a bad signature); the nonce is strictly greater than the
 * last accepted one for that key ({@code EAPI:Invalid nonce}); required arguments are present
 * ({@code EGeneral:Invalid arguments}). Answers have the documented envelope and shapes, with
 * HTTP 200 as Kraken sends them.
 *
 * <p>State: balances per asset id; limit orders rest until cancelled and lock their cost; market
 * orders fill at the pair's configured price; {@code validate=true} checks without placing.
 *
 * <pre>{@code
 * try (FakeKraken fake = FakeKraken.builder()
 *     .key("kraken-key", base64Secret)
 *     .pair("XBTUSD", "XXBT", "ZUSD", new BigDecimal("40000"))
 *     .balance("ZUSD", new BigDecimal("10000"))
 *     .build()) {
 *   KrakenClient kraken = KrakenClient.builder()
 *       .credentials(KrakenCredentials.of("kraken-key", base64Secret)).baseUrl(fake.baseUrl()).build();
 * }
 * }</pre>
 */
public final class FakeKraken extends FakeExchange {
  private static final Pattern JSON_NONCE = Pattern.compile("^\\{\\s*\"nonce\"\\s*:\\s*\"?([0-9]+)\"?");

  private interface Method {
    Object handle(Map<String, String> params) throws KrakenError;
  }

  private static final class KrakenError extends Exception {
    KrakenError(String error) {
      super(error, null, false, false);
    }
  }

  private final Map<String, byte[]> secrets;
  private final Map<String, Long> lastNonce = new HashMap<>();
  private final Map<String, Method> privateMethods = new HashMap<>();

  private FakeKraken(Builder b) {
    super(b.clock);
    this.secrets = Map.copyOf(b.secrets);
    b.pairs.values().forEach(ledger::market);
    b.balances.forEach(ledger::deposit);
    privateMethods.put("Balance", p -> balances());
    privateMethods.put("AddOrder", this::addOrder);
    privateMethods.put("OpenOrders", this::openOrders);
    privateMethods.put("ClosedOrders", this::closedOrders);
    privateMethods.put("QueryOrders", this::queryOrders);
    privateMethods.put("CancelOrder", this::cancelOrder);
    privateMethods.put("CancelOrderBatch", this::cancelOrderBatch);
  }

  /** A new builder: no keys, no pairs, empty balances, clock at the current time. */
  public static Builder builder() {
    return new Builder();
  }

  /** The last nonce accepted for {@code apiKey}, or 0. */
  public long lastNonce(String apiKey) {
    synchronized (lastNonce) {
      return lastNonce.getOrDefault(apiKey, 0L);
    }
  }

  @Override
  Reply handle(RecordedRequest request) {
    String target = request.getTarget();
    int q = target.indexOf('?');
    String path = q < 0 ? target : target.substring(0, q);
    try {
      if (path.equals("/0/public/Time") && request.getMethod().equals("GET")) {
        long now = clock().millis();
        Map<String, Object> t = Json.object();
        t.put("unixtime", now / 1000);
        t.put("rfc1123", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
            .format(java.time.Instant.ofEpochMilli(now).atOffset(java.time.ZoneOffset.UTC)));
        return result(t);
      }
      if (path.startsWith("/0/private/")) {
        if (!request.getMethod().equals("POST")) {
          throw new KrakenError("EGeneral:Invalid arguments");
        }
        Method method = privateMethods.get(path.substring("/0/private/".length()));
        if (method == null) {
          throw new KrakenError("EGeneral:Unknown method");
        }
        return result(method.handle(verify(request, path)));
      }
      throw new KrakenError("EGeneral:Unknown method");
    } catch (KrakenError e) {
      return Reply.json(200, Json.write(Map.of("error", List.of(e.getMessage()))));
    }
  }

  @Override
  MockResponse.Builder rateLimitBody(MockResponse.Builder response, Fault fault) {
    return response.addHeader("Content-Type", "application/json").body("{\"error\":[\"EGeneral:Too many requests\"]}");
  }

  // ---- verification, from the raw request only ----

  private Map<String, String> verify(RecordedRequest request, String path) throws KrakenError {
    String apiKey = request.getHeaders().get("API-Key");
    byte[] secret = apiKey == null ? null : secrets.get(apiKey);
    if (secret == null) {
      throw new KrakenError("EAPI:Invalid key");
    }
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    String contentType = request.getHeaders().get("Content-Type");
    boolean json = contentType != null && contentType.startsWith("application/json");
    boolean form = contentType != null && contentType.startsWith("application/x-www-form-urlencoded");
    Map<String, String> params = new LinkedHashMap<>();
    String nonce;
    if (json) {
      Matcher m = JSON_NONCE.matcher(body);
      if (!body.startsWith("{") || !m.find()) {
        // Kraken reads the body by its declared type; what it reads is not what was signed
        throw new KrakenError("EAPI:Invalid key");
      }
      nonce = m.group(1);
      params.put("nonce", nonce);
      params.put("_json", body);
    } else if (form) {
      if (body.startsWith("{")) {
        throw new KrakenError("EAPI:Invalid key");
      }
      for (Pair p : WireParams.parse(body)) {
        if (params.containsKey(p.key())) {
          throw new KrakenError("EGeneral:Invalid arguments");
        }
        params.put(p.key(), p.value());
      }
      nonce = params.get("nonce");
    } else {
      throw new KrakenError("EAPI:Invalid key");
    }
    if (nonce == null || !nonce.matches("[0-9]{1,19}")) {
      throw new KrakenError("EAPI:Invalid nonce");
    }
    String sign = request.getHeaders().get("API-Sign");
    if (sign == null || !MessageDigest.isEqual(sign.getBytes(StandardCharsets.US_ASCII),
        apiSign(secret, path, nonce, body).getBytes(StandardCharsets.US_ASCII))) {
      throw new KrakenError("EAPI:Invalid key");
    }
    long n = Long.parseLong(nonce);
    synchronized (lastNonce) {
      if (n <= lastNonce.getOrDefault(apiKey, 0L)) {
        throw new KrakenError("EAPI:Invalid nonce");
      }
      lastNonce.put(apiKey, n);
    }
    for (Map.Entry<String, String> e : params.entrySet()) {
      if (e.getValue().isEmpty()) {
        throw new KrakenError("EGeneral:Invalid arguments:" + e.getKey());
      }
    }
    params.remove("nonce");
    return params;
  }

  private static String apiSign(byte[] secret, String path, String nonce, String body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest((nonce + body).getBytes(StandardCharsets.UTF_8));
      Mac mac = Mac.getInstance("HmacSHA512");
      mac.init(new SecretKeySpec(secret, "HmacSHA512"));
      mac.update(path.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(mac.doFinal(hash));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- methods ----

  private Object balances() {
    Map<String, Object> out = Json.object();
    ledger.balances().forEach((asset, fl) -> out.put(asset, Ledger.plain(fl[0].add(fl[1]), 10)));
    return out;
  }

  private Object addOrder(Map<String, String> p) throws KrakenError {
    String pair = required(p, "pair");
    String type = required(p, "type");
    String ordertype = required(p, "ordertype");
    BigDecimal volume = decimal(p, "volume");
    Ledger.Market market = ledger.findMarket(pair).orElseThrow(() -> new KrakenError("EQuery:Unknown asset pair"));
    if (!type.equals("buy") && !type.equals("sell")) {
      throw new KrakenError("EGeneral:Invalid arguments:type");
    }
    boolean isMarket = ordertype.equals("market");
    if (!isMarket && !ordertype.equals("limit")) {
      throw new KrakenError("EGeneral:Invalid arguments:ordertype");
    }
    BigDecimal price = isMarket ? null : decimal(p, "price");
    String describe = type + " " + Ledger.plain(volume, 8) + " " + pair + " @ "
        + (isMarket ? "market" : "limit " + price.toPlainString());
    Map<String, Object> descr = Json.object();
    descr.put("order", describe);
    Map<String, Object> out = Json.object();
    out.put("descr", descr);
    if ("true".equals(p.get("validate"))) {
      return out;
    }
    Ledger.Order o;
    try {
      o = ledger.place(pair, type.equals("buy"), isMarket, volume, price, p.get("cl_ord_id"), clock().millis());
    } catch (Ledger.Rejection r) {
      throw new KrakenError(r.getMessage().equals("duplicate client order id")
          ? "EOrder:Duplicate order" : "EOrder:Insufficient funds");
    }
    out.put("txid", List.of(o.txid));
    return out;
  }

  private Object openOrders(Map<String, String> p) {
    String clientId = p.get("cl_ord_id");
    Map<String, Object> open = Json.object();
    for (Ledger.Order o : ledger.open(null)) {
      if (clientId == null || clientId.equals(o.clientOrderId)) {
        open.put(o.txid, orderJson(o));
      }
    }
    return Map.of("open", open);
  }

  private Object closedOrders(Map<String, String> p) {
    String clientId = p.get("cl_ord_id");
    Map<String, Object> closed = Json.object();
    List<Ledger.Order> all = ledger.all();
    for (int i = all.size() - 1; i >= 0; i--) {
      Ledger.Order o = all.get(i);
      if (!Ledger.isOpen(o) && (clientId == null || clientId.equals(o.clientOrderId))) {
        closed.put(o.txid, orderJson(o));
      }
    }
    Map<String, Object> out = Json.object();
    out.put("closed", closed);
    out.put("count", closed.size());
    return out;
  }

  private Object queryOrders(Map<String, String> p) throws KrakenError {
    Map<String, Object> out = Json.object();
    for (String txid : required(p, "txid").split(",")) {
      Ledger.Order o = ledger.byTxid(txid).orElseThrow(() -> new KrakenError("EOrder:Invalid order"));
      out.put(txid, orderJson(o));
    }
    return out;
  }

  private Object cancelOrder(Map<String, String> p) throws KrakenError {
    Ledger.Order o;
    if (p.containsKey("txid")) {
      o = ledger.byTxid(p.get("txid")).orElse(null);
    } else if (p.containsKey("cl_ord_id")) {
      o = ledger.byClientId(p.get("cl_ord_id")).orElse(null);
    } else {
      throw new KrakenError("EGeneral:Invalid arguments");
    }
    if (o == null) {
      throw new KrakenError("EOrder:Unknown order");
    }
    try {
      ledger.cancel(o, clock().millis());
    } catch (Ledger.Rejection r) {
      return Map.of("count", 0);
    }
    Map<String, Object> out = Json.object();
    out.put("count", 1);
    out.put("pending", false);
    return out;
  }

  private Object cancelOrderBatch(Map<String, String> p) throws KrakenError {
    String json = p.get("_json");
    if (json == null) {
      throw new KrakenError("EGeneral:Invalid arguments:orders must be sent as JSON");
    }
    tools.jackson.databind.JsonNode orders = dev.signet.core.SignetJson.mapper().readTree(json).path("orders");
    if (!orders.isArray() || orders.isEmpty() || orders.size() > 50) {
      throw new KrakenError("EGeneral:Invalid arguments:orders");
    }
    int count = 0;
    for (tools.jackson.databind.JsonNode id : orders) {
      Ledger.Order o = ledger.byTxid(id.asString()).orElse(null);
      if (o != null && Ledger.isOpen(o)) {
        try {
          ledger.cancel(o, clock().millis());
          count++;
        } catch (Ledger.Rejection ignored) {
          // not open any more
        }
      }
    }
    return Map.of("count", count);
  }

  private static Map<String, Object> orderJson(Ledger.Order o) {
    Map<String, Object> r = Json.object();
    r.put("refid", null);
    r.put("userref", 0);
    if (o.clientOrderId != null) {
      r.put("cl_ord_id", o.clientOrderId);
    }
    String status = switch (o.status) {
      case "NEW" -> "open";
      case "FILLED" -> "closed";
      default -> "canceled";
    };
    r.put("status", status);
    r.put("opentm", new BigDecimal(o.createdMillis).movePointLeft(3));
    if (!status.equals("open")) {
      r.put("closetm", new BigDecimal(o.updatedMillis).movePointLeft(3));
      r.put("reason", status.equals("canceled") ? "User requested" : null);
    }
    r.put("starttm", 0);
    r.put("expiretm", 0);
    Map<String, Object> descr = Json.object();
    descr.put("pair", o.symbol);
    descr.put("type", o.buy ? "buy" : "sell");
    descr.put("ordertype", o.market ? "market" : "limit");
    descr.put("price", o.price == null ? "0" : o.price.toPlainString());
    descr.put("price2", "0");
    descr.put("leverage", "none");
    descr.put("order", (o.buy ? "buy " : "sell ") + Ledger.plain(o.quantity, 8) + " " + o.symbol + " @ "
        + (o.market ? "market" : "limit " + o.price.toPlainString()));
    descr.put("close", "");
    r.put("descr", descr);
    r.put("vol", Ledger.plain(o.quantity, 8));
    r.put("vol_exec", Ledger.plain(o.executed, 8));
    r.put("cost", Ledger.plain(o.quoteExecuted, 5));
    r.put("fee", "0.00000");
    r.put("price", o.executed.signum() == 0 ? "0.00000" : Ledger.plain(o.quoteExecuted.divide(o.executed, 5, java.math.RoundingMode.HALF_EVEN), 5));
    r.put("stopprice", "0.00000");
    r.put("limitprice", "0.00000");
    r.put("misc", "");
    r.put("oflags", o.buy ? "fciq" : "fcib");
    return r;
  }

  private static String required(Map<String, String> p, String name) throws KrakenError {
    String v = p.get(name);
    if (v == null) {
      throw new KrakenError("EGeneral:Invalid arguments:" + name);
    }
    return v;
  }

  private static BigDecimal decimal(Map<String, String> p, String name) throws KrakenError {
    try {
      BigDecimal d = new BigDecimal(required(p, name));
      if (d.signum() <= 0) {
        throw new KrakenError("EGeneral:Invalid arguments:" + name);
      }
      return d;
    } catch (NumberFormatException e) {
      throw new KrakenError("EGeneral:Invalid arguments:" + name);
    }
  }

  private static Reply result(Object result) {
    Map<String, Object> envelope = Json.object();
    envelope.put("error", List.of());
    envelope.put("result", result);
    return Reply.json(200, Json.write(envelope));
  }

  /** Configures a {@link FakeKraken}; {@link #build()} starts it. */
  public static final class Builder {
    private final Map<String, byte[]> secrets = new HashMap<>();
    private final Map<String, Ledger.Market> pairs = new LinkedHashMap<>();
    private final Map<String, BigDecimal> balances = new LinkedHashMap<>();
    private FakeClock clock = FakeClock.startingNow();

    private Builder() {}

    /** Accepts an API key with its base64 private key. */
    public Builder key(String apiKey, String base64PrivateKey) {
      secrets.put(Objects.requireNonNull(apiKey, "apiKey"), Base64.getDecoder().decode(base64PrivateKey));
      return this;
    }

    /** A tradable pair whose market orders fill at {@code price}, e.g. ("XBTUSD", "XXBT", "ZUSD", 40000). */
    public Builder pair(String pair, String base, String quote, BigDecimal price) {
      pairs.put(pair, new Ledger.Market(pair, base, quote, price));
      return this;
    }

    /** A starting balance, by Kraken asset id. */
    public Builder balance(String asset, BigDecimal amount) {
      balances.merge(asset, amount, BigDecimal::add);
      return this;
    }

    /** The server clock (default: starting at the current time). */
    public Builder clock(FakeClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Starts the fake on a loopback port. */
    public FakeKraken build() {
      return new FakeKraken(this);
    }
  }
}
