package dev.signet.bench;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The paired method shared by {@link PairedCallBenchmarks} and {@link PairedDecodeBenchmarks}: each
 * invocation runs a block of the lower bound ("raw") and a block of Signet back to back on the same
 * thread, alternating which goes first, and charges each block the calling thread's CPU time and
 * allocated bytes ({@code ThreadMXBean}). The public fields are JMH auxiliary counters, summed per
 * iteration; {@link Report} turns them into ratios.
 *
 * <p>Example: {@code costs.pair(bh, 200, s::rawBinanceAccountPrebuilt, s::signetBinanceAccount);}
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class PairedCosts {
  private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** Thread CPU of the lower-bound blocks, ns. */
  public long rawNanos;
  /** Thread CPU of the Signet blocks, ns. */
  public long signetNanos;
  /** Bytes allocated by the lower-bound blocks. */
  public long rawBytes;
  /** Bytes allocated by the Signet blocks. */
  public long signetBytes;
  /** Operations (calls, decodes) run on each side. */
  public long calls;

  private boolean signetFirst;

  /** Counters start at zero in every iteration. */
  @Setup(Level.Iteration)
  public void reset() {
    rawNanos = 0;
    signetNanos = 0;
    rawBytes = 0;
    signetBytes = 0;
    calls = 0;
  }

  /** One operation of either side. */
  @FunctionalInterface
  public interface Work {
    /**
     * Runs the operation once.
     *
     * @return its result, handed to the blackhole
     * @throws IOException when a call fails
     */
    Object run() throws IOException;
  }

  /**
   * Both blocks of {@code block} operations, in alternating order from one invocation to the next.
   *
   * @param bh the blackhole that consumes every result
   * @param block operations per block
   * @param raw the lower bound
   * @param signet Signet's side
   * @throws IOException when a call fails
   */
  public void pair(Blackhole bh, int block, Work raw, Work signet) throws IOException {
    signetFirst = !signetFirst;
    if (signetFirst) {
      block(bh, block, signet, true);
      block(bh, block, raw, false);
    } else {
      block(bh, block, raw, false);
      block(bh, block, signet, true);
    }
    calls += block;
  }

  private void block(Blackhole bh, int block, Work work, boolean signet) throws IOException {
    long t = THREADS.getCurrentThreadCpuTime();
    long b = THREADS.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < block; i++) {
      bh.consume(work.run());
    }
    long nanos = THREADS.getCurrentThreadCpuTime() - t;
    long bytes = THREADS.getCurrentThreadAllocatedBytes() - b;
    if (signet) {
      signetNanos += nanos;
      signetBytes += bytes;
    } else {
      rawNanos += nanos;
      rawBytes += bytes;
    }
  }
}
