package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.testkit.FakeKraken;
import dev.signet.testkit.TestKeys;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The built jar, run as a separate process the way a user runs it: exit codes and output. */
class SignetJarIT {
  private record Result(int code, String out, String err) {}

  private static Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(System.getProperty("signet.jar", "target/signet.jar"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().keySet().removeIf(k -> k.startsWith("BINANCE_") || k.startsWith("KRAKEN_"));
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void demoExitsZeroWithEveryStep() throws Exception {
    Result r = run(Map.of(), "demo");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("13. [kraken ] cancel").contains("Done: 13 steps");
    assertThat(r.err()).as("nothing on stderr").isEmpty();
  }

  @Test
  void binanceSignPrintsTheVector() throws Exception {
    Result r = run(Map.of("BINANCE_SECRET_KEY", "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j"),
        "binance", "sign", "--payload", "timestamp=1578963600000");
    assertThat(r.code()).isZero();
    assertThat(r.out().strip()).isEqualTo("d84e6641b1e328e7b418fff030caed655c266299c9355e36ce801ed14631eed4");
  }

  @Test
  void krakenRawAgainstAFakeSucceedsAndAWrongKeyFailsWithExitOne() throws Exception {
    String key = TestKeys.binanceSecret();
    String secret = TestKeys.krakenPrivateKey();
    try (FakeKraken fake = FakeKraken.builder().key(key, secret).balance("ZUSD", new BigDecimal("42")).build()) {
      Result ok = run(Map.of("KRAKEN_API_KEY", key, "KRAKEN_PRIVATE_KEY", secret), "kraken", "raw", "--base-url", fake.baseUrl(), "Balance");
      assertThat(ok.code()).as(ok.err()).isZero();
      assertThat(ok.out()).contains("\"ZUSD\" : \"42.0000000000\"");
      Result bad = run(Map.of("KRAKEN_API_KEY", key, "KRAKEN_PRIVATE_KEY", TestKeys.krakenPrivateKey()),
          "kraken", "raw", "--base-url", fake.baseUrl(), "Balance");
      assertThat(bad.code()).isEqualTo(1);
      assertThat(bad.err()).startsWith("error: Kraken Balance failed: EAPI:Invalid key");
    }
  }

  @Test
  void unknownSubcommandIsUsageError() throws Exception {
    Result r = run(Map.of(), "bogus");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Unmatched argument at index 0: 'bogus'");
  }
}
