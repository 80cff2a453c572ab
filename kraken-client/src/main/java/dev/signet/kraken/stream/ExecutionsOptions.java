package dev.signet.kraken.stream;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The subscribe options of the private {@code executions} channel, as Kraken's WebSocket v2 docs list
 * them. Only the options set are sent, in the docs' order ({@code snap_trades}, {@code snap_orders},
 * {@code order_status}, {@code ratecounter}); Kraken's defaults apply to the others: no fills in the
 * snapshot, open orders in it, every status transition, no rate counter. Immutable.
 *
 * <pre>{@code
 * ExecutionsOptions o = ExecutionsOptions.builder().snapTrades(true).rateCounter(true).build();
 * Subscription<ExecutionsMessage> executions = streams.executions(o);
 * }</pre>
 */
public final class ExecutionsOptions {
  private static final ExecutionsOptions DEFAULTS = builder().build();

  private final Map<String, Boolean> params;

  private ExecutionsOptions(Builder b) {
    this.params = Map.copyOf(b.params);
  }

  /**
   * Kraken's defaults: nothing extra is sent.
   *
   * @return the options
   */
  public static ExecutionsOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A builder with nothing set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The options set, by their wire name, in the docs' order.
   *
   * @return a new ordered map
   */
  public Map<String, Boolean> params() {
    Map<String, Boolean> out = new LinkedHashMap<>();
    for (String name : Builder.NAMES) {
      if (params.containsKey(name)) {
        out.put(name, params.get(name));
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExecutionsOptions other && params.equals(other.params);
  }

  @Override
  public int hashCode() {
    return params.hashCode();
  }

  @Override
  public String toString() {
    return "ExecutionsOptions" + params() + (params.isEmpty() ? " (Kraken's defaults)" : "");
  }

  /** Builds {@link ExecutionsOptions}. */
  public static final class Builder {
    private static final String[] NAMES = {"snap_trades", "snap_orders", "order_status", "ratecounter"};
    private final Map<String, Boolean> params = new LinkedHashMap<>();

    private Builder() {}

    /**
     * {@code snap_trades}: whether the snapshot includes the last 50 fills (Kraken's default false).
     *
     * @param value the option
     * @return this builder
     */
    public Builder snapTrades(boolean value) {
      params.put("snap_trades", value);
      return this;
    }

    /**
     * {@code snap_orders}: whether the snapshot includes the open orders (Kraken's default true); keep it
     * on to reconcile the open orders after a reconnection.
     *
     * @param value the option
     * @return this builder
     */
    public Builder snapOrders(boolean value) {
      params.put("snap_orders", value);
      return this;
    }

    /**
     * {@code order_status}: true for every status transition (Kraken's default), false for the open and
     * close transitions only ({@code new}, {@code filled}, {@code canceled}, {@code expired}).
     *
     * @param value the option
     * @return this builder
     */
    public Builder orderStatus(boolean value) {
      params.put("order_status", value);
      return this;
    }

    /**
     * {@code ratecounter}: whether the rate-limit counter is included in the stream (Kraken's default false).
     *
     * @param value the option
     * @return this builder
     */
    public Builder rateCounter(boolean value) {
      params.put("ratecounter", value);
      return this;
    }

    /**
     * The options.
     *
     * @return the immutable options
     */
    public ExecutionsOptions build() {
      return new ExecutionsOptions(this);
    }
  }
}
