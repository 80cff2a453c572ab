package dev.signet.binance.futures.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;

/**
 * The id of an asynchronous history download: {@code GET /fapi/v1/income/asyn}, {@code order/asyn}
 * and {@code trade/asyn}. Ask for its link with the matching {@code ...DownloadLink(downloadId)}.
 *
 * <pre>{@code
 * DownloadId id = client.futures().downloads().incomeDownloadId(from, to);
 * DownloadLink link = client.futures().downloads().incomeDownloadLink(id.downloadId());
 * }</pre>
 *
 * <p>Every field the docs always send is required: a missing or null one fails the decode
 * naming it.
 *
 * @param avgCostTimestampOfLast30d how long downloads took on average over the last 30 days, in milliseconds
 * @param downloadId the download id
 */
public record DownloadId(
    @JsonProperty(required = true) long avgCostTimestampOfLast30d,
    String downloadId) {
  /**
   * Checks the required fields are present.
   *
   * @param avgCostTimestampOfLast30d how long downloads took on average over the last 30 days, in milliseconds
   * @param downloadId the download id
   */
  public DownloadId {
    Required.field(downloadId, "downloadId");
  }
}
