package dev.signet.binance.spot;

import dev.signet.binance.internal.BinanceHttp;
import dev.signet.core.Endpoint;
import dev.signet.core.Params;
import dev.signet.core.Security;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Binance Spot REST ({@code /api/v3}): typed calls plus an escape hatch for any endpoint. A thin,
 * stateless view over the client's shared connection pool and signer; get it from
 * {@code BinanceClient.spot()}. Thread-safe.
 *
 * <pre>{@code
 * Account account = client.spot().account();
 * long serverTime = client.spot().serverTime();
 * JsonNode any = client.spot().signed("GET", "/api/v3/account", Params.empty());
 * }</pre>
 */
public final class BinanceSpot {
  static final Endpoint TIME = new Endpoint("GET", "/api/v3/time", Security.PUBLIC, 1);
  static final Endpoint ACCOUNT = new Endpoint("GET", "/api/v3/account", Security.SIGNED, 20);

  private final BinanceHttp http;

  /** For {@code BinanceClient}; users call {@code client.spot()}. */
  public BinanceSpot(BinanceHttp http) {
    this.http = Objects.requireNonNull(http, "http");
  }

  /** {@code GET /api/v3/time}: the server's time in epoch milliseconds. Weight 1. */
  public long serverTime() {
    return http.serverTime(TIME);
  }

  /** {@code GET /api/v3/account}: balances, commissions and permissions. Weight 20. */
  public Account account() {
    return http.call(ACCOUNT, Params.empty(), Account.class);
  }

  /**
   * {@code GET /api/v3/account?omitZeroBalances=…}: as {@link #account()}, leaving out zero
   * balances when asked. Weight 20.
   */
  public Account account(boolean omitZeroBalances) {
    return http.call(ACCOUNT, Params.empty().add("omitZeroBalances", omitZeroBalances), Account.class);
  }

  /**
   * Any SIGNED spot endpoint: {@code params} are sent in the given order, then {@code timestamp}
   * and {@code signature} are appended. GET and DELETE send them in the query, POST and PUT in a
   * form body.
   *
   * @param method {@code GET}, {@code POST}, {@code PUT} or {@code DELETE}
   * @param path the endpoint path, e.g. {@code /api/v3/openOrders}
   */
  public JsonNode signed(String method, String path, Params params) {
    return http.raw(method, path, params, Security.SIGNED);
  }

  /** Any public (NONE security) spot endpoint, e.g. {@code publicCall("GET", "/api/v3/depth", Params.of("symbol", "BTCUSDT"))}. */
  public JsonNode publicCall(String method, String path, Params params) {
    return http.raw(method, path, params, Security.PUBLIC);
  }
}
