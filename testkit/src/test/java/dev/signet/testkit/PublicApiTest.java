package dev.signet.testkit;

import dev.signet.apicheck.PublicApi;
import org.junit.jupiter.api.Test;

/** The exported API of dev.signet.testkit equals the committed {@code api/} baseline; see {@link PublicApi}. */
class PublicApiTest {
  @Test
  void exportedApiMatchesTheBaseline() throws Exception {
    PublicApi.assertMatchesBaseline();
  }
}
