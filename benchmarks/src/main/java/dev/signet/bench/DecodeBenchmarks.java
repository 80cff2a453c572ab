package dev.signet.bench;

import dev.signet.binance.spot.Account;
import dev.signet.core.SignetJson;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Large responses: Signet's typed stream decode of an account with many balances (the largest
 * typed response today) against Jackson's own tree decode of the same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DecodeBenchmarks {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  /** Number of balances: 12 is the body the call benchmarks get; 30000 gives a body of about 2.5 MB. */
  @Param({"12", "30000"})
  public int balances;

  private byte[] body;

  @Setup
  public void setUp() {
    body = Bodies.account(balances).getBytes(StandardCharsets.UTF_8);
  }

  /** Lower bound: Jackson's tree decode from the byte stream. */
  @Benchmark
  public JsonNode jacksonTree() {
    return PLAIN.readTree(new ByteArrayInputStream(body));
  }

  /**
   * What hand-written code must do to hold the same money as {@code BigDecimal}: the tree decode,
   * then every balance's {@code free} and {@code locked} parsed (a fairer lower bound than the tree alone).
   */
  @Benchmark
  public BigDecimal jacksonTreeThenBigDecimal() {
    JsonNode root = PLAIN.readTree(new ByteArrayInputStream(body));
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode b : root.get("balances")) {
      sum = sum.add(new BigDecimal(b.get("free").asString())).add(new BigDecimal(b.get("locked").asString()));
    }
    return sum;
  }

  /** Signet: typed decode, streaming from the bytes into records with BigDecimal money. */
  @Benchmark
  public Account signetTyped() {
    return SignetJson.mapper().readValue(new ByteArrayInputStream(body), Account.class);
  }
}
