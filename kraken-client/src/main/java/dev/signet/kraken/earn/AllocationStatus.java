package dev.signet.kraken.earn;

/**
 * The answer of {@code Earn/AllocateStatus} and {@code Earn/DeallocateStatus}: whether the last
 * (de)allocation request is still being processed.
 *
 * <pre>{@code
 * boolean busy = kraken.earn().allocateStatus(strategyId).pending();
 * }</pre>
 *
 * @param pending true while the request is still being processed
 */
public record AllocationStatus(boolean pending) {}
