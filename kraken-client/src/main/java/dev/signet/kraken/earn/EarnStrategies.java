package dev.signet.kraken.earn;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.util.List;
import java.util.Optional;

/**
 * The answer of {@code Earn/Strategies}: the strategies available to the user and the next page's
 * cursor. Kraken's docs say paging is not implemented yet, so every strategy comes on the first page.
 *
 * <pre>{@code
 * EarnStrategies page = kraken.earn().strategies(StrategyQuery.all());
 * }</pre>
 *
 * @param items the strategies; unmodifiable
 * @param cursor the next page's cursor ({@code next_cursor}), or null at the end
 */
public record EarnStrategies(List<EarnStrategy> items, @JsonProperty("next_cursor") String cursor) {
  /**
   * Copies the strategies; refuses a missing list or a null entry.
   *
   * @param items the strategies
   * @param cursor the next page's cursor, or null
   */
  public EarnStrategies {
    items = Required.list(items, "items");
  }

  /**
   * The next page's cursor, when there is one.
   *
   * @return the cursor; empty at the end
   */
  public Optional<String> nextCursor() {
    return Optional.ofNullable(cursor);
  }
}
