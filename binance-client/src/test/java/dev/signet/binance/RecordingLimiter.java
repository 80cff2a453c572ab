package dev.signet.binance;

import dev.signet.core.Endpoint;
import dev.signet.core.RateLimitUsage;
import dev.signet.core.RateLimiter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Response;

/** A user-supplied {@link RateLimiter} (the SPI) that lets everything through and records what it was asked. */
final class RecordingLimiter implements RateLimiter {
  /** One reservation: the endpoint row and the weight charged. */
  record Reservation(String endpoint, Endpoint.Kind kind, Endpoint.Limit limit, int weight, int orderCount) {}

  final List<Reservation> reservations = new CopyOnWriteArrayList<>();

  @Override
  public void acquire(Endpoint endpoint, int weight) {
    reservations.add(new Reservation(endpoint.toString(), endpoint.kind(), endpoint.limit(), weight, endpoint.orderCount()));
  }

  @Override
  public void onResponse(Endpoint endpoint, Response response) {}

  @Override
  public List<RateLimitUsage> usage() {
    return List.of();
  }
}
