package dev.signet.testkit;

import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.Ledger;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@link FakeKraken}'s Earn methods against the ledger. Every asset the fake holds a balance of has
 * one flexible strategy, id {@code FAKE-FLEX-<asset>} (e.g. {@code FAKE-FLEX-XXBT}): no fees, a
 * minimum of 0.0001, 1–3% APR, paid weekly. Earn/Strategies (JSON body; {@code asset} filters)
 * lists them; Earn/Allocate takes the amount out of the spot balance at once
 * ({@code EEarnings:Insufficient funds} when it is not there) and Earn/Deallocate puts it back
 * (at most what is allocated); both are done when answered, so Earn/AllocateStatus and
 * Earn/DeallocateStatus answer {@code pending=false}; Earn/Allocations lists the allocated
 * strategies with their amounts in the asset and converted at the price of the asset's first pair
 * (1 for an asset with no pair).
 */
final class KrakenEarnRoutes {
  private static final String PREFIX = "FAKE-FLEX-";
  private static final BigDecimal MINIMUM = new BigDecimal("0.0001");

  private final Ledger ledger;
  private final KrakenPairs pairs;
  private final Map<String, BigDecimal> allocated = new LinkedHashMap<>();

  KrakenEarnRoutes(Ledger ledger, KrakenPairs pairs) {
    this.ledger = ledger;
    this.pairs = pairs;
  }

  /** Puts this class's methods into the fake's private table, by method name ({@code Earn/Allocate}). */
  void register(Map<String, KrakenMethod> privateMethods) {
    privateMethods.put("Earn/Strategies", this::strategies);
    privateMethods.put("Earn/Allocations", this::allocations);
    privateMethods.put("Earn/Allocate", p -> move(p, true));
    privateMethods.put("Earn/Deallocate", p -> move(p, false));
    privateMethods.put("Earn/AllocateStatus", this::status);
    privateMethods.put("Earn/DeallocateStatus", this::status);
  }

  private Object strategies(Map<String, String> p) throws KrakenError {
    JsonNode body = p.containsKey("_json") ? KrakenOrders.readJson(p.get("_json")) : null;
    String asset = body != null && body.path("asset").isString() ? body.path("asset").asString() : null;
    List<Object> items = new ArrayList<>();
    for (String a : ledger.balances().keySet()) {
      if (asset == null || asset.equals(a) || asset.equals(KrakenPairs.assetAltname(a))) {
        items.add(strategy(a));
      }
    }
    Map<String, Object> out = Json.object();
    out.put("items", items);
    out.put("next_cursor", null);
    return out;
  }

  private static Map<String, Object> strategy(String asset) {
    Map<String, Object> s = Json.object();
    s.put("id", PREFIX + asset);
    s.put("asset", asset);
    s.put("lock_type", Map.of("type", "flex", "payout_frequency", 604800));
    s.put("apr_estimate", Map.of("low", "0.0100", "high", "0.0300"));
    s.put("user_min_allocation", MINIMUM.toPlainString());
    s.put("allocation_fee", "0");
    s.put("deallocation_fee", "0");
    s.put("auto_compound", Map.of("type", "enabled"));
    s.put("yield_source", Map.of("type", "staking"));
    s.put("can_allocate", true);
    s.put("can_deallocate", true);
    s.put("allocation_restriction_info", List.of());
    return s;
  }

  private synchronized Object move(Map<String, String> p, boolean allocate) throws KrakenError {
    String asset = asset(p);
    BigDecimal amount = KrakenFundingRoutes.positive(p, "amount");
    if (amount.compareTo(MINIMUM) < 0) {
      throw new KrakenError("EEarnings:Below min:(De)allocation operation amount less than minimum");
    }
    BigDecimal held = allocated.getOrDefault(asset, BigDecimal.ZERO);
    try {
      if (allocate) {
        ledger.debit(asset, amount);
        allocated.put(asset, held.add(amount));
      } else if (amount.compareTo(held) > 0) {
        throw new KrakenError("EEarnings:Insufficient funds");
      } else {
        allocated.put(asset, held.subtract(amount));
        ledger.deposit(asset, amount);
      }
    } catch (Ledger.Rejection r) {
      throw new KrakenError("EEarnings:Insufficient funds");
    }
    return true;
  }

  private Object status(Map<String, String> p) throws KrakenError {
    asset(p);
    return Map.of("pending", false);
  }

  private synchronized Object allocations(Map<String, String> p) {
    String converted = p.getOrDefault("converted_asset", "USD");
    boolean hideZero = "true".equals(p.get("hide_zero_allocations"));
    List<Object> items = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<String, BigDecimal> a : allocated.entrySet()) {
      if (hideZero && a.getValue().signum() == 0) {
        continue;
      }
      BigDecimal value = a.getValue().multiply(price(a.getKey()));
      total = total.add(value);
      Map<String, Object> item = Json.object();
      item.put("strategy_id", PREFIX + a.getKey());
      item.put("native_asset", a.getKey());
      item.put("amount_allocated", Map.of("total", amount(a.getValue(), value)));
      item.put("total_rewarded", amount(BigDecimal.ZERO, BigDecimal.ZERO));
      items.add(item);
    }
    Map<String, Object> out = Json.object();
    out.put("converted_asset", converted);
    out.put("total_allocated", total.toPlainString());
    out.put("total_rewarded", "0");
    out.put("items", items);
    return out;
  }

  private static Map<String, Object> amount(BigDecimal nativeAmount, BigDecimal converted) {
    Map<String, Object> out = Json.object();
    out.put("native", nativeAmount.toPlainString());
    out.put("converted", converted.toPlainString());
    return out;
  }

  /** The price of {@code asset}: that of the first pair with it as base, 1 when there is none. */
  private BigDecimal price(String asset) {
    return pairs.all().stream().filter(pair -> pair.base().equals(asset)).findFirst()
        .flatMap(pair -> ledger.findMarket(pair.altname())).map(Ledger.Market::price).orElse(BigDecimal.ONE);
  }

  private String asset(Map<String, String> p) throws KrakenError {
    String id = p.get("strategy_id");
    if (id == null || !id.startsWith(PREFIX) || !ledger.balances().containsKey(id.substring(PREFIX.length()))) {
      throw new KrakenError("EGeneral:Invalid arguments:strategy_id");
    }
    return id.substring(PREFIX.length());
  }
}
