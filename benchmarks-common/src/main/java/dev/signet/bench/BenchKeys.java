package dev.signet.bench;

/**
 * The published test keys (Binance FAQ, Kraken authentication guide) both benchmark jars sign with,
 * and the pre-signed request lines of the lower bounds (the loopback server checks nothing).
 *
 * <p>Example: {@code BinanceCredentials.hmac(BenchKeys.API_KEY, BenchKeys.SECRET)}.
 */
public final class BenchKeys {
  /** Binance docs' example API key (also used as the Kraken API key). */
  public static final String API_KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
  /** Binance FAQ's HMAC secret. */
  public static final String SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
  /** Kraken authentication guide's private key. */
  public static final String KRAKEN_SECRET = "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";
  /** The FAQ vector's account request target. */
  public static final String ACCOUNT_TARGET =
      "/api/v3/account?timestamp=1578963600000&signature=d84e6641b1e328e7b418fff030caed655c266299c9355e36ce801ed14631eed4";
  /** The Kraken guide's API-Sign, sent unchanged by the prebuilt Balance request. */
  public static final String KRAKEN_SIGN = "4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ==";
  /** The prebuilt Balance body. */
  public static final String KRAKEN_BODY = "nonce=1616492376594";

  private BenchKeys() {}
}
