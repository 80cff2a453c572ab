package dev.signet.testkit;

import static dev.signet.testkit.BinanceError.decimal;
import static dev.signet.testkit.BinanceError.parseLong;
import static dev.signet.testkit.BinanceError.required;

import dev.signet.testkit.FuturesPositions.Contract;
import dev.signet.testkit.FuturesPositions.Position;
import dev.signet.testkit.internal.Json;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link FakeFutures}'s position and account-mode routes: {@code leverage}, {@code marginType}
 * ({@code -4046} when unchanged, {@code -4047}/{@code -4048} with open orders or a position),
 * {@code positionMargin} (isolated positions only), {@code positionSide/dual} ({@code -4059} when
 * unchanged, {@code -4067} with open orders, {@code -4068} with positions), {@code multiAssetsMargin}
 * (both also read with {@code GET}),
 * {@code GET /fapi/v2/positionRisk} (every contract) and {@code /fapi/v3/positionRisk} (contracts with a
 * position or open orders), and the API-key-only {@code /fapi/v1/listenKey} lifecycle: a key lives 60
 * minutes of the fake's clock from its start or last keepalive.
 */
final class FuturesPositionRoutes {
  /** The {@code maxNotionalValue} the fake shows at every leverage. */
  static final String MAX_NOTIONAL = "1000000";
  /** The maintenance margin rate of every position. */
  static final BigDecimal MAINT_RATE = new BigDecimal("0.004");
  private static final long LISTEN_KEY_MILLIS = 60 * 60 * 1000L;
  private static final String SUCCESS = "{\"code\":200,\"msg\":\"success\"}";

  private final FuturesBook book;
  private final SecureRandom random = new SecureRandom();
  private String listenKey;
  private long listenKeyExpiry;

  FuturesPositionRoutes(FuturesBook book) {
    this.book = book;
  }

  /** The signed routes, keyed {@code "METHOD /path"}. */
  Map<String, FakeBinance.Endpoint> routes() {
    Map<String, FakeBinance.Endpoint> r = new LinkedHashMap<>();
    r.put("POST /fapi/v1/leverage", this::leverage);
    r.put("POST /fapi/v1/marginType", this::marginType);
    r.put("POST /fapi/v1/positionMargin", this::positionMargin);
    r.put("POST /fapi/v1/positionSide/dual", this::positionMode);
    r.put("POST /fapi/v1/multiAssetsMargin", p -> {
      boolean on = bool(p, "multiAssetsMargin");
      synchronized (book) {
        book.positions.multiAssets = on;
      }
      return Reply.json(200, SUCCESS);
    });
    r.put("GET /fapi/v1/multiAssetsMargin", p -> flag("multiAssetsMargin", () -> book.positions.multiAssets));
    r.put("GET /fapi/v1/positionSide/dual", p -> flag("dualSidePosition", () -> book.positions.hedge));
    r.put("GET /fapi/v2/positionRisk", p -> positionRisk(p, false));
    r.put("GET /fapi/v3/positionRisk", p -> positionRisk(p, true));
    return r;
  }

  /** The API-key-only routes, as user routes checked {@link Access#KEYED}. */
  List<UserRoute> keyedRoutes() {
    return List.of(new UserRoute("POST", "/fapi/v1/listenKey", Access.KEYED, r -> startListenKey()),
        new UserRoute("PUT", "/fapi/v1/listenKey", Access.KEYED, r -> keepAlive()),
        new UserRoute("DELETE", "/fapi/v1/listenKey", Access.KEYED, r -> closeListenKey()));
  }

  private Reply leverage(Map<String, String> p) throws BinanceError {
    Contract c = book.positions.contract(required(p, "symbol"));
    long leverage = parseLong(required(p, "leverage"), "leverage");
    if (leverage < 1 || leverage > 125) {
      throw new BinanceError(400, -4028, "Leverage " + leverage + " is not valid");
    }
    synchronized (book) {
      c.leverage = (int) leverage;
    }
    Map<String, Object> r = Json.object();
    r.put("leverage", leverage);
    r.put("maxNotionalValue", MAX_NOTIONAL);
    r.put("symbol", c.symbol);
    return Reply.json(200, Json.write(r));
  }

  private Reply marginType(Map<String, String> p) throws BinanceError {
    Contract c = book.positions.contract(required(p, "symbol"));
    String type = required(p, "marginType");
    if (!type.equals("ISOLATED") && !type.equals("CROSSED")) {
      throw new BinanceError(400, -4044, "The margin type is invalid.");
    }
    synchronized (book) {
      if (c.isolated == type.equals("ISOLATED")) {
        throw new BinanceError(400, -4046, "No need to change margin type.");
      }
      if (!book.open(c.symbol).isEmpty()) {
        throw new BinanceError(400, -4047, "Margin type cannot be changed if there exists open orders.");
      }
      if (book.positions.anyOpen(c.symbol)) {
        throw new BinanceError(400, -4048, "Margin type cannot be changed if there exists position.");
      }
      c.isolated = type.equals("ISOLATED");
    }
    return Reply.json(200, SUCCESS);
  }

