package dev.signet.core.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many threads signing with one {@link Hmac} get exactly what one thread gets. A Mac shared
 * without a per-thread copy mixes messages under contention, and this test then fails.
 */
class HmacConcurrencyTest {
  private static final int THREADS = 8;
  private static final int MESSAGES = 2_000;

  @Test
  void manyThreadsOneInstanceSameResultsAsOneThread() throws Exception {
    assertSameResultsAsOneThread(Hmac.sha256("Jefe".getBytes(StandardCharsets.US_ASCII)));
    assertSameResultsAsOneThread(Hmac.sha512("Jefe".getBytes(StandardCharsets.US_ASCII)));
  }

  private static void assertSameResultsAsOneThread(Hmac hmac) throws Exception {
    byte[][] messages = new byte[MESSAGES][];
    String[] expected = new String[MESSAGES];
    for (int i = 0; i < MESSAGES; i++) {
      messages[i] = ("symbol=BTCUSDT&quantity=" + i + "&timestamp=" + (1_499_827_319_559L + i)).getBytes(StandardCharsets.US_ASCII);
      expected[i] = SignatureText.hex(hmac.sign(messages[i]));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String[]>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t * 97;
        Callable<String[]> job = () -> {
          start.await();
          String[] out = new String[MESSAGES];
          for (int n = 0; n < MESSAGES; n++) {
            int i = (n + offset) % MESSAGES;
            out[i] = SignatureText.hex(hmac.sign(messages[i]));
          }
          return out;
        };
        results.add(pool.submit(job));
      }
      start.countDown();
      for (Future<String[]> result : results) {
        assertThat(result.get(60, TimeUnit.SECONDS)).containsExactly(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
