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

  // Checked row by row against the wallet and sub-account docs on 2026-11 (developers.binance.com pages
  // as captured 2025-11-08, and binance-connector-java wallet 6.1.0 of 2026-08-10 / sub-account 7.0.0 of
  // 2026-07-29, whose javadoc carries the same pages' "Request Weight"): where they differ the newer wins.

  // System (security NONE)
  /** {@code GET /sapi/v1/system/status}: public, IP 1. */
  public static final Endpoint SYSTEM_STATUS = ROWS.row(Endpoint.get("/sapi/v1/system/status").limit(IP).weight(1).build());
  // Capital: coins, deposits, withdrawals
  /** {@code GET /sapi/v1/capital/config/getall}: IP 10. */
  public static final Endpoint COINS = ROWS.row(
      Endpoint.get("/sapi/v1/capital/config/getall").signed().limit(IP).weight(10).build());
  /** {@code GET /sapi/v1/capital/deposit/address}: IP 10. */
  public static final Endpoint DEPOSIT_ADDRESS = ROWS.row(
      Endpoint.get("/sapi/v1/capital/deposit/address").signed().limit(IP).weight(10).build());
  /** {@code GET /sapi/v1/capital/deposit/address/list}: IP 10. */
  public static final Endpoint DEPOSIT_ADDRESSES = ROWS.row(
      Endpoint.get("/sapi/v1/capital/deposit/address/list").signed().limit(IP).weight(10).build());
  /** {@code GET /sapi/v1/capital/deposit/hisrec}: IP 1. */
  public static final Endpoint DEPOSIT_HISTORY = ROWS.row(
      Endpoint.get("/sapi/v1/capital/deposit/hisrec").signed().limit(IP).weight(1).build());
  /** {@code POST /sapi/v1/capital/deposit/credit-apply}: a write, IP 1 (row added 2026-11: it was missing). */
  public static final Endpoint DEPOSIT_CREDIT = ROWS.row(
      Endpoint.post("/sapi/v1/capital/deposit/credit-apply").signed().write().limit(IP).weight(1).build());
  /** {@code POST /sapi/v1/capital/withdraw/apply}: a write never resent once it may have arrived, UID 900. */
  public static final Endpoint WITHDRAW = ROWS.row(
      Endpoint.post("/sapi/v1/capital/withdraw/apply").signed().write("withdrawOrderId").limit(UID).weight(900).build());
  /** {@code GET /sapi/v1/capital/withdraw/history}: UID 18000, and at most 10 requests a second. */
  public static final Endpoint WITHDRAW_HISTORY = ROWS.row(
      Endpoint.get("/sapi/v1/capital/withdraw/history").signed().limit(UID).weight(18000).build());
  /** {@code GET /sapi/v1/capital/withdraw/address/list}: IP 10. */
  public static final Endpoint WITHDRAW_ADDRESSES = ROWS.row(
      Endpoint.get("/sapi/v1/capital/withdraw/address/list").signed().limit(IP).weight(10).build());
  /** {@code GET /sapi/v1/capital/withdraw/quota}: IP 10. */
  public static final Endpoint WITHDRAW_QUOTA = ROWS.row(
      Endpoint.get("/sapi/v1/capital/withdraw/quota").signed().limit(IP).weight(10).build());
  // Asset. POST asset/transfer: UID 300 in the 2026-08 connector (the 2025-11 page and the catalog's S4 said 900).
  /** {@code POST /sapi/v1/asset/transfer}: a write, UID 300. */
  public static final Endpoint ASSET_TRANSFER = ROWS.row(
      Endpoint.post("/sapi/v1/asset/transfer").signed().write().limit(UID).weight(300).build());
  /** {@code GET /sapi/v1/asset/transfer}: IP 1. */
  public static final Endpoint ASSET_TRANSFER_HISTORY = ROWS.row(
      Endpoint.get("/sapi/v1/asset/transfer").signed().limit(IP).weight(1).build());
  /** {@code GET /sapi/v1/asset/tradeFee}: IP 1. */
  public static final Endpoint TRADE_FEE = ROWS.row(
      Endpoint.get("/sapi/v1/asset/tradeFee").signed().limit(IP).weight(1).build());
  // Account
  /** {@code GET /sapi/v1/account/status}: IP 1. */
  public static final Endpoint ACCOUNT_STATUS = ROWS.row(
      Endpoint.get("/sapi/v1/account/status").signed().limit(IP).weight(1).build());
  /** {@code GET /sapi/v1/account/apiTradingStatus}: IP 1. */
  public static final Endpoint API_TRADING_STATUS = ROWS.row(
      Endpoint.get("/sapi/v1/account/apiTradingStatus").signed().limit(IP).weight(1).build());
  /** {@code GET /sapi/v1/account/apiRestrictions}: IP 1. */
  public static final Endpoint API_RESTRICTIONS = ROWS.row(
      Endpoint.get("/sapi/v1/account/apiRestrictions").signed().limit(IP).weight(1).build());
  // Sub-accounts
  /** {@code GET /sapi/v1/sub-account/list}: IP 1. */
  public static final Endpoint SUB_ACCOUNTS = ROWS.row(
      Endpoint.get("/sapi/v1/sub-account/list").signed().limit(IP).weight(1).build());
  /** {@code GET /sapi/v1/sub-account/status}: IP 10. */
  public static final Endpoint SUB_ACCOUNT_STATUS = ROWS.row(
      Endpoint.get("/sapi/v1/sub-account/status").signed().limit(IP).weight(10).build());
  /** {@code GET /sapi/v3/sub-account/assets}: UID 60. */
  public static final Endpoint SUB_ACCOUNT_ASSETS_V3 = ROWS.row(
      Endpoint.get("/sapi/v3/sub-account/assets").signed().limit(UID).weight(60).build());
  /** {@code GET /sapi/v4/sub-account/assets}: UID 60. */
  public static final Endpoint SUB_ACCOUNT_ASSETS = ROWS.row(
      Endpoint.get("/sapi/v4/sub-account/assets").signed().limit(UID).weight(60).build());
  /**
   * {@code POST /sapi/v1/sub-account/universalTransfer}: a write carrying {@code clientTranId}. The docs
   * give both IP 1 and UID 360. Each SAPI endpoint has its own IP budget (12,000 a minute): the UID
   * budget (180,000) allows 500 of these a minute, which use 500 of this endpoint's IP budget, so the
   * IP limit can never bind first and the row counts UID only.
   */
  public static final Endpoint UNIVERSAL_TRANSFER = ROWS.row(
      Endpoint.post("/sapi/v1/sub-account/universalTransfer").signed().write("clientTranId").limit(UID).weight(360).build());
  /** {@code GET /sapi/v1/sub-account/universalTransfer}: IP 1. */
  public static final Endpoint UNIVERSAL_TRANSFER_HISTORY = ROWS.row(
      Endpoint.get("/sapi/v1/sub-account/universalTransfer").signed().limit(IP).weight(1).build());
  /** {@code POST /sapi/v1/sub-account/transfer/subToMaster}: a write, IP 1 (row added 2026-11: it was missing). */
  public static final Endpoint SUB_TO_MASTER = ROWS.row(
      Endpoint.post("/sapi/v1/sub-account/transfer/subToMaster").signed().write().limit(IP).weight(1).build());
  /** {@code POST /sapi/v1/sub-account/transfer/subToSub}: a write, IP 1 (row added 2026-11: it was missing). */
  public static final Endpoint SUB_TO_SUB = ROWS.row(
      Endpoint.post("/sapi/v1/sub-account/transfer/subToSub").signed().write().limit(IP).weight(1).build());
  /** {@code GET /sapi/v1/sub-account/transfer/subUserHistory}: IP 1. */
  public static final Endpoint SUB_TRANSFER_HISTORY = ROWS.row(
      Endpoint.get("/sapi/v1/sub-account/transfer/subUserHistory").signed().limit(IP).weight(1).build());
  /**
   * {@code GET /sapi/v1/capital/deposit/subAddress}: IP 1 (row added 2026-11: it was missing, so it
   * resolved as an unknown write and a read was never retried).
   */
  public static final Endpoint SUB_DEPOSIT_ADDRESS = ROWS.row(
      Endpoint.get("/sapi/v1/capital/deposit/subAddress").signed().limit(IP).weight(1).build());
  /** {@code GET /sapi/v1/capital/deposit/subHisrec}: IP 1 (row added 2026-11: it was missing). */
  public static final Endpoint SUB_DEPOSIT_HISTORY = ROWS.row(
      Endpoint.get("/sapi/v1/capital/deposit/subHisrec").signed().limit(IP).weight(1).build());

  static {
    // Asset endpoints not typed yet
    ROWS.add(Endpoint.post("/sapi/v1/asset/dust").signed().write().limit(UID).weight(10).build());
    // dust-btc, get-funding-asset and getUserAsset are POSTs that only read.
    ROWS.add(Endpoint.post("/sapi/v1/asset/dust-btc").signed().read().limit(IP).weight(1).build());
    ROWS.add(Endpoint.get("/sapi/v1/asset/dribblet").signed().limit(IP).weight(1).build());
    ROWS.add(Endpoint.get("/sapi/v1/asset/assetDividend").signed().limit(IP).weight(10).build());
    ROWS.add(Endpoint.get("/sapi/v1/asset/assetDetail").signed().limit(IP).weight(1).build());
    ROWS.add(Endpoint.post("/sapi/v1/asset/get-funding-asset").signed().read().limit(IP).weight(1).build());
    ROWS.add(Endpoint.post("/sapi/v3/asset/getUserAsset").signed().read().limit(IP).weight(5).build());
    ROWS.add(Endpoint.get("/sapi/v1/asset/wallet/balance").signed().limit(IP).weight(60).build());
    ROWS.add(Endpoint.get("/sapi/v1/account/info").signed().limit(IP).weight(1).build());
    ROWS.add(Endpoint.get("/sapi/v1/accountSnapshot").signed().limit(IP).weight(2400).build());
    ROWS.add(Endpoint.get("/sapi/v1/sub-account/spotSummary").signed().limit(IP).weight(1).build());
    ROWS.add(Endpoint.get("/sapi/v1/sub-account/sub/transfer/history").signed().limit(IP).weight(1).build());
  }

  /** The whole table; a {@code /sapi} path it does not list is a write of weight 1 against the IP. */
  public static final EndpointTable TABLE = ROWS.build();

  private SapiEndpoints() {}
}
