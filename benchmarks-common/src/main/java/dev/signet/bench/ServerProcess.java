package dev.signet.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Starts {@link LoopbackServer} in a child JVM on the same class path; closing it stops the child.
 *
 * <p>Example: {@code try (ServerProcess server = ServerProcess.start()) { String url = server.baseUrl(); }}
 */
public final class ServerProcess implements AutoCloseable {
  private final Process process;
  private final int port;

  private ServerProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  public static ServerProcess start() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx512m", "-Dsun.net.httpserver.nodelay=true", "-cp", System.getProperty("java.class.path"),
        LoopbackServer.class.getName()).redirectErrorStream(true).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (line == null || !line.startsWith("READY ")) {
      p.destroyForcibly();
      throw new IOException("loopback server did not start: " + line);
    }
    return new ServerProcess(p, Integer.parseInt(line.substring(6).trim()));
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public void close() {
    try {
      process.getOutputStream().close();
    } catch (IOException ignored) {
      // the child is stopped below anyway
    }
    process.destroy();
  }
}
