package dev.signet.binance.spot.userdata;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;

/**
 * One event of the Spot user data stream, told apart by its {@code e}: an {@link ExecutionReport},
 * {@link ListStatus}, {@link AccountPosition}, {@link BalanceUpdate}, {@link ExternalLockUpdate} or
 * {@link EventStreamTerminated}; any other event is an {@link OtherSpotUserEvent} carrying its
 * fields as sent. (The WebSocket API wraps each as {@code {"subscriptionId":0,"event":{...}}}; this
 * is the inner {@code event}.)
 *
 * <pre>{@code
 * switch (event) {
 *   case ExecutionReport r -> bot.onOrder(r);
 *   case AccountPosition p -> bot.onBalances(p.balances());
 *   default -> { }
 * }
 * }</pre>
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "e", visible = true,
    defaultImpl = OtherSpotUserEvent.class)
@JsonSubTypes({
    @JsonSubTypes.Type(value = ExecutionReport.class, name = "executionReport"),
    @JsonSubTypes.Type(value = ListStatus.class, name = "listStatus"),
    @JsonSubTypes.Type(value = AccountPosition.class, name = "outboundAccountPosition"),
    @JsonSubTypes.Type(value = BalanceUpdate.class, name = "balanceUpdate"),
    @JsonSubTypes.Type(value = ExternalLockUpdate.class, name = "externalLockUpdate"),
    @JsonSubTypes.Type(value = EventStreamTerminated.class, name = "eventStreamTerminated")})
public sealed interface SpotUserEvent permits ExecutionReport, ListStatus, AccountPosition, BalanceUpdate,
    ExternalLockUpdate, EventStreamTerminated, OtherSpotUserEvent {
  /**
   * When Binance produced the event ({@code E}).
   *
   * @return the event time
   */
  Instant eventTime();
}
