package dev.signet.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;

/**
 * The benchmarks' server: fixed answers for the benchmarked endpoints, on 127.0.0.1, run in its own
 * JVM (see {@link ServerProcess}) so its CPU is not counted against the client. It checks nothing;
 * it is a load target, not a fake exchange.
 *
 * <p>Run: {@code java -cp benchmarks.jar dev.signet.bench.LoopbackServer}; prints {@code READY <port>}.
 */
public final class LoopbackServer {
  private LoopbackServer() {}

  /** Starts the server on an ephemeral loopback port and prints {@code READY <port>}. */
  public static void main(String[] args) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    for (String path : new String[] {"/api/v3/time", "/api/v3/account", "/0/private/Balance"}) {
      server.createContext(path, ex -> reply(ex, Bodies.body(path)));
    }
    server.setExecutor(Executors.newFixedThreadPool(16));
    server.start();
    System.out.println("READY " + server.getAddress().getPort());
    System.out.flush();
    // runs until the parent closes our stdin
    while (System.in.read() >= 0) {
      // ignore
    }
    server.stop(0);
    System.exit(0);
  }

  private static void reply(HttpExchange ex, byte[] body) throws IOException {
    try (InputStream in = ex.getRequestBody()) {
      in.readAllBytes();
    }
    ex.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
    ex.sendResponseHeaders(200, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }
}
