package dev.signet.bench;

import dev.signet.binance.spot.Account;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;

/**
 * 64 threads on one client: Signet's signed calls against the prebuilt raw lower bound, over both
 * transports of {@link CallBenchmarks} (with in-memory sockets the client's own CPU and locks are the
 * only limit; over loopback the server shares the 2 cores).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(64)
public class ConcurrencyBenchmarks {
  /** Lower bound at 64 threads. */
  @Benchmark
  public JsonNode raw64(CallBenchmarks state) throws IOException {
    return state.rawBinanceAccountPrebuilt();
  }

  /** Signet at 64 threads: no lock on the Binance hot path. */
  @Benchmark
  public Account signet64(CallBenchmarks state) {
    return state.signetBinanceAccount();
  }
}