  private Reply positionMargin(Map<String, String> p) throws BinanceError {
    Contract c = book.positions.contract(required(p, "symbol"));
    BigDecimal amount = decimal(p, "amount");
    String type = required(p, "type");
    if (!type.equals("1") && !type.equals("2")) {
      throw new BinanceError(400, -1102, "Mandatory parameter 'type' was not sent, was empty/null, or malformed.");
    }
    synchronized (book) {
      String side = p.getOrDefault("positionSide", "BOTH");
      if (book.positions.hedge == side.equals("BOTH")) {
        throw new BinanceError(400, -4061, "Order's position side does not match user's setting.");
      }
      if (!c.isolated) {
        throw new BinanceError(400, -4049, "Add margin only support for isolated position.");
      }
      Position pos = book.positions.position(c.symbol, side);
      if (pos.amount.signum() == 0) {
        throw new BinanceError(400, -4054, "Cannot add position margin: position is 0.");
      }
      if (type.equals("1")) {
        if (amount.compareTo(book.positions.available(book.ordersMargin(null))) > 0) {
          throw new BinanceError(400, -4050, "Cross balance insufficient.");
        }
        pos.isolatedWallet = pos.isolatedWallet.add(amount);
      } else {
        if (amount.compareTo(pos.isolatedWallet.subtract(book.positions.initialMargin(pos))) > 0) {
          throw new BinanceError(400, -4051, "Isolated balance insufficient.");
        }
        pos.isolatedWallet = pos.isolatedWallet.subtract(amount);
      }
      pos.updateTime = book.now();
    }
    return Reply.json(200, "{\"amount\":" + amount.toPlainString() + ",\"code\":200,\"msg\":\"Successfully modify position"
        + " margin.\",\"type\":" + type + "}");
  }

  private Reply positionMode(Map<String, String> p) throws BinanceError {
    boolean hedge = bool(p, "dualSidePosition");
    synchronized (book) {
      if (book.positions.hedge == hedge) {
        throw new BinanceError(400, -4059, "No need to change position side.");
      }
      if (!book.open(null).isEmpty() || !book.openAlgos(null).isEmpty()) {
        throw new BinanceError(400, -4067, "Position side cannot be changed if there exists open orders.");
      }
      if (book.positions.anyOpen()) {
        throw new BinanceError(400, -4068, "Position side cannot be changed if there exists position.");
      }
      book.positions.hedge = hedge;
    }
    return Reply.json(200, SUCCESS);
  }

  private Reply flag(String name, java.util.function.BooleanSupplier value) {
    synchronized (book) {
      return Reply.json(200, "{\"" + name + "\":" + value.getAsBoolean() + "}");
    }
  }

  private static boolean bool(Map<String, String> p, String name) throws BinanceError {
    String v = required(p, name);
    if (!v.equals("true") && !v.equals("false")) {
      throw new BinanceError(400, -1102, "Mandatory parameter '" + name + "' was not sent, was empty/null, or malformed.");
    }
    return v.equals("true");
  }

  /** v2: every contract's positions (in the current mode); v3: only those with an amount or open orders. */
  private Reply positionRisk(Map<String, String> p, boolean v3) throws BinanceError {
    String symbol = p.get("symbol");
    List<Object> out = new ArrayList<>();
    synchronized (book) {
      List<Contract> contracts = symbol == null ? book.positions.contracts() : List.of(book.positions.contract(symbol));
      for (Contract c : contracts) {
        BigDecimal ordersMargin = book.ordersMargin(c.symbol);
        for (Position pos : book.positions.shown(c.symbol)) {
          if (!v3) {
            out.add(FuturesJson.positionV2(pos, c, book.positions));
          } else if (pos.amount.signum() != 0 || ordersMargin.signum() != 0) {
            out.add(FuturesJson.positionV3(pos, c, book.positions, pos.amount.signum() != 0 || !book.positions.hedge
                ? ordersMargin : BigDecimal.ZERO));
          }
        }
      }
    }
    return Reply.json(200, Json.write(out));
  }

  /** The listen key in force now, or null when none was started or it lapsed. */
  synchronized String activeListenKey() {
    return listenKey != null && book.now() < listenKeyExpiry ? listenKey : null;
  }

  private synchronized Reply startListenKey() {
    long now = book.now();
    if (listenKey == null || now >= listenKeyExpiry) {
      StringBuilder key = new StringBuilder();
      String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
      for (int i = 0; i < 64; i++) {
        key.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      listenKey = key.toString();
    }
    listenKeyExpiry = now + LISTEN_KEY_MILLIS;
    return Reply.json(200, "{\"listenKey\":\"" + listenKey + "\"}");
  }

  private synchronized Reply keepAlive() {
    if (listenKey == null || book.now() >= listenKeyExpiry) {
      listenKey = null;
      return Reply.binanceError(400, -1125, "This listenKey does not exist.");
    }
    listenKeyExpiry = book.now() + LISTEN_KEY_MILLIS;
    return Reply.json(200, "{\"listenKey\":\"" + listenKey + "\"}");
  }

  private synchronized Reply closeListenKey() {
    listenKey = null;
    return Reply.json(200, "{}");
  }
}
