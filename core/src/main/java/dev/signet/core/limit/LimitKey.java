package dev.signet.core.limit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names one limit in a {@link LimitStore}: whose budget it is ({@link Scope}), whose id (a host, an
 * API key's fingerprint) and which window, counter, hold or sequence. Keys keep IP weight, UID
 * weight and per-account order counts apart: two processes that build the same key share one count.
 *
 * <pre>{@code
 * LimitKey weight = LimitKey.of(LimitKey.Scope.IP, "api.binance.com", "REQUEST_WEIGHT 1m");
 * LimitKey orders = LimitKey.of(LimitKey.Scope.ACCOUNT, LimitKey.fingerprint(apiKey), "ORDERS 10s");
 * }</pre>
 *
 * @param scope whose budget it is
 * @param id who within the scope: a host for IP limits, an API key's {@link #fingerprint} otherwise
 * @param name which limit, e.g. {@code REQUEST_WEIGHT 1m}
 */
public record LimitKey(Scope scope, String id, String name) {
  /** Whose budget a limit is. */
  public enum Scope {
    /** Counted per outgoing IP address (Binance's REQUEST_WEIGHT, SAPI IP weight, bans). */
    IP,
    /** Counted per exchange user id (Binance's SAPI UID weight). */
    UID,
    /** Counted per account (Binance's order counts, Kraken's per-pair trading counter). */
    ACCOUNT,
    /** Counted per API key (Kraken's call counter, nonces). */
    KEY
  }

  /**
   * Checks the parts.
   *
   * @param scope whose budget it is
   * @param id who within the scope, not blank
   * @param name which limit, not blank
   */
  public LimitKey {
    if (scope == null) {
      throw new IllegalArgumentException("A limit key needs a scope; pass IP, UID, ACCOUNT or KEY.");
    }
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("A limit key needs an id; pass the host or the key's fingerprint.");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A limit key needs a name; pass the limit's name, e.g. \"REQUEST_WEIGHT 1m\".");
    }
  }

  /**
   * A key.
   *
   * @param scope whose budget it is
   * @param id who within the scope
   * @param name which limit
   * @return the key
   */
  public static LimitKey of(Scope scope, String id, String name) {
    return new LimitKey(scope, id, name);
  }

  /**
   * An id for an API key that does not reveal it: the first 16 hex digits of its SHA-256.
   *
   * @param apiKey the public API key
   * @return 16 lower-case hex digits, the same in every process
   */
  public static String fingerprint(String apiKey) {
    if (apiKey == null || apiKey.isEmpty()) {
      throw new IllegalArgumentException("fingerprint needs an API key; pass the key the limits belong to.");
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * The key as one string, {@code scope:id:name}, as a shared store names it.
   *
   * @return {@code scope:id:name}
   */
  public String path() {
    return scope + ":" + id + ":" + name;
  }
}
