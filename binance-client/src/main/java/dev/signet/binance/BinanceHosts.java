package dev.signet.binance;

import dev.signet.binance.internal.BinanceHooks;
import dev.signet.binance.internal.BinanceHost;
import dev.signet.binance.internal.BinanceResponses;
import dev.signet.binance.internal.TimeSync;
import dev.signet.binance.internal.WeightTracker;
import dev.signet.core.Endpoint;
import dev.signet.core.EndpointTable;
import dev.signet.core.RateLimiter;
import dev.signet.core.internal.Breakers;
import dev.signet.core.internal.Credentials;
import dev.signet.core.internal.Executor;
import dev.signet.core.internal.HttpPool;
import dev.signet.core.internal.OffsetClock;
import dev.signet.core.internal.RequestSigner;
import dev.signet.core.limit.LimitKey;
import dev.signet.core.limit.LimitStore;
import java.time.Clock;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * Wires one Binance host from a {@link BinanceClient.Builder}: its signing clock (kept in step with
 * the server), rate limiter (policy over the builder's {@link LimitStore}, windows on the
 * exchange's time), signer, error mapping, time sync and executor. Not API.
 */
final class BinanceHosts {
  private BinanceHosts() {}

  static BinanceHost create(BinanceClient.Builder b, HttpPool http, HttpUrl url, Endpoint time,
      RateLimiter userLimiter, BinanceLimits limits, List<EndpointTable> tables) {
    OffsetClock clock = new OffsetClock(b.clock != null ? b.clock : Clock.systemUTC());
    RateLimiter limiter = userLimiter != null ? userLimiter : new WeightTracker(url.host(), b.credentials == null
        ? "public" : LimitKey.fingerprint(b.credentials.apiKey()), limits, b.maxRateLimitWait, b.ticker,
        b.limitStore != null ? b.limitStore : LimitStore.inProcess(), WeightTracker.exchangeTime(b.ticker, clock));
    RequestSigner signer = b.credentials == null ? null
        : RequestSigner.of("X-MBX-APIKEY", b.credentials.apiKey(), new BinanceSigner(b.credentials, clock, b.recvWindowMillis));
    BinanceResponses responses = new BinanceResponses(b.credentials == null
        ? "no key" : b.credentials.keyType() + " key " + Credentials.redact(b.credentials.apiKey()));
    TimeSync sync = b.credentials != null && b.clock == null ? new TimeSync(clock, time) : null;
    Executor executor = new Executor(http.client(), url, limiter, signer, "BinanceClient", responses, b.retryPolicy,
        b.circuitBreaker ? Breakers.forHost(url.host()) : null, new BinanceHooks(sync, b.recvWindowMillis != null), b.ticker);
    if (sync != null) {
      sync.attach(executor);
    }
    return new BinanceHost(executor, sync, tables);
  }
}
