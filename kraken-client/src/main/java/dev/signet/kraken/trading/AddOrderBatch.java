package dev.signet.kraken.trading;

import dev.signet.core.Params;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Kraken {@code AddOrderBatch} request: 2 to 15 {@link AddOrder}s on one pair, sent at once as a
 * JSON body. Each order is built (and checked) as for AddOrder, keeps its client order id, and is
 * sent as a JSON object of its AddOrder parameters in their order, without {@code pair} (the
 * batch's); {@code userref} goes as a JSON number and {@code reduce_only} as a JSON boolean, every
 * other value as the same string AddOrder sends. The batch's {@code deadline} and {@code validate}
 * apply to every order, so an order that sets its own is refused. Immutable once built.
 *
 * <p>The body, before the signer puts the nonce first:
 * {@code {"orders":[{"cl_ord_id":"…","ordertype":"limit","price":"39000","type":"buy","volume":"0.1"},…],"pair":"XBTUSD"}}.
 *
 * <pre>{@code
 * AddOrderBatch batch = AddOrderBatch.builder(List.of(
 *         AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("0.1"), new BigDecimal("39000")).build(),
 *         AddOrder.limit("XBTUSD", Side.SELL, new BigDecimal("0.1"), new BigDecimal("41000")).build()))
 *     .deadline(Instant.now().plusSeconds(5))
 *     .build();
 * }</pre>
 */
public final class AddOrderBatch {
  /** The fewest orders Kraken takes in a batch. */
  public static final int MIN_ORDERS = 2;
  /** The most orders Kraken takes in a batch. */
  public static final int MAX_ORDERS = 15;

  private final List<AddOrder> orders;
  private final Instant deadline;
  private final boolean validate;

  private AddOrderBatch(Builder b) {
    this.orders = b.orders;
    this.deadline = b.deadline;
    this.validate = b.validate;
  }

  /**
   * A batch of {@code orders}, all on one pair.
   *
   * @param orders 2 to 15 orders on the same pair (as given to their factories), none validate-only or with a deadline
   * @return a builder for the batch's deadline and validate flag
   * @throws IllegalArgumentException when the list is null or holds fewer than 2 or more than 15 orders, a null
   *     one, orders on different pairs, an order with its own {@code validate} or {@code deadline}, or a repeated
   *     client order id
   */
  public static Builder builder(List<AddOrder> orders) {
    return new Builder(orders);
  }

  /**
   * The orders, in sending order (unmodifiable).
   *
   * @return the orders
   */
  public List<AddOrder> orders() {
    return orders;
  }

  /**
   * The pair every order is on, as given.
   *
   * @return the pair, e.g. {@code XBTUSD}
   */
  public String pair() {
    return orders.get(0).pair();
  }

  /**
   * True when the batch is only validated, not placed.
   *
   * @return true when {@code validate=true} is sent
   */
  public boolean validateOnly() {
    return validate;
  }

  /**
   * The JSON body's members in sending order (a new, modifiable map): {@code orders}, {@code pair},
   * then {@code validate} and {@code deadline} when set.
   *
   * @return the body, without the nonce (the signer adds it first)
   */
  public Map<String, Object> toBody() {
    List<Map<String, Object>> entries = new ArrayList<>(orders.size());
    for (AddOrder order : orders) {
      Map<String, Object> entry = new LinkedHashMap<>();
      for (Map.Entry<String, String> p : order.toParams().asList()) {
        if (!p.getKey().equals("pair")) {
          entry.put(p.getKey(), jsonValue(p.getKey(), p.getValue()));
        }
      }
      entries.add(entry);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("orders", entries);
    body.put("pair", pair());
    if (validate) {
      body.put("validate", Boolean.TRUE);
    }
    if (deadline != null) {
      body.put("deadline", deadline.toString());
    }
    return body;
  }

  @Override
  public String toString() {
    return "AddOrderBatch" + toBody();
  }

  /** {@code userref} is an integer and {@code reduce_only} a boolean in Kraken's JSON; the rest are strings. */
  private static Object jsonValue(String key, String value) {
    return switch (key) {
      case "userref" -> Long.valueOf(value);
      case "reduce_only" -> Boolean.valueOf(value);
      default -> value;
    };
  }

  /** Builds an {@link AddOrderBatch}; the orders are checked when the builder is made. */
  public static final class Builder {
    private final List<AddOrder> orders;
    private Instant deadline;
    private boolean validate;

    private Builder(List<AddOrder> orders) {
      if (orders == null || orders.size() < MIN_ORDERS || orders.size() > MAX_ORDERS) {
        throw new IllegalArgumentException("orders must hold " + MIN_ORDERS + " to " + MAX_ORDERS
            + " orders for AddOrderBatch; got " + (orders == null ? "null" : orders.size())
            + ". Send a single order with addOrder, or split the batch.");
      }
      Map<String, Integer> clientIds = new HashMap<>();
      for (int i = 0; i < orders.size(); i++) {
        AddOrder o = orders.get(i);
        String at = "orders[" + i + "]";
        if (o == null) {
          throw new IllegalArgumentException(at + " is null; remove it from the batch.");
        }
        if (!o.pair().equals(orders.get(0).pair())) {
          throw new IllegalArgumentException(at + " is for pair " + o.pair() + " but orders[0] for " + orders.get(0).pair()
              + "; AddOrderBatch takes one pair. Send one batch per pair.");
        }
        Params p = o.toParams();
        for (String batchWide : List.of("validate", "deadline")) {
          if (p.containsKey(batchWide)) {
            throw new IllegalArgumentException(at + " sets " + batchWide + ", which AddOrderBatch sets for the whole"
                + " batch; call AddOrderBatch.Builder." + batchWide + "(...) instead.");
          }
        }
        Integer first = o.clientOrderId() == null ? null : clientIds.putIfAbsent(o.clientOrderId(), i);
        if (first != null) {
          throw new IllegalArgumentException(at + " repeats cl_ord_id " + o.clientOrderId() + " of orders[" + first
              + "]; each order needs its own client order id.");
        }
      }
      this.orders = List.copyOf(orders);
    }

    /**
     * The engine rejects the orders after this time (Kraken allows now + 500 ms to now + 60 s).
     *
     * @param deadline the instant after which the engine rejects the batch, sent as ISO-8601 ({@link Instant#toString()})
     * @return this builder
     */
    public Builder deadline(Instant deadline) {
      this.deadline = Objects.requireNonNull(deadline, "deadline");
      return this;
    }

    /**
     * Validate only: Kraken checks the orders and places none.
     *
     * @param validate true to only validate the batch
     * @return this builder
     */
    public Builder validate(boolean validate) {
      this.validate = validate;
      return this;
    }

    /**
     * The batch.
     *
     * @return the immutable batch
     */
    public AddOrderBatch build() {
      return new AddOrderBatch(this);
    }
  }
}
