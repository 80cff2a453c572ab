package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.RecordingLimiter.Reservation;
import dev.signet.binance.futures.FuturesDownloads;
import dev.signet.binance.futures.account.DownloadId;
import dev.signet.binance.futures.account.DownloadLink;
import dev.signet.binance.futures.account.DownloadStatus;
import dev.signet.core.Endpoint.Kind;
import dev.signet.core.Endpoint.Limit;
import dev.signet.core.MalformedResponseException;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The futures history downloads: ids over a checked window, links by id, as sent, weighed and decoded. */
class FuturesDownloadsTest {
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  static final DownloadId DOCS_ID = new DownloadId(7241837, "546975389218332672");
  private final SapiCalls calls;

  FuturesDownloadsTest() throws Exception {
    calls = new SapiCalls();
  }

  @AfterEach
  void stop() {
    calls.close();
  }

  @Test
  void theThreeIdsSendTheWindowSigned() throws Exception {
    // three ids weigh 3,000, past the 2,400 a minute the built-in limiter allows: a recording limiter lets them through
    try (BinanceClient client = TestData.clientFor(calls.server).clock(SapiCalls.CLOCK)
        .rateLimiters(new RecordingLimiter(), new RecordingLimiter()).build()) {
      threeIds(client.futures().downloads());
    }
  }

  private void threeIds(FuturesDownloads d) throws Exception {
    calls.respondWith("futures_download_id.json");
    assertThat(d.incomeDownloadId(T0, T0.plus(FuturesDownloads.MAX_WINDOW).minusMillis(1))).isEqualTo(DOCS_ID);
    calls.assertSignedRequest("GET", "/fapi/v1/income/asyn", "startTime", "1767225600000", "endTime", "1798761599999");
    calls.respondWith("futures_download_id.json");
    assertThat(d.orderDownloadId(T0, T0.plusSeconds(1))).isEqualTo(DOCS_ID);
    calls.assertSignedRequest("GET", "/fapi/v1/order/asyn", "startTime", "1767225600000", "endTime", "1767225601000");
    calls.respondWith("futures_download_id.json");
    assertThat(d.tradeDownloadId(T0, T0)).isEqualTo(DOCS_ID);
    calls.assertSignedRequest("GET", "/fapi/v1/trade/asyn", "startTime", "1767225600000", "endTime", "1767225600000");
  }

  @Test
  void theProcessingExampleAsPublishedLacksACommaAndFailsNamingTheEndpoint() {
    calls.respond(TestData.jsonc("fixtures/futures_download_link_processing_as_published.json"));
    assertThatThrownBy(() -> calls.client.futures().downloads().orderDownloadLink("545923594199212032"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessage("GET /fapi/v1/order/asyn/id: the response (HTTP 200) could not be decoded: Unexpected character"
            + " ('\"' (code 34)): was expecting comma to separate Object entries");
  }

  @Test
  void theLinksDecodeTheCompletedAndTheProcessingExamples() throws Exception {
    FuturesDownloads d = calls.client.futures().downloads();
    calls.respondWith("futures_download_link.json");
    assertThat(d.incomeDownloadLink("545923594199212032")).isEqualTo(new DownloadLink("545923594199212032",
        DownloadStatus.COMPLETED, "www.binance.com", null, true, Instant.ofEpochMilli(1645009771000L), null));
    calls.assertSignedRequest("GET", "/fapi/v1/income/asyn/id", "downloadId", "545923594199212032");
    calls.respondWith("futures_download_link_processing.json");
    DownloadLink processing = d.orderDownloadLink("545923594199212032");
    calls.assertSignedRequest("GET", "/fapi/v1/order/asyn/id", "downloadId", "545923594199212032");
    assertThat(processing).isEqualTo(new DownloadLink("545923594199212032", DownloadStatus.PROCESSING, "", null, false,
        Instant.ofEpochMilli(-1), null));
    assertThat(processing.status()).isSameAs(DownloadStatus.PROCESSING);
    calls.respond("{\"downloadId\":\"1\",\"status\":\"failed\",\"url\":\"\",\"s3Link\":\"s3://x\",\"notified\":false,"
        + "\"expirationTimestamp\":0,\"isExpired\":true}");
    DownloadLink other = d.tradeDownloadLink("1");
    calls.assertSignedRequest("GET", "/fapi/v1/trade/asyn/id", "downloadId", "1");
    assertThat(other).extracting(l -> l.status().isKnown(), DownloadLink::s3Link, DownloadLink::isExpired)
        .containsExactly(false, "s3://x", true);
  }

  @Test
  void badWindowsAndIdsAreRefusedBeforeAnythingIsSent() {
    FuturesDownloads d = calls.client.futures().downloads();
    assertThatThrownBy(() -> d.tradeDownloadId(T0, T0.plus(FuturesDownloads.MAX_WINDOW)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("startTime 2026-01-01T00:00:00Z and endTime 2027-01-01T00:00:00Z are 365 days or more apart;"
            + " Binance accepts less than 365 days. Query in shorter ranges.");
    assertThatThrownBy(() -> d.incomeDownloadId(T0.plusSeconds(1), T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("startTime 2026-01-01T00:00:01Z is after endTime 2026-01-01T00:00:00Z; swap them.");
    assertThatThrownBy(() -> d.orderDownloadId(null, T0)).isInstanceOf(NullPointerException.class)
        .hasMessage("startTime");
    assertThatThrownBy(() -> d.incomeDownloadLink(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("downloadId is empty; pass the downloadId the matching ...DownloadId call returned.");
    assertThat(calls.server.getRequestCount()).isZero();
  }

  @Test
  void eachCallReservesTheWeightOfItsRowAndBadAnswersNameTheField() {
    RecordingLimiter futures = new RecordingLimiter();
    try (BinanceClient client = TestData.clientFor(calls.server).clock(SapiCalls.CLOCK)
        .rateLimiters(new RecordingLimiter(), futures).build()) {
      calls.respondWith("futures_download_id.json");
      calls.respondWith("futures_download_link.json");
      client.futures().downloads().incomeDownloadId(T0, T0);
      client.futures().downloads().incomeDownloadLink("1");
    }
    assertThat(futures.reservations).containsExactly(
        new Reservation("GET /fapi/v1/income/asyn", Kind.READ, Limit.IP_WEIGHT, 1000, 0),
        new Reservation("GET /fapi/v1/income/asyn/id", Kind.READ, Limit.IP_WEIGHT, 10, 0));
    calls.respond(TestData.jsonc("fixtures/futures_download_link.json").replace("\"completed\"", "null"));
    assertThatThrownBy(() -> calls.client.futures().downloads().incomeDownloadLink("1"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageStartingWith("GET /fapi/v1/income/asyn/id: the response (HTTP 200) could not be decoded: ")
        .hasMessageContaining("required field 'status' is missing or null");
    calls.respond("{\"avgCostTimestampOfLast30d\":7241837}");
    assertThatThrownBy(() -> calls.client.futures().downloads().orderDownloadId(T0, T0))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageStartingWith("GET /fapi/v1/order/asyn: the response (HTTP 200) could not be decoded: ")
        .hasMessageContaining("required field 'downloadId' is missing or null");
  }
}
