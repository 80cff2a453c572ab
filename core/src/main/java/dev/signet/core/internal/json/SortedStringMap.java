package dev.signet.core.internal.json;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable map with {@code String} keys in natural order, held as one sorted array of entries:
 * about a third of the memory of a {@code TreeMap}, built once, looked up by binary search. For
 * keyed exchange results (Kraken's balances by asset) that records keep and bots read. Values may
 * be null; keys may not. Every mutator throws {@link UnsupportedOperationException}.
 *
 * <pre>{@code
 * Map<String, BigDecimal> balances = SortedStringMap.copyOf(Map.of("ZUSD", usd, "XXBT", btc));
 * balances.keySet();   // [XXBT, ZUSD]
 * }</pre>
 *
 * @param <V> the value type
 */
public final class SortedStringMap<V> extends AbstractMap<String, V> {
  private static final Comparator<Entry<?>> BY_KEY = (a, b) -> a.getKey().compareTo(b.getKey());
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static final SortedStringMap<?> EMPTY = new SortedStringMap(new Entry[0]);

  private final Entry<V>[] entries;
  private Set<Map.Entry<String, V>> entrySet;

  private SortedStringMap(Entry<V>[] entries) {
    this.entries = entries;
  }

  /**
   * An immutable, sorted copy of {@code map} (the map itself when it already is one).
   *
   * @param <V> the value type
   * @param map the map to copy
   * @return an immutable, sorted copy of {@code map} (the map itself when it already is one)
   */
  @SuppressWarnings("unchecked")
  public static <V> SortedStringMap<V> copyOf(Map<String, ? extends V> map) {
    Objects.requireNonNull(map, "map");
    if (map instanceof SortedStringMap<?> sorted) {
      return (SortedStringMap<V>) sorted;
    }
    Builder<V> builder = new Builder<>();
    for (Map.Entry<String, ? extends V> e : map.entrySet()) {
      builder.put(e.getKey(), e.getValue());
    }
    return builder.build();
  }

  /**
   * Collects entries in any order, then sorts them once. A key put twice keeps its last value (as
   * a JSON object with a repeated member decodes in Jackson). Not thread-safe; one use.
   *
   * @param <V> the value type
   */
  public static final class Builder<V> {
    private final List<Entry<V>> entries = new ArrayList<>();

    /**
     * Adds one entry; {@code key} must not be null.
     *
     * @param key the key, not null
     * @param value the value
     * @return this builder, for chaining
     */
    public Builder<V> put(String key, V value) {
      entries.add(new Entry<>(Objects.requireNonNull(key, "key"), value));
      return this;
    }

    /**
     * The sorted map of the entries put so far.
     *
     * @return the sorted map of the entries put so far
     */
    @SuppressWarnings("unchecked")
    public SortedStringMap<V> build() {
      if (entries.isEmpty()) {
        return (SortedStringMap<V>) EMPTY;
      }
      Entry<V>[] sorted = entries.toArray(new Entry[0]);
      Arrays.sort(sorted, BY_KEY); // stable: a repeated key's entries keep the order they were put in
      int n = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (n > 0 && sorted[n - 1].getKey().equals(sorted[i].getKey())) {
          sorted[n - 1] = sorted[i];
        } else {
          sorted[n++] = sorted[i];
        }
      }
      return new SortedStringMap<>(n == sorted.length ? sorted : Arrays.copyOf(sorted, n));
    }
  }

  @Override
  public int size() {
    return entries.length;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public V get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : entries[i].getValue();
  }

  @Override
  public Set<Map.Entry<String, V>> entrySet() {
    Set<Map.Entry<String, V>> set = entrySet;
    if (set == null) {
      set = new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<String, V>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < entries.length;
            }

            @Override
            public Map.Entry<String, V> next() {
              if (next >= entries.length) {
                throw new NoSuchElementException();
              }
              return entries[next++];
            }
          };
        }

        @Override
        public int size() {
          return entries.length;
        }
      };
      entrySet = set;
    }
    return set;
  }

  private int indexOf(Object key) {
    if (!(key instanceof String k)) {
      return -1;
    }
    int lo = 0;
    int hi = entries.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = entries[mid].getKey().compareTo(k);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** An entry whose {@code setValue} throws. */
  private static final class Entry<V> extends AbstractMap.SimpleImmutableEntry<String, V> {
    Entry(String key, V value) {
      super(key, value);
    }
  }
}
