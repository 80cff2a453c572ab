package dev.signet.binance.internal;

import dev.signet.core.Endpoint;
import dev.signet.core.Security;

/** Endpoints used by more than one class (the facades and the clock sync). Not API. */
public final class BinanceEndpoints {
  /** {@code GET /api/v3/time}, weight 1. */
  public static final Endpoint SPOT_TIME = new Endpoint("GET", "/api/v3/time", Security.PUBLIC, 1);
  /** {@code GET /fapi/v1/time}, weight 1. */
  public static final Endpoint FUTURES_TIME = new Endpoint("GET", "/fapi/v1/time", Security.PUBLIC, 1);

  private BinanceEndpoints() {}
}
