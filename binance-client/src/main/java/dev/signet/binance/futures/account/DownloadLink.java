package dev.signet.binance.futures.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.time.Instant;

/**
 * The link of an asynchronous history download: {@code GET /fapi/v1/income/asyn/id}, {@code order/asyn/id}
 * and {@code trade/asyn/id}, every field the docs list. While Binance is {@link DownloadStatus#PROCESSING}
 * the url is empty and the expiration is {@code -1} ms; a link lasts 24 hours.
 *
 * <pre>{@code
 * DownloadLink link = client.futures().downloads().incomeDownloadLink("545923594199212032");
 * if (link.status() == DownloadStatus.COMPLETED) { fetch(link.url()); }
 * }</pre>
 *
 * <p>Every field the docs always send is required: a missing or null one fails the decode
 * naming it; the others are null when Binance leaves them out.
 *
 * @param downloadId the download id
 * @param status {@code completed} or {@code processing}
 * @param url the link, empty while processing
 * @param s3Link a second link, or null (Binance sends null or leaves it out)
 * @param notified the docs say to ignore it
 * @param expirationTimestamp when the link stops working ({@code -1} ms, just before the epoch, while processing)
 * @param isExpired whether the link expired, or null (the docs' examples send null)
 */
public record DownloadLink(
    String downloadId,
    DownloadStatus status,
    String url,
    String s3Link,
    @JsonProperty(required = true) boolean notified,
    Instant expirationTimestamp,
    Boolean isExpired) {
  /**
   * Checks the required fields are present.
   *
   * @param downloadId the download id
   * @param status {@code completed} or {@code processing}
   * @param url the link, empty while processing
   * @param s3Link a second link, or null (Binance sends null or leaves it out)
   * @param notified the docs say to ignore it
   * @param expirationTimestamp when the link stops working ({@code -1} ms, just before the epoch, while processing)
   * @param isExpired whether the link expired, or null (the docs' examples send null)
   */
  public DownloadLink {
    Required.field(downloadId, "downloadId");
    Required.field(status, "status");
    Required.field(url, "url");
    Required.field(expirationTimestamp, "expirationTimestamp");
  }
}
