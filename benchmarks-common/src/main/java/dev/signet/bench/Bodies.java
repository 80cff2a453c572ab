package dev.signet.bench;

/**
 * Response bodies of the documented shapes, in the sizes the benchmarks need.
 *
 * <p>Example: {@code byte[] big = Bodies.account(30000).getBytes(UTF_8);}
 */
public final class Bodies {
  private Bodies() {}

  /** A spot account (the docs' shape) with {@code balances} balances. */
  public static String account(int balances) {
    StringBuilder s = new StringBuilder(256 + balances * 80);
    s.append("{\"makerCommission\":15,\"takerCommission\":15,\"buyerCommission\":0,\"sellerCommission\":0,")
        .append("\"commissionRates\":{\"maker\":\"0.00150000\",\"taker\":\"0.00150000\",\"buyer\":\"0.00000000\",\"seller\":\"0.00000000\"},")
        .append("\"canTrade\":true,\"canWithdraw\":true,\"canDeposit\":true,\"brokered\":false,")
        .append("\"requireSelfTradePrevention\":false,\"preventSor\":false,\"updateTime\":123456789,\"accountType\":\"SPOT\",\"balances\":[");
    for (int i = 0; i < balances; i++) {
      if (i > 0) {
        s.append(',');
      }
      s.append("{\"asset\":\"A").append(i).append("\",\"free\":\"").append(4723846 + i).append(".89208129\",\"locked\":\"0.00000000\"}");
    }
    return s.append("],\"permissions\":[\"SPOT\"],\"uid\":354937868}").toString();
  }

  /** Kraken's documented Balance example. */
  public static String krakenBalance() {
    return "{\"error\":[],\"result\":{\"ZUSD\":\"171288.6158\",\"ZEUR\":\"504861.8946\",\"XXBT\":\"1011.1908877900\","
        + "\"XETH\":\"818.5500000000\",\"USDT\":\"500000.00000000\",\"DAI\":\"9999.9999999999\",\"DOT\":\"2.5000000000\","
        + "\"ETH2.S\":\"198.3970800000\",\"ETH2\":\"2.5885574330\",\"USD.M\":\"1213029.2780\"}}";
  }

  private static final byte[] ACCOUNT_12 = account(12).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  private static final byte[] KRAKEN_BALANCE = krakenBalance().getBytes(java.nio.charset.StandardCharsets.UTF_8);

  /** The body the benchmark servers answer {@code path} with (404 body {@code {}} for an unknown path). */
  public static byte[] body(String path) {
    return switch (path) {
      case "/api/v3/time" -> ("{\"serverTime\":" + System.currentTimeMillis() + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
      case "/api/v3/account" -> ACCOUNT_12;
      case "/0/private/Balance" -> KRAKEN_BALANCE;
      default -> null;
    };
  }

  private static final byte[] ACCOUNT_RESPONSE = buildResponse("/api/v3/account");
  private static final byte[] KRAKEN_BALANCE_RESPONSE = buildResponse("/0/private/Balance");

  /** A whole HTTP/1.1 response for {@code path}, with the headers the loopback server sends (built once where static). */
  public static byte[] response(String path) {
    return switch (path) {
      case "/api/v3/account" -> ACCOUNT_RESPONSE;
      case "/0/private/Balance" -> KRAKEN_BALANCE_RESPONSE;
      default -> buildResponse(path);
    };
  }

  private static byte[] buildResponse(String path) {
    byte[] body = body(path);
    int status = body == null ? 404 : 200;
    if (body == null) {
      body = "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found") + "\r\n"
        + "Date: Sun, 22 Nov 2026 23:00:00 GMT\r\n"
        + "Content-type: application/json;charset=UTF-8\r\n"
        + "Content-length: " + body.length + "\r\n\r\n";
    byte[] headBytes = head.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] all = java.util.Arrays.copyOf(headBytes, headBytes.length + body.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return all;
  }
}
