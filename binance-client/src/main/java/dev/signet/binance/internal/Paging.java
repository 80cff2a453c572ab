package dev.signet.binance.internal;

/**
 * The bounds of a paging parameter of a Binance query, written once for every query: a page size
 * ({@code limit}, {@code size}) within the endpoint's documented range, or a page number or offset
 * ({@code page}, {@code current}, {@code offset}) from its first value on. {@link #check} throws an
 * {@link IllegalArgumentException} naming the parameter, the value and the fix. Immutable. Not API.
 *
 * <pre>{@code
 * static final Paging LIMIT = Paging.limit(1000, "fromId or startTime/endTime");
 * LIMIT.check(1001);   // limit 1001 is outside 1..1000; ask for at most 1000 and page with fromId or ...
 * static final Paging PAGE = Paging.from("page", 1);
 * }</pre>
 *
 * @param name the parameter, e.g. {@code limit}
 * @param min the smallest value accepted
 * @param max the largest value accepted ({@link Integer#MAX_VALUE} for no bound)
 * @param pageWith how to page past {@code max}, e.g. {@code fromId or startTime/endTime}, or null
 */
public record Paging(String name, int min, int max, String pageWith) {
  /**
   * A {@code limit} from 1 to {@code max}.
   *
   * @param max the endpoint's largest page
   * @param pageWith how to page for more, e.g. {@code startTime/endTime}, or null to say nothing
   * @return the rule
   */
  public static Paging limit(int max, String pageWith) {
    return new Paging("limit", 1, max, pageWith);
  }

  /**
   * A page size {@code name} from 1 to {@code max}.
   *
   * @param name the parameter, e.g. {@code size}
   * @param max the endpoint's largest page
   * @return the rule
   */
  public static Paging size(String name, int max) {
    return new Paging(name, 1, max, null);
  }

  /**
   * A page number or offset {@code name} from {@code min} on.
   *
   * @param name the parameter, e.g. {@code page}
   * @param min the first page or offset, e.g. {@code 1} or {@code 0}
   * @return the rule
   */
  public static Paging from(String name, int min) {
    return new Paging(name, min, Integer.MAX_VALUE, null);
  }

  /**
   * {@code value} when it is within the bounds.
   *
   * @param value the value asked for
   * @return {@code value}
   * @throws IllegalArgumentException when it is out of bounds
   */
  public int check(int value) {
    if (value >= min && value <= max) {
      return value;
    }
    if (max == Integer.MAX_VALUE) {
      throw new IllegalArgumentException(name + " " + value + " must be " + min + " or more.");
    }
    throw new IllegalArgumentException(name + " " + value + " is outside " + min + ".." + max
        + (pageWith == null ? "." : "; ask for at most " + max + " and page with " + pageWith + " for more."));
  }

  /**
   * {@code value} when it is null or within the bounds.
   *
   * @param value the value asked for, or null for Binance's default
   * @return {@code value}
   * @throws IllegalArgumentException when it is out of bounds
   */
  public Integer check(Integer value) {
    return value == null ? null : Integer.valueOf(check(value.intValue()));
  }
}
