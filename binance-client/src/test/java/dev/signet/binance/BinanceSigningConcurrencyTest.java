package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One credential of each key type, signed with from many threads at once, still gives the published vectors. */
class BinanceSigningConcurrencyTest {
  private static final String SPOT_ORDER =
      "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559";
  private static final String ED25519_PAYLOAD =
      "timeInForce=GTC&quantity=0.2&price=30000&symbol=BTCUSDT&side=SELL&type=LIMIT&timestamp=1683189275000";

  @Test
  void hmacRsaAndEd25519FromManyThreads() throws Exception {
    BinanceCredentials hmac = BinanceCredentials.hmac(TestData.DOCS_API_KEY, TestData.FAQ_SECRET);
    BinanceCredentials rsa = BinanceCredentials.rsa("key", TestData.resource("vectors/binance-rsa-test-key.pem"));
    BinanceCredentials ed = BinanceCredentials.ed25519("key", TestData.resource("vectors/binance-ed25519-test-key.pem"));
    String hmacSignature = "c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71";
    String rsaSignature = "uz2xmNkOf1EEsnZoWGraxR13F4jF9JYdC68uvWqYyjFyjwDgcoiMRm23UqsxWkmA208smu7TuGVxm1cWoZa/5fLQ2T/Rc"
        + "fLW9sokNWDzf1vM/xEpSmQEsSyIzd/c0pMWGsUkXsYpIarp3e/KSFzgwI73qZfbalBRkkK7u3dLWRVRk4kmEVf6dQUWMyXC44X8LB0M1XFrhkqc"
        + "FYdcP9NcaCZCvb8nzG/nyUPtCJdBxVn8MMgXaVCM8DIbSrUBT0ZUxFQ3gTSd929LR1Tp6P2y4pHiWSElW5nJZYRRn2zUFt4xH7wvVKvuuEi8HH0"
        + "Dusf6KBcWq8/3viAcRUh1Cj4fsQ==";
    String edSignature = "kJs8urXFQ/GkR/hQ+ukZMFwH9H8oe7Ec/sap6pFIB/7HHHoh5mKVQT1zLVaRl7QdJLjNB2QB4PGZPflubUCHBA==";
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 6; t++) {
        results.add(pool.submit(() -> {
          start.await();
          boolean same = true;
          for (int i = 0; i < 40; i++) {
            same &= hmac.sign(SPOT_ORDER).equals(hmacSignature);
            same &= rsa.sign(SPOT_ORDER).equals(rsaSignature);
            same &= ed.sign(ED25519_PAYLOAD).equals(edSignature);
          }
          return same;
        }));
      }
      start.countDown();
      for (Future<Boolean> result : results) {
        assertThat(result.get(60, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
