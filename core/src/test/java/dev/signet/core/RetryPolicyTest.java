package dev.signet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The retry decision and the waits, exactly. */
class RetryPolicyTest {
  private static final Endpoint READ = Endpoint.get("/r").build();
  private static final Endpoint WRITE = Endpoint.post("/w").signed().write().build();
  private static final Endpoint ORDER = Endpoint.post("/o").signed().order(1, "cid").build();

  private static RetryPolicy exact(long initialMillis, long maxMillis) {
    return RetryPolicy.builder().initialBackoff(Duration.ofMillis(initialMillis))
        .maxBackoff(Duration.ofMillis(maxMillis)).jitter(0).build();
  }

  @Test
  void withoutJitterTheWaitsDoubleUpToTheCap() {
    RetryPolicy p = exact(100, 750);
    assertThat(p.backoff(1)).isEqualTo(Duration.ofMillis(100));
    assertThat(p.backoff(2)).isEqualTo(Duration.ofMillis(200));
    assertThat(p.backoff(3)).isEqualTo(Duration.ofMillis(400));
    assertThat(p.backoff(4)).isEqualTo(Duration.ofMillis(750));
    assertThat(p.backoff(20)).isEqualTo(Duration.ofMillis(750));
    assertThat(p.backoff(40)).as("the shift is bounded, no overflow").isEqualTo(Duration.ofMillis(750));
  }

  @Test
  void theDefaultsAre3Attempts200msTo2sIn20sWithHalfJitter() {
    RetryPolicy d = RetryPolicy.defaults();
    assertThat(d.maxAttempts()).isEqualTo(3);
    assertThat(d.deadline()).isEqualTo(Duration.ofSeconds(20));
    assertThat(d).hasToString("RetryPolicy{maxAttempts=3, backoff=PT0.2S..PT2S, jitter=0.5, deadline=PT20S}");
    for (int i = 0; i < 200; i++) {
      assertThat(d.backoff(1).toMillis()).isBetween(100L, 200L);
      assertThat(d.backoff(5).toMillis()).isBetween(1000L, 2000L);
    }
  }

  @Test
  void jitterTakesOffAtMostItsFractionAndSometimesSomething() {
    RetryPolicy p = RetryPolicy.builder().initialBackoff(Duration.ofMillis(1000)).maxBackoff(Duration.ofMillis(1000))
        .jitter(0.25).build();
    long min = Long.MAX_VALUE;
    long max = 0;
    for (int i = 0; i < 2000; i++) {
      long w = p.backoff(1).toMillis();
      min = Math.min(min, w);
      max = Math.max(max, w);
    }
    assertThat(min).isBetween(750L, 800L);
    assertThat(max).isBetween(950L, 1000L);
  }

  @Test
  void aOneMillisecondWaitIsExactAtTheDefaultJitterAndAtMostFullyTakenOffAtJitter1() {
    RetryPolicy half = RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(1)).build();
    RetryPolicy full = RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(1))
        .jitter(1).build();
    java.util.Set<Long> seen = new java.util.TreeSet<>();
    for (int i = 0; i < 200; i++) {
      assertThat(half.backoff(1)).as("half of 1 ms rounds to nothing").isEqualTo(Duration.ofMillis(1));
      seen.add(full.backoff(1).toMillis());
    }
    assertThat(seen).containsExactly(0L, 1L);
    assertThat(RetryPolicy.builder().initialBackoff(Duration.ZERO).maxBackoff(Duration.ZERO).build().backoff(3))
        .isEqualTo(Duration.ZERO);
  }

  @Test
  void maxAttemptsIsBetween1And20() {
    assertThat(RetryPolicy.builder().maxAttempts(1).build().maxAttempts()).isEqualTo(1);
    assertThat(RetryPolicy.builder().maxAttempts(20).build().maxAttempts()).isEqualTo(20);
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxAttempts 0 must be between 1 and 20.");
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(21))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxAttempts 21 must be between 1 and 20.");
  }

  @Test
  void jitterIsAFractionFrom0To1() {
    assertThat(RetryPolicy.builder().jitter(1).build()).hasToString(
        "RetryPolicy{maxAttempts=3, backoff=PT0.2S..PT2S, jitter=1.0, deadline=PT20S}");
    for (double bad : new double[] {-0.01, 1.01, Double.NaN}) {
      assertThatThrownBy(() -> RetryPolicy.builder().jitter(bad))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("jitter " + bad + " must be between 0 and 1.");
    }
  }

  @Test
  void backoffsAndDeadlineMustBeSensible() {
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofMillis(500))
        .maxBackoff(Duration.ofMillis(499)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxBackoff PT0.499S is shorter than initialBackoff PT0.5S.");
    assertThat(exact(500, 500).backoff(3)).as("max equal to initial is allowed").isEqualTo(Duration.ofMillis(500));
    assertThatThrownBy(() -> RetryPolicy.builder().deadline(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deadline");
    assertThat(RetryPolicy.builder().deadline(Duration.ZERO).build().deadline()).isEqualTo(Duration.ZERO);
  }

  @Test
  void nothingSentIsRetriedEvenForAnOrder() {
    ConnectFailedException refused = new ConnectFailedException("refused", new IOException("x"));
    RetryPolicy p = RetryPolicy.defaults();
    assertThat(p.retryable(ORDER, refused)).isTrue();
    assertThat(p.retryable(WRITE, refused)).isTrue();
    assertThat(p.retryable(READ, refused)).isTrue();
  }

  @Test
  void readsAreRetriedAfterTransientFailuresOnly() {
    RetryPolicy p = RetryPolicy.defaults();
    assertThat(p.retryable(READ, new TransportException("reset", new IOException("x")))).isTrue();
    assertThat(p.retryable(READ, new SignetTimeoutException("slow", new java.io.InterruptedIOException()))).isTrue();
    assertThat(p.retryable(READ, new MalformedResponseException("bad", 200, null))).isTrue();
    assertThat(p.retryable(READ, ExchangeApiException.unrecognised(503, ""))).isTrue();
    assertThat(p.retryable(READ, ExchangeApiException.unrecognised(429, ""))).isTrue();
    assertThat(p.retryable(READ, ExchangeApiException.unrecognised(400, ""))).isFalse();
    assertThat(p.retryable(READ, ExchangeApiException.unrecognised(404, ""))).isFalse();
    assertThat(p.retryable(READ, new CircuitOpenException("open", null))).isFalse();
    assertThat(p.retryable(READ, new RateLimitedException("limited", Duration.ofSeconds(1)))).isFalse();
    assertThat(p.retryable(READ, new SignetException("other"))).isFalse();
  }

  @Test
  void writesAndOrdersAreNotRetriedOnceTheyMayHaveArrived() {
    RetryPolicy p = RetryPolicy.defaults();
    for (Endpoint e : new Endpoint[] {WRITE, ORDER}) {
      assertThat(p.retryable(e, new TransportException("reset", new IOException("x")))).isFalse();
      assertThat(p.retryable(e, new MalformedResponseException("bad", 200, null))).isFalse();
      assertThat(p.retryable(e, ExchangeApiException.unrecognised(503, ""))).isFalse();
    }
  }
}
