package dev.signet.binance.futures;

import dev.signet.binance.internal.BinanceHttp;
import dev.signet.core.Endpoint;
import dev.signet.core.Params;
import dev.signet.core.Security;
import dev.signet.core.SignetJson;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * Binance USD-M Futures REST ({@code /fapi}): typed calls plus an escape hatch for any endpoint.
 * A thin, stateless view over the client's shared connection pool and signer; get it from
 * {@code BinanceClient.futures()}. Thread-safe.
 *
 * <pre>{@code
 * List<Income> income = client.futures().income(IncomeQuery.builder().symbol("BTCUSDT").build());
 * JsonNode any = client.futures().signed("GET", "/fapi/v1/income", Params.of("symbol", "BTCUSDT"));
 * }</pre>
 */
public final class BinanceFutures {
  static final Endpoint TIME = dev.signet.binance.internal.BinanceEndpoints.FUTURES_TIME;
  static final Endpoint INCOME = new Endpoint("GET", "/fapi/v1/income", Security.SIGNED, 30);
  private static final JavaType INCOME_LIST =
      SignetJson.mapper().getTypeFactory().constructCollectionType(List.class, Income.class);

  private final BinanceHttp http;

  /** For {@code BinanceClient}; users call {@code client.futures()}. */
  public BinanceFutures(BinanceHttp http) {
    this.http = Objects.requireNonNull(http, "http");
  }

  /** {@code GET /fapi/v1/time}: the futures server's time in epoch milliseconds. Weight 1. */
  public long serverTime() {
    return http.serverTime(TIME);
  }

  /** {@code GET /fapi/v1/income}: income history, newest last. Weight 30. */
  public List<Income> income(IncomeQuery query) {
    Objects.requireNonNull(query, "query");
    return List.copyOf(http.<List<Income>>call(INCOME, query.toParams(), INCOME_LIST));
  }

  /**
   * Any SIGNED futures endpoint: {@code params} in the given order, then {@code timestamp} and
   * {@code signature}. GET and DELETE send them in the query, POST and PUT in a form body.
   */
  public JsonNode signed(String method, String path, Params params) {
    return http.raw(method, path, params, Security.SIGNED);
  }

  /** Any public futures endpoint, e.g. {@code publicCall("GET", "/fapi/v1/depth", Params.of("symbol", "BTCUSDT"))}. */
  public JsonNode publicCall(String method, String path, Params params) {
    return http.raw(method, path, params, Security.PUBLIC);
  }
}
