package dev.signet.testkit;

import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.Ledger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One order list {@link FakeBinance} placed (OCO, OTO, OTOCO, OPO, OPOCO), its legs real orders on
 * the ledger. An OCO's two legs, and the pending pair of an OTOCO or OPOCO, are an OCO pair: when
 * one fills the other expires. The first leg of the OTO kinds is the working order; the others are
 * {@code PENDING_NEW} until it fills. The list is {@code EXEC_STARTED}/{@code EXECUTING} while a leg
 * is open, then {@code ALL_DONE}/{@code ALL_DONE}. Guarded by {@link SpotMatcher}'s lock.
 */
final class SpotOrderList {
  final long id;
  final String kind;
  final String listClientOrderId;
  final String symbol;
  /** The legs in the order Binance reports them: working first, then above before below. */
  final List<Ledger.Order> legs = new ArrayList<>();
  String listStatusType = "EXEC_STARTED";
  String listOrderStatus = "EXECUTING";
  long transactionTime;

  SpotOrderList(long id, String kind, String listClientOrderId, String symbol, long nowMillis) {
    this.id = id;
    this.kind = kind;
    this.listClientOrderId = listClientOrderId;
    this.symbol = symbol;
    this.transactionTime = nowMillis;
  }

  /** Whether the first leg triggers the others (OTO, OTOCO, OPO, OPOCO). */
  boolean triggered() {
    return !kind.equals("oco");
  }

  /** Whether the pending legs' quantity is what the working order received (OPO, OPOCO). */
  boolean paysOther() {
    return kind.startsWith("opo");
  }

  /** The working order of an OTO kind; null for an OCO. */
  Ledger.Order working() {
    return triggered() ? legs.get(0) : null;
  }

  /** The legs placed when the working order fills; empty for an OCO. */
  List<Ledger.Order> pending() {
    return triggered() ? legs.subList(1, legs.size()) : List.of();
  }

  /** The legs that cancel each other: both of an OCO, the pending pair of an OTOCO or OPOCO, else none. */
  List<Ledger.Order> ocoPair() {
    return !triggered() ? legs : legs.size() == 3 ? legs.subList(1, 3) : List.of();
  }

  /** Whether a leg is still open. */
  boolean isOpen() {
    return legs.stream().anyMatch(Ledger::isOpen);
  }

  /** Marks the list done once no leg is open. */
  void update(long nowMillis) {
    if (!isOpen() && !listStatusType.equals("ALL_DONE")) {
      listStatusType = "ALL_DONE";
      listOrderStatus = "ALL_DONE";
      transactionTime = nowMillis;
    }
  }

  /** The list's status in the documented JSON of {@code GET /api/v3/orderList}, without order reports. */
  Map<String, Object> json() {
    Map<String, Object> l = Json.object();
    l.put("orderListId", id);
    l.put("contingencyType", triggered() ? "OTO" : "OCO");
    l.put("listStatusType", listStatusType);
    l.put("listOrderStatus", listOrderStatus);
    l.put("listClientOrderId", listClientOrderId);
    l.put("transactionTime", transactionTime);
    l.put("symbol", symbol);
    List<Object> orders = new ArrayList<>();
    for (Ledger.Order o : legs) {
      Map<String, Object> m = Json.object();
      m.put("symbol", o.symbol);
      m.put("orderId", o.id);
      m.put("clientOrderId", o.clientOrderId);
      orders.add(m);
    }
    l.put("orders", orders);
    return l;
  }
}
