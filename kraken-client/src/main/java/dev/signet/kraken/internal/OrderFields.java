package dev.signet.kraken.internal;

import dev.signet.core.ListFormat;
import dev.signet.core.Params;
import dev.signet.core.WireValue;
import dev.signet.core.internal.Checks;
import dev.signet.kraken.trading.OrderFlag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The fields an order builder ({@code AddOrder}, {@code EditOrder}, {@code AmendOrder}) collects,
 * each checked as it is set and kept as the text Kraken is sent, and their encoding in one
 * request's order. One piece of code for the checks and the wire form all three share; each
 * builder only names its fields and their order ({@link #ADD_ORDER}, {@link #EDIT_ORDER},
 * {@link #AMEND_ORDER}). Mutable, owned by one builder. Not API.
 *
 * <pre>{@code
 * OrderFields f = new OrderFields();
 * f.decimal("price", new BigDecimal("37500"));
 * Params p = f.encode(Params.of("txid", id), OrderFields.EDIT_ORDER);
 * }</pre>
 */
public final class OrderFields {
  /** AddOrder's fields after {@code cl_ord_id}, alphabetical (as in Kraken's authentication guide). */
  public static final List<String> ADD_ORDER = List.of("deadline", "displayvol", "expiretm", "leverage", "oflags",
      "ordertype", "pair", "price", "price2", "reduce_only", "starttm", "timeinforce", "type", "userref", "validate",
      "volume");
  /** EditOrder's fields after {@code txid}, in the docs' order. */
  public static final List<String> EDIT_ORDER = List.of("userref", "volume", "displayvol", "pair", "price", "price2",
      "oflags", "deadline", "cancel_response", "validate");
  /** AmendOrder's fields after {@code txid} or {@code cl_ord_id}, in the docs' order. */
  public static final List<String> AMEND_ORDER = List.of("order_qty", "display_qty", "limit_price", "trigger_price",
      "post_only", "deadline");
  /** The EditOrder fields of which at least one must be set. */
  public static final List<String> EDITS = List.of("volume", "displayvol", "price", "price2", "oflags", "userref");
  /** The AmendOrder fields of which at least one must be set. */
  public static final List<String> AMENDS = List.of("order_qty", "display_qty", "limit_price", "trigger_price");

  private final Map<String, String> values = new HashMap<>();
  private final Set<OrderFlag> flags = new LinkedHashSet<>();
  private final Params extra = Params.empty();

  /**
   * Sets a positive decimal, sent with {@link BigDecimal#toPlainString()}.
   *
   * @param name the Kraken parameter name, also named in the refusal
   * @param value the value, positive
   * @throws IllegalArgumentException when {@code value} is null or not positive
   */
  public void decimal(String name, BigDecimal value) {
    values.put(name, Checks.positive(value, name).toPlainString());
  }

  /**
   * Sets a value already in its wire form.
   *
   * @param name the Kraken parameter name
   * @param value the text sent
   */
  public void text(String name, String value) {
    values.put(name, Objects.requireNonNull(value, name));
  }

  /**
   * Sets an enum by its wire spelling.
   *
   * @param name the Kraken parameter name
   * @param value the value
   * @param argument the Java argument named when {@code value} is null
   */
  public void wire(String name, WireValue value, String argument) {
    values.put(name, Objects.requireNonNull(value, argument).wireValue());
  }

  /**
   * Sends {@code name=true} when {@code on}, nothing otherwise.
   *
   * @param name the Kraken parameter name
   * @param on whether to send it
   */
  public void flag(String name, boolean on) {
    if (on) {
      values.put(name, "true");
    } else {
      values.remove(name);
    }
  }

  /**
   * Sets the {@code deadline}, sent as ISO-8601 ({@link Instant#toString()}).
   *
   * @param deadline the instant
   */
  public void deadline(Instant deadline) {
    values.put("deadline", Objects.requireNonNull(deadline, "deadline").toString());
  }

  /**
   * Adds order flags, sent comma-separated in the order first given (a repeated flag once).
   *
   * @param added the flags, none null
   */
  public void flags(OrderFlag... added) {
    for (OrderFlag f : added) {
      flags.add(Objects.requireNonNull(f, "flag"));
    }
  }

  /**
   * Adds a parameter the builder does not model; sent after the modelled ones.
   *
   * @param key the Kraken parameter name
   * @param value the value, as given
   */
  public void extra(String key, String value) {
    extra.add(key, value);
  }

  /**
   * Whether a field is set ({@code oflags} when a flag is).
   *
   * @param name the Kraken parameter name
   * @return true when it is sent
   */
  public boolean has(String name) {
    return name.equals("oflags") ? !flags.isEmpty() : values.containsKey(name);
  }

  /**
   * A field's wire text.
   *
   * @param name the Kraken parameter name
   * @return the text sent, or null when it is not set
   */
  public String value(String name) {
    return values.get(name);
  }

  /**
   * The parameters: {@code head}, then the set fields in {@code order}, then the extras.
   *
   * @param head the leading parameters (the order's id), added to
   * @param order the field names in sending order
   * @return {@code head}
   */
  public Params encode(Params head, List<String> order) {
    for (String name : order) {
      if (name.equals("oflags")) {
        if (!flags.isEmpty()) {
          List<String> wire = new ArrayList<>(flags.size());
          flags.forEach(f -> wire.add(f.wireValue()));
          head.addList("oflags", wire, ListFormat.COMMA);
        }
      } else {
        head.addIfPresent(name, values.get(name));
      }
    }
    return head.addAll(extra);
  }
}
