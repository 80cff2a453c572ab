package dev.signet.binance.futures.userdata;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;

/**
 * One event of the USD-M Futures user data stream, told apart by its {@code e}: a
 * {@link OrderTradeUpdate}, {@link TradeLite}, {@link AccountUpdate}, {@link MarginCall},
 * {@link AccountConfigUpdate}, {@link StrategyUpdate}, {@link GridUpdate},
 * {@link ConditionalOrderTriggerReject} or {@link ListenKeyExpired}; any other event (e.g.
 * {@code ALGO_UPDATE}) is an {@link OtherUserEvent} carrying its fields as sent.
 *
 * <pre>{@code
 * switch (event) {
 *   case OrderTradeUpdate u -> bot.onOrder(u.order());
 *   case AccountUpdate u -> bot.onBalances(u.update().balances());
 *   default -> { }
 * }
 * }</pre>
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "e", visible = true,
    defaultImpl = OtherUserEvent.class)
@JsonSubTypes({
    @JsonSubTypes.Type(value = OrderTradeUpdate.class, name = "ORDER_TRADE_UPDATE"),
    @JsonSubTypes.Type(value = TradeLite.class, name = "TRADE_LITE"),
    @JsonSubTypes.Type(value = AccountUpdate.class, name = "ACCOUNT_UPDATE"),
    @JsonSubTypes.Type(value = MarginCall.class, name = "MARGIN_CALL"),
    @JsonSubTypes.Type(value = AccountConfigUpdate.class, name = "ACCOUNT_CONFIG_UPDATE"),
    @JsonSubTypes.Type(value = StrategyUpdate.class, name = "STRATEGY_UPDATE"),
    @JsonSubTypes.Type(value = GridUpdate.class, name = "GRID_UPDATE"),
    @JsonSubTypes.Type(value = ConditionalOrderTriggerReject.class, name = "CONDITIONAL_ORDER_TRIGGER_REJECT"),
    @JsonSubTypes.Type(value = ListenKeyExpired.class, name = "listenKeyExpired")})
public sealed interface FuturesUserEvent permits OrderTradeUpdate, TradeLite, AccountUpdate, MarginCall,
    AccountConfigUpdate, StrategyUpdate, GridUpdate, ConditionalOrderTriggerReject, ListenKeyExpired, OtherUserEvent {
  /**
   * When Binance produced the event ({@code E}).
   *
   * @return the event time
   */
  Instant eventTime();
}
