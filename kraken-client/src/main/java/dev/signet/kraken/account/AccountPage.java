package dev.signet.kraken.account;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One page of ClosedOrders, TradesHistory or Ledgers: at most {@value #SIZE} entries keyed by their
 * id (txid or ledger id) in Kraken's order (newest first), the total {@code count} Kraken reports
 * (absent when asked {@code without_count}, or when Kraken leaves it out), and the {@code ofs}
 * offset the page was asked with, so the next page is {@code query.next(page)}.
 *
 * <pre>{@code
 * ClosedOrdersQuery query = ClosedOrdersQuery.builder().build();
 * for (AccountPage<KrakenOrder> page = account.closedOrders(query); ; page = account.closedOrders(query)) {
 *   page.entries().forEach((txid, order) -> System.out.println(txid));
 *   if (!page.hasMore()) break;
 *   query = query.next(page);
 * }
 * }</pre>
 *
 * @param <T> the entry type
 * @param entries id to entry, in Kraken's order; unmodifiable
 * @param count the total number of matching entries, or null when Kraken did not say
 * @param offset the {@code ofs} the page was asked with
 */
public record AccountPage<T>(Map<String, T> entries, Integer count, int offset) {
  /** Kraken's page size for these methods. */
  public static final int SIZE = 50;

  /**
   * Copies the entries, keeping their order.
   *
   * @param entries id to entry, in Kraken's order; unmodifiable
   * @param count the total number of matching entries, or null when Kraken did not say
   * @param offset the {@code ofs} the page was asked with
   */
  public AccountPage {
    entries = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(entries, "entries")));
  }

  /**
   * True when Kraken reported the total {@code count}.
   *
   * @return true when {@link #count()} is not null
   */
  public boolean hasCount() {
    return count != null;
  }

  /**
   * The {@code ofs} of the next page: this page's offset plus its entries.
   *
   * @return the offset to ask the next page with
   */
  public int nextOffset() {
    return offset + entries.size();
  }

  /**
   * True when another page may follow: the count says more entries exist, or, without a count, the
   * page is full.
   *
   * @return true when asking the next page may give more entries
   */
  public boolean hasMore() {
    if (entries.isEmpty()) {
      return false;
    }
    return count != null ? nextOffset() < count : entries.size() >= SIZE;
  }
}
