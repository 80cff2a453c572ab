package dev.signet.kraken.funding;

import dev.signet.core.internal.json.Required;
import java.util.List;
import java.util.Optional;

/**
 * One page of {@code DepositStatus} or {@code WithdrawStatus}, newest first. Without paging
 * ({@link FundingStatusQuery#paged()} not set) Kraken answers a bare list and there is no next
 * cursor; with it, pass {@link #nextCursor()} to {@link FundingStatusQuery#cursor(String)} for the
 * next page until it is empty.
 *
 * <pre>{@code
 * FundingPage<Deposit> page = kraken.funding().depositStatus(FundingStatusQuery.forAsset("XBT").paged().limit(10));
 * while (page.nextCursor().isPresent()) { ... }
 * }</pre>
 *
 * @param <T> {@link Deposit} or {@link Withdrawal}
 * @param items the entries of this page, newest first; unmodifiable
 * @param cursor the cursor of the next page, or null when this is the last one (or paging was off)
 */
public record FundingPage<T>(List<T> items, String cursor) {
  /**
   * Copies the entries; refuses a null list or entry.
   *
   * @param items the entries of this page, newest first
   * @param cursor the cursor of the next page, or null
   */
  public FundingPage {
    items = Required.list(items, "items");
  }

  /**
   * The cursor of the next page, when there is one.
   *
   * @return the next page's cursor; empty on the last page or when paging was off
   */
  public Optional<String> nextCursor() {
    return Optional.ofNullable(cursor).filter(c -> !c.isEmpty());
  }
}
