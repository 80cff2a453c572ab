package dev.signet.redis;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Redis for a test class: {@code SIGNET_REDIS_URL} when set, else a {@code redis-server}
 * started on a free loopback port ({@code --save '' --appendonly no}) and stopped after the class.
 * Without a {@code redis-server} on the PATH the class is skipped with a message, unless {@code CI}
 * is set, when it fails. {@code new RedisServer(true)} always starts one of its own, which
 * {@link #restart()} can stop and start.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final RedisServer REDIS = new RedisServer();
 * }</pre>
 */
final class RedisServer implements BeforeAllCallback, AfterAllCallback {
  private final boolean own;
  private String external;
  private File binary;
  private int port;
  private Process process;

  /** {@code SIGNET_REDIS_URL} when set, else a server of its own. */
  RedisServer() {
    this(false);
  }

  /** @param own true for a server of its own even when {@code SIGNET_REDIS_URL} is set (to restart it) */
  RedisServer(boolean own) {
    this.own = own;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    external = own ? null : System.getenv("SIGNET_REDIS_URL");
    if (external != null && !external.isBlank()) {
      return;
    }
    binary = find();
    String missing = "No redis-server on the PATH: the Redis tests need a real Redis. Install it"
        + " (apt-get install redis-server) or set SIGNET_REDIS_URL.";
    if (binary == null) {
      if (System.getenv("CI") != null) {
        throw new IllegalStateException(missing + " Under CI they must run.");
      }
      Assumptions.abort(missing);
    }
    port = freePort();
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    stop();
  }

  /** The URI tests connect to. */
  String uri() {
    return external != null && !external.isBlank() ? external : "redis://127.0.0.1:" + port;
  }

  /** Whether this class started the server (and so can restart it). */
  boolean owned() {
    return process != null;
  }

  /** Stops the server and starts it again, empty, on the same port. */
  void restart() throws Exception {
    Assumptions.assumeTrue(owned(), "SIGNET_REDIS_URL is set: a shared Redis is not restarted by tests");
    stop();
    start();
  }

  /** Stops the server this class started (its keys are lost: no persistence). */
  void stopServer() throws InterruptedException {
    Assumptions.assumeTrue(owned(), "SIGNET_REDIS_URL is set: a shared Redis is not stopped by tests");
    stop();
  }

  /** Starts the server again, empty, on the same port, after {@link #stopServer()}. */
  void startServer() throws IOException, InterruptedException {
    start();
  }

  private void start() throws IOException, InterruptedException {
    process = new ProcessBuilder(binary.getPath(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
        "--save", "", "--appendonly", "no").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!answersPing()) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException("redis-server did not start on port " + port);
      }
      Thread.sleep(20);
    }
  }

  private void stop() throws InterruptedException {
    if (process != null) {
      process.destroy();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private boolean answersPing() {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
      OutputStream out = s.getOutputStream();
      out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      byte[] reply = in.readNBytes(7);
      return new String(reply, StandardCharsets.US_ASCII).equals("+PONG\r\n");
    } catch (IOException e) {
      return false;
    }
  }

  /** A loopback port nobody listens on now. */
  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static File find() {
    String path = System.getenv("PATH");
    for (String dir : (path == null ? "" : path).split(File.pathSeparator)) {
      File f = new File(dir, "redis-server");
      if (f.canExecute()) {
        return f;
      }
    }
    File sbin = new File("/usr/bin/redis-server");
    return sbin.canExecute() ? sbin : null;
  }
}
