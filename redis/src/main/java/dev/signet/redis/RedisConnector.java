package dev.signet.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One lazily opened Lettuce connection to one Redis, for {@link RedisLimitStore}: connects on first
 * use (and again after a failed attempt), rejects commands at once while disconnected instead of
 * queueing them, runs scripts by {@code EVALSHA} (loading a script again after a Redis restart
 * forgot it), and describes Redis by its address, never its password. Thread-safe.
 */
final class RedisConnector implements AutoCloseable {
  private final RedisURI uri;
  private final String address;
  private final String password;
  private final ConcurrentMap<String, String> shas = new ConcurrentHashMap<>();
  private final AtomicBoolean down = new AtomicBoolean();
  private RedisClient client;
  private StatefulRedisConnection<String, String> connection;

  RedisConnector(String uri, Duration timeout) {
    this.uri = parse(uri);
    this.uri.setTimeout(timeout);
    this.password = passwordIn(uri);
    this.address = (this.uri.isSsl() ? "rediss://" : "redis://") + this.uri.getHost() + ":" + this.uri.getPort()
        + "/" + this.uri.getDatabase();
  }

  /** Parses a Redis URI, with an error that names the parameter and never shows the password. */
  static RedisURI parse(String uri) {
    if (uri == null || !(uri.startsWith("redis://") || uri.startsWith("rediss://"))) {
      throw new IllegalArgumentException("uri must start with redis:// or rediss://, e.g. \"redis://10.0.0.5:6379\".");
    }
    try {
      if (java.net.URI.create(uri).getHost() == null) {
        throw new IllegalArgumentException("no host");
      }
      return RedisURI.create(uri);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("uri is not a Redis URI; pass redis://[:password@]host[:port][/database].");
    }
  }

  /** {@code redis://host:port/database}: no password. */
  String address() {
    return address;
  }

  /** The connection's commands, connecting first when there is no connection. */
  synchronized RedisCommands<String, String> commands() {
    if (connection == null) {
      if (client == null) {
        client = RedisClient.create();
        client.setOptions(ClientOptions.builder().autoReconnect(true)
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .socketOptions(SocketOptions.builder().connectTimeout(uri.getTimeout()).build()).build());
      }
      connection = client.connect(uri);
    }
    return connection.sync();
  }

  /** Runs {@code script} by its SHA-1, loading it when Redis does not know it. */
  <T> T eval(RedisCommands<String, String> r, String script, ScriptOutputType type, List<String> keys, List<String> args) {
    String[] k = keys.toArray(new String[0]);
    String[] a = args.toArray(new String[0]);
    String sha = shas.computeIfAbsent(script, s -> r.digest(s.getBytes(StandardCharsets.UTF_8)));
    try {
      return r.evalsha(sha, type, k, a);
    } catch (RedisNoScriptException e) {
      r.scriptLoad(script);
      return r.evalsha(sha, type, k, a);
    }
  }

  /** Marks Redis answering; true when it was down. */
  boolean up() {
    return down.compareAndSet(true, false);
  }

  /** Marks Redis unreachable; true when it was up (the first failure of an outage). */
  boolean down() {
    return down.compareAndSet(false, true);
  }

  /** Lettuce's failure in words, any password in it masked. */
  String describe(RedisException e) {
    String text = e.getClass().getSimpleName() + ": " + e.getMessage();
    return password.isEmpty() ? text : text.replace(password, "****");
  }

  /** The password part of a URI's user info, or empty. */
  private static String passwordIn(String uri) {
    int scheme = uri.indexOf("://") + 3;
    int at = uri.indexOf('@', scheme);
    int slash = uri.indexOf('/', scheme);
    if (at < 0 || (slash >= 0 && slash < at)) {
      return "";
    }
    String userInfo = uri.substring(scheme, at);
    return userInfo.substring(userInfo.indexOf(':') + 1);
  }

  @Override
  public synchronized void close() {
    if (connection != null) {
      connection.close();
      connection = null;
    }
    if (client != null) {
      client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
      client = null;
    }
  }
}
