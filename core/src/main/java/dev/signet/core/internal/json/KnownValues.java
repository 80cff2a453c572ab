package dev.signet.core.internal.json;

import dev.signet.core.WireValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The documented values of one open set of exchange values (an order side, a status, a
 * time-in-force), for the value records that implement {@link WireValue}: {@link #of(String)}
 * gives the constant for a documented spelling, so {@code ==} and {@code equals} both hold, and a
 * new value holding the exact text for any other spelling, so a value the exchange added later is
 * kept and can be sent back unchanged. Immutable; each type keeps one in a static final field
 * declared after its constants.
 *
 * <pre>{@code
 * public record Side(String value) implements WireValue {
 *   public static final Side BUY = new Side("buy");
 *   public static final Side SELL = new Side("sell");
 *   private static final KnownValues<Side> KNOWN = KnownValues.of(Side.class, Side::new, BUY, SELL);
 *
 *   public Side {
 *     value = KnownValues.text(value, Side.class);
 *   }
 *
 *   @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
 *   public static Side of(String value) {
 *     return KNOWN.of(value);
 *   }
 *   ...
 * }
 * }</pre>
 *
 * @param <T> the value type
 */
public final class KnownValues<T extends WireValue> {
  private final Class<T> type;
  private final Function<String, T> unknown;
  private final Map<String, T> known;
  private final List<T> constants;

  private KnownValues(Class<T> type, Function<String, T> unknown, List<T> constants) {
    this.type = type;
    this.unknown = unknown;
    this.constants = constants;
    Map<String, T> byText = new LinkedHashMap<>();
    for (T c : constants) {
      if (byText.put(c.wireValue(), c) != null) {
        throw new IllegalArgumentException(type.getSimpleName() + " lists '" + c.wireValue() + "' twice.");
      }
    }
    this.known = Map.copyOf(byText);
  }

  /**
   * The documented values of {@code type}; {@code unknown} makes a value for any other text (the
   * record's canonical constructor).
   *
   * @param <T> the wire value type
   * @param type the wire value type, named in errors
   * @param unknown makes a value for undocumented text
   * @param constants the documented values
   * @return the documented values of {@code type}; {@code unknown} makes a value for any other text (the record's canonical constructor)
   */
  @SafeVarargs
  public static <T extends WireValue> KnownValues<T> of(Class<T> type, Function<String, T> unknown, T... constants) {
    return new KnownValues<>(Objects.requireNonNull(type, "type"), Objects.requireNonNull(unknown, "unknown"),
        List.of(constants));
  }

  /**
   * The constant spelled {@code text}, or a new value holding {@code text} when none is.
   *
   * @param text the wire spelling
   * @return the constant spelled {@code text}, or a new value holding {@code text} when none is
   */
  public T of(String text) {
    T constant = known.get(text(text, type));
    return constant != null ? constant : unknown.apply(text);
  }

  /**
   * True when {@code text} is one of the documented spellings (exact, case-sensitive).
   *
   * @param text the wire spelling
   * @return {@code true} when {@code text} is one of the documented spellings (exact, case-sensitive)
   */
  public boolean isKnown(String text) {
    return known.containsKey(text);
  }

  /**
   * The documented values, in the order the type declares them.
   *
   * @return the documented values, in the order the type declares them
   */
  public List<T> constants() {
    return constants;
  }

  /**
   * {@code text} itself when it is neither null nor blank; otherwise an
   * {@link IllegalArgumentException} naming {@code type} and the fix. For the compact constructors.
   *
   * @param text the wire spelling
   * @param type the wire value type, named in errors
   * @return {@code text} itself when it is neither null nor blank; otherwise an {@link IllegalArgumentException} naming {@code type} and the fix
   */
  public static String text(String text, Class<?> type) {
    if (text == null || text.isBlank()) {
      String name = type.getSimpleName();
      throw new IllegalArgumentException(name + " is " + (text == null ? "null" : "blank") + "; use one of the "
          + name + " constants, or " + name + ".of(text) with the exchange's exact spelling.");
    }
    return text;
  }
}
