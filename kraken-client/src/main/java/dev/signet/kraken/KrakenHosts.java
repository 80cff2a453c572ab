package dev.signet.kraken;

import dev.signet.core.RateLimiter;
import dev.signet.core.internal.BaseUrls;
import dev.signet.core.internal.Breakers;
import dev.signet.core.internal.Executor;
import dev.signet.core.internal.HttpPool;
import dev.signet.core.internal.RequestSigner;
import dev.signet.core.limit.LimitKey;
import dev.signet.core.limit.LimitStore;
import dev.signet.kraken.internal.KrakenCallCounter;
import dev.signet.kraken.internal.KrakenHooks;
import dev.signet.kraken.internal.KrakenHost;
import dev.signet.kraken.internal.KrakenResponses;
import dev.signet.kraken.internal.KrakenTradingCounter;
import java.time.Clock;
import okhttp3.HttpUrl;

/**
 * Wires the Kraken host from a {@link KrakenClient.Builder}'s {@link KrakenClientSettings}: the nonce source (the builder's, else
 * one in the limit store when there is one, else the millisecond clock), the call counter and the
 * per-pair trading counters (policy over the builder's {@link LimitStore}, else this process), the
 * signer and the executor. Not API.
 */
final class KrakenHosts {
  private KrakenHosts() {}

  static KrakenHost create(KrakenClientSettings b, HttpPool http) {
    KrakenCredentials credentials = b.credentials;
    String keyId = credentials == null ? "public" : LimitKey.fingerprint(credentials.apiKey());
    LimitStore store = b.limitStore != null ? b.limitStore : LimitStore.inProcess();
    KrakenNonceSource nonces = b.nonceSource != null ? b.nonceSource
        : b.limitStore != null && credentials != null
            ? KrakenNonceSource.fromStore(b.limitStore, credentials.apiKey(), Clock.systemUTC())
            : KrakenNonceSource.fromClock(Clock.systemUTC());
    HttpUrl url = BaseUrls.check(b.baseUrl, "baseUrl");
    RateLimiter limiter = b.rateLimiter != null ? b.rateLimiter
        : new KrakenCallCounter(b.tier, b.maxRateLimitWait, b.ticker, store, keyId);
    KrakenTradingCounter tradingCounter = b.tradingLimits
        ? new KrakenTradingCounter(b.tier, b.maxRateLimitWait, b.ticker, store, keyId) : null;
    RequestSigner signer = credentials == null ? null
        : RequestSigner.ordered("API-Key", credentials.apiKey(), new KrakenSigner(credentials, nonces));
    Executor executor = new Executor(http.client(), url, limiter, signer, "KrakenClient", new KrakenResponses(),
        b.retryPolicy, b.circuitBreaker ? Breakers.forHost(url.host()) : null, new KrakenHooks(tradingCounter), b.ticker);
    return new KrakenHost(executor, tradingCounter);
  }
}
