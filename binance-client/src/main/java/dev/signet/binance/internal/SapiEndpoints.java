package dev.signet.binance.internal;

import dev.signet.core.Endpoint;
import dev.signet.core.EndpointTable;

/**
 * The Binance SAPI endpoint table ({@code /sapi} on the Spot host: wallet, sub-accounts): every
 * row counts against its own per-endpoint budget, per IP ({@link Endpoint.Limit#SAPI_IP_WEIGHT},
 * 12,000 a minute) or per account ({@link Endpoint.Limit#SAPI_UID_WEIGHT}, 180,000 a minute), with
 * the weight the docs give as "Request Weight(IP)" or "Request Weight(UID)" (wallet and sub-account
 * REST docs as published in Binance's Java connector, wallet 6.1.0 of 2026-08-10). The wallet and
 * sub-account endpoints a bot uses are listed; any other {@code /sapi} path resolves as an unknown
 * write of weight 1 against the IP. Not API.
 *
 * <pre>{@code
 * Endpoint raw = SapiEndpoints.TABLE.resolve("GET", "/sapi/v1/capital/config/getall", Security.SIGNED);
 * }</pre>
 */
public final class SapiEndpoints {
  private static final Endpoint.Limit IP = Endpoint.Limit.SAPI_IP_WEIGHT;
  private static final Endpoint.Limit UID = Endpoint.Limit.SAPI_UID_WEIGHT;
  private static final EndpointTable.Builder ROWS = EndpointTable.builder("Binance SAPI", 1, IP);

  static {
    // System (security NONE)
    ROWS.add(Endpoint.get("/sapi/v1/system/status").limit(IP).weight(1).build());
    // Capital: coins, deposits, withdrawals
    ROWS.add(Endpoint.get("/sapi/v1/capital/config/getall").signed().limit(IP).weight(10).build());
    ROWS.add(Endpoint.get("/sapi/v1/capital/deposit/address").signed().limit(IP).weight(10).build());
    ROWS.add(Endpoint.get("/sapi/v1/capital/deposit/address/list").signed().limit(IP).weight(10).build());
    ROWS.add(Endpoint.get("/sapi/v1/capital/deposit/hisrec").signed().limit(IP).weight(1).build());
    ROWS.add(Endpoint.post("/sapi/v1/capital/withdraw/apply").signed().write().limit(UID).weight(900).build());
    // UID 18000, and at most 10 requests a second.
    ROWS.add(Endpoint.get("/sapi/v1/capital/withdraw/history").signed().limit(UID).weight(18000).build());
    ROWS.add(Endpoint.get("/sapi/v1/capital/withdraw/address/list").signed().limit(IP).weight(10).build());
    ROWS.add(Endpoint.get("/sapi/v1/capital/withdraw/quota").signed().limit(IP).weight(10).build());
    // Asset. POST asset/transfer: UID 300 in the 2026-08 docs (the older page and the catalog's S4 said 900).
    ROWS.add(Endpoint.post("/sapi/v1/asset/transfer").signed().write().limit(UID).weight(300).build());
    ROWS.add(Endpoint.get("/sapi/v1/asset/transfer").signed().limit(IP).weight(1).build());
    ROWS.add(Endpoint.post("/sapi/v1/asset/dust").signed().write().limit(UID).weight(10).build());
    // dust-btc, get-funding-asset and getUserAsset are POSTs that only read.
    ROWS.add(Endpoint.post("/sapi/v1/asset/dust-btc").signed().read().limit(IP).weight(1).build());
    ROWS.add(Endpoint.get("/sapi/v1/asset/dribblet").signed().limit(IP).weight(1).build());
    ROWS.add(Endpoint.get("/sapi/v1/asset/assetDividend").signed().limit(IP).weight(10).build());
    ROWS.add(Endpoint.get("/sapi/v1/asset/assetDetail").signed().limit(IP).weight(1).build());
    ROWS.add(Endpoint.get("/sapi/v1/asset/tradeFee").signed().limit(IP).weight(1).build());
    ROWS.add(Endpoint.post("/sapi/v1/asset/get-funding-asset").signed().read().limit(IP).weight(1).build());
    ROWS.add(Endpoint.post("/sapi/v3/asset/getUserAsset").signed().read().limit(IP).weight(5).build());
    ROWS.add(Endpoint.get("/sapi/v1/asset/wallet/balance").signed().limit(IP).weight(60).build());
    // Account
    ROWS.add(Endpoint.get("/sapi/v1/account/status").signed().limit(IP).weight(1).build());
    ROWS.add(Endpoint.get("/sapi/v1/account/apiTradingStatus").signed().limit(IP).weight(1).build());
    ROWS.add(Endpoint.get("/sapi/v1/account/apiRestrictions").signed().limit(IP).weight(1).build());
    ROWS.add(Endpoint.get("/sapi/v1/account/info").signed().limit(IP).weight(1).build());
    ROWS.add(Endpoint.get("/sapi/v1/accountSnapshot").signed().limit(IP).weight(2400).build());
    // Sub-accounts (master account)
    ROWS.add(Endpoint.get("/sapi/v1/sub-account/list").signed().limit(IP).weight(1).build());
    ROWS.add(Endpoint.get("/sapi/v1/sub-account/status").signed().limit(IP).weight(10).build());
    ROWS.add(Endpoint.get("/sapi/v3/sub-account/assets").signed().limit(UID).weight(60).build());
    ROWS.add(Endpoint.get("/sapi/v4/sub-account/assets").signed().limit(UID).weight(60).build());
    ROWS.add(Endpoint.get("/sapi/v1/sub-account/spotSummary").signed().limit(IP).weight(1).build());
    ROWS.add(Endpoint.get("/sapi/v1/sub-account/sub/transfer/history").signed().limit(IP).weight(1).build());
    ROWS.add(Endpoint.get("/sapi/v1/sub-account/transfer/subUserHistory").signed().limit(IP).weight(1).build());
    // The docs give both IP 1 and UID 360; the UID budget is the one that binds, so the row counts that.
    ROWS.add(Endpoint.post("/sapi/v1/sub-account/universalTransfer").signed().write().limit(UID).weight(360)
        .build());
    ROWS.add(Endpoint.get("/sapi/v1/sub-account/universalTransfer").signed().limit(IP).weight(1).build());
  }

  /** The whole table; a {@code /sapi} path it does not list is a write of weight 1 against the IP. */
  public static final EndpointTable TABLE = ROWS.build();

  private SapiEndpoints() {}
}
