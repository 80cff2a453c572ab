package dev.signet.binance.wallet;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The thresholds that lock API trading: {@link ApiTradingStatus.Detail#triggerCondition()}.
 *
 * <pre>{@code
 * int gtc = status.data().triggerCondition().gcr();
 * }</pre>
 *
 * <p>Fields the docs always send are required: a missing or null one fails the decode naming it;
 * the others are null when Binance leaves them out.
 *
 * @param gcr the number of GTC orders ({@code GCR})
 * @param ifer the number of FOK/IOC orders ({@code IFER})
 * @param ufr the number of orders ({@code UFR})
 */
public record TriggerCondition(
    @JsonProperty(value = "GCR", required = true) int gcr,
    @JsonProperty(value = "IFER", required = true) int ifer,
    @JsonProperty(value = "UFR", required = true) int ufr) {
}
