package dev.signet.redis;

import dev.signet.apicheck.PublicApi;
import org.junit.jupiter.api.Test;

/** The exported API of dev.signet.redis equals the committed {@code api/} baseline; see {@link PublicApi}. */
class PublicApiTest {
  @Test
  void exportedApiMatchesTheBaseline() throws Exception {
    PublicApi.assertMatchesBaseline();
  }
}
