package dev.signet.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * User CPU time of the benchmark JVM's Java threads per operation ({@code cpu.user.norm}, ns/op):
 * on a noisy 2-core machine steadier than wall time. Use: {@code -prof dev.signet.bench.UserCpuProfiler}.
 */
public final class UserCpuProfiler implements InternalProfiler {
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private long before;

  @Override
  public String getDescription() {
    return "user CPU time of all Java threads per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    before = totalUserNanos();
  }

  @Override
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
      IterationResult result) {
    long used = totalUserNanos() - before;
    long ops = result.getMetadata().getMeasuredOps();
    double perOp = ops == 0 ? Double.NaN : (double) used / ops;
    return List.of(new ScalarResult("cpu.user.norm", perOp, "ns/op", AggregationPolicy.AVG));
  }

  private long totalUserNanos() {
    long sum = 0;
    for (long id : threads.getAllThreadIds()) {
      long t = threads.getThreadUserTime(id);
      if (t > 0) {
        sum += t;
      }
    }
    return sum;
  }
}
