package dev.signet.binance.futures;

import dev.signet.binance.futures.account.DownloadId;
import dev.signet.binance.futures.account.DownloadLink;
import dev.signet.binance.internal.BinanceHost;
import dev.signet.binance.internal.FuturesEndpoints;
import dev.signet.binance.internal.TimeWindow;
import dev.signet.binance.internal.WalletChecks;
import dev.signet.core.Decoder;
import dev.signet.core.Endpoint;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The USD-M Futures asynchronous history downloads ({@code /fapi/v1/income|order|trade/asyn},
 * USER_DATA): ask for a download id over a window of at most a year, then poll its link until it is
 * {@code completed}. Each id costs weight 1000 and Binance allows 10 a month (shared with the web
 * page); each link query costs 10. Get it from {@code client.futures().downloads()}. Windows and ids
 * are checked before anything is sent. Stateless and thread-safe.
 *
 * <pre>{@code
 * DownloadId id = client.futures().downloads().incomeDownloadId(from, from.plus(Duration.ofDays(90)));
 * DownloadLink link = client.futures().downloads().incomeDownloadLink(id.downloadId());
 * }</pre>
 */
public final class FuturesDownloads {
  /** Windows must be shorter than this (Binance: at most a year). */
  public static final Duration MAX_WINDOW = Duration.ofDays(365);
  private static final Decoder<DownloadId> ID = Decoder.of(DownloadId.class);
  private static final Decoder<DownloadLink> LINK = Decoder.of(DownloadLink.class);

  private final BinanceHost host;

  FuturesDownloads(BinanceHost host) {
    this.host = Objects.requireNonNull(host, "host");
  }

  private DownloadId id(Endpoint endpoint, Instant startTime, Instant endTime) {
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(endTime, "endTime");
    new TimeWindow(startTime, endTime).check(TimeWindow.Span.lessThan(MAX_WINDOW));
    return host.execute(Operation.of(endpoint, Params.empty().add("startTime", startTime).add("endTime", endTime), ID));
  }

  private DownloadLink link(Endpoint endpoint, String downloadId) {
    String id = WalletChecks.required(downloadId, "downloadId", "the downloadId the matching ...DownloadId call returned");
    return host.execute(Operation.of(endpoint, Params.of("downloadId", id), LINK));
  }

  /**
   * {@code GET /fapi/v1/income/asyn}: a download of the income history. Weight 1000.
   *
   * @param startTime the window's start
   * @param endTime the window's end, less than {@link #MAX_WINDOW} after the start
   * @return the download id
   * @throws IllegalArgumentException when the window is out of order or longer than a year (nothing is sent)
   */
  public DownloadId incomeDownloadId(Instant startTime, Instant endTime) {
    return id(FuturesEndpoints.INCOME_DOWNLOAD_ID, startTime, endTime);
  }

  /**
   * {@code GET /fapi/v1/order/asyn}: a download of the order history. Weight 1000.
   *
   * @param startTime the window's start
   * @param endTime the window's end, less than {@link #MAX_WINDOW} after the start
   * @return the download id
   * @throws IllegalArgumentException when the window is out of order or longer than a year (nothing is sent)
   */
  public DownloadId orderDownloadId(Instant startTime, Instant endTime) {
    return id(FuturesEndpoints.ORDER_DOWNLOAD_ID, startTime, endTime);
  }

  /**
   * {@code GET /fapi/v1/trade/asyn}: a download of the trade history. Weight 1000.
   *
   * @param startTime the window's start
   * @param endTime the window's end, less than {@link #MAX_WINDOW} after the start
   * @return the download id
   * @throws IllegalArgumentException when the window is out of order or longer than a year (nothing is sent)
   */
  public DownloadId tradeDownloadId(Instant startTime, Instant endTime) {
    return id(FuturesEndpoints.TRADE_DOWNLOAD_ID, startTime, endTime);
  }

  /**
   * {@code GET /fapi/v1/income/asyn/id}: the link of an income download. Weight 10.
   *
   * @param downloadId the id {@link #incomeDownloadId} returned
   * @return the link, or its processing state
   * @throws IllegalArgumentException when the id is null or blank (nothing is sent)
   */
  public DownloadLink incomeDownloadLink(String downloadId) {
    return link(FuturesEndpoints.INCOME_DOWNLOAD_LINK, downloadId);
  }

  /**
   * {@code GET /fapi/v1/order/asyn/id}: the link of an order download. Weight 10.
   *
   * @param downloadId the id {@link #orderDownloadId} returned
   * @return the link, or its processing state
   * @throws IllegalArgumentException when the id is null or blank (nothing is sent)
   */
  public DownloadLink orderDownloadLink(String downloadId) {
    return link(FuturesEndpoints.ORDER_DOWNLOAD_LINK, downloadId);
  }

  /**
   * {@code GET /fapi/v1/trade/asyn/id}: the link of a trade download. Weight 10.
   *
   * @param downloadId the id {@link #tradeDownloadId} returned
   * @return the link, or its processing state
   * @throws IllegalArgumentException when the id is null or blank (nothing is sent)
   */
  public DownloadLink tradeDownloadLink(String downloadId) {
    return link(FuturesEndpoints.TRADE_DOWNLOAD_LINK, downloadId);
  }
}
