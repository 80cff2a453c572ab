package dev.signet.kraken.internal;

import java.util.List;

/**
 * Kraken's response wrapper {@code {"error":[…],"result":…}}. Not API.
 *
 * @param error error and warning strings
 * @param result the payload, absent on errors
 * @param <T> the payload type
 */
public record KrakenEnvelope<T>(List<String> error, T result) {}
