package dev.signet.bench;

import dev.signet.binance.BinanceCredentials;
import dev.signet.kraken.KrakenCredentials;
import dev.signet.kraken.KrakenSigner;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Signatures alone: Signet against the JDK with every object reused (the lower bound). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SigningBenchmarks {
  static final String PAYLOAD =
      "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559";
  static final String KRAKEN_BODY = "nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25";

  private Mac hmac256;
  private Mac hmac512;
  private MessageDigest sha256;
  private BinanceCredentials binance;
  private KrakenSigner kraken;

  @Setup
  public void setUp() throws Exception {
    hmac256 = Mac.getInstance("HmacSHA256");
    hmac256.init(new SecretKeySpec(CallBenchmarks.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    hmac512 = Mac.getInstance("HmacSHA512");
    hmac512.init(new SecretKeySpec(Base64.getDecoder().decode(CallBenchmarks.KRAKEN_SECRET), "HmacSHA512"));
    sha256 = MessageDigest.getInstance("SHA-256");
    binance = BinanceCredentials.hmac(CallBenchmarks.API_KEY, CallBenchmarks.SECRET);
    kraken = new KrakenSigner(KrakenCredentials.of("key", CallBenchmarks.KRAKEN_SECRET), () -> 1L);
  }

  /** Lower bound: JDK HMAC-SHA256 with a reused {@code Mac}, hex-encoded. */
  @Benchmark
  public String jdkBinanceHmac() {
    return HexFormat.of().formatHex(hmac256.doFinal(PAYLOAD.getBytes(StandardCharsets.UTF_8)));
  }

  /** Signet's Binance HMAC signature of the same payload. */
  @Benchmark
  public String signetBinanceHmac() {
    return binance.sign(PAYLOAD);
  }

  /** Lower bound: Kraken API-Sign with reused {@code MessageDigest} and {@code Mac}. */
  @Benchmark
  public String jdkKrakenApiSign() {
    sha256.update("1616492376594".getBytes(StandardCharsets.UTF_8));
    byte[] hash = sha256.digest(KRAKEN_BODY.getBytes(StandardCharsets.UTF_8));
    hmac512.update("/0/private/AddOrder".getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(hmac512.doFinal(hash));
  }

  /** Signet's Kraken API-Sign of the same inputs. */
  @Benchmark
  public String signetKrakenApiSign() {
    return kraken.apiSign("/0/private/AddOrder", "1616492376594", KRAKEN_BODY);
  }
}
