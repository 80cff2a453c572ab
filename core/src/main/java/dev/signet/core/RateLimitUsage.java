package dev.signet.core;

import java.time.Duration;

/**
 * One limit's current usage.
 *
 * <p>Example: {@code RateLimitUsage[name=api.binance.com REQUEST_WEIGHT, used=120, limit=6000, window=PT1M]}.
 *
 * @param name which limit, e.g. {@code api.binance.com REQUEST_WEIGHT}
 * @param used units used in the current window (for a decaying counter: the current level)
 * @param limit the most the window (or counter) allows
 * @param window the window length (for a decaying counter: the time one unit takes to decay)
 */
public record RateLimitUsage(String name, long used, long limit, Duration window) {}
