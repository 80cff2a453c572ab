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
}
