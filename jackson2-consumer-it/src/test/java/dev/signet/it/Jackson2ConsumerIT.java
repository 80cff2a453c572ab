package dev.signet.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.testkit.FakeBinance;
import dev.signet.testkit.TestKeys;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two consumer projects on {@code jackson-databind 2.17.2}, resolved by Maven (maven-invoker-plugin,
 * {@code src/it}) against the Signet artifacts as published: {@code with-bom} imports signet-bom,
 * {@code without-bom} does not, so Maven mediates jackson-annotations down to 2.17.2. The same bot
 * runs in a fresh JVM on each class path.
 */
class Jackson2ConsumerIT {
  private static final String MAIN = """
      import com.fasterxml.jackson.databind.ObjectMapper;
      import dev.signet.binance.BinanceClient;
      import dev.signet.binance.BinanceCredentials;
      import dev.signet.binance.spot.Account;

      public final class Main {
        public static void main(String[] args) throws Exception {
          BinanceClient binance;
          try {
            binance = BinanceClient.builder().spotBaseUrl(args[0]).credentials(BinanceCredentials.hmac(args[1], args[2])).build();
          } catch (IllegalStateException e) {
            System.err.print(e.getMessage());
            System.exit(3);
            return;
          }
          try (binance) {
            Account account = binance.spot().account();
            System.out.println("signet USDT free " + account.balance("USDT").orElseThrow().free().stripTrailingZeros().toPlainString());
            System.out.println("jackson2 " + new ObjectMapper().readTree("{\\"a\\":[1,2]}").get("a").size());
          }
        }
      }
      """;

  private record Result(int code, String out, String err) {}

  @Test
  void withTheBomSignetAndJackson2RunSideBySideWithNothingOnStderr() throws Exception {
    String key = TestKeys.binanceSecret();
    String secret = TestKeys.binanceSecret();
    try (FakeBinance fake = FakeBinance.builder().hmacKey(key, secret).balance("USDT", new BigDecimal("1234.5")).build()) {
      Result r = runBot("with-bom", fake.baseUrl(), key, secret);
      assertThat(r.code()).as("stderr:%n%s", r.err()).isZero();
      assertThat(r.out()).isEqualTo("signet USDT free 1234.5%njackson2 2%n".formatted());
      // the consumer adds an SLF4J binding (slf4j-nop), as the README tells a bot to: then nothing at all
      assertThat(r.err()).as("stderr").isEmpty();
    }
  }

  @Test
  void withoutTheBomTheBuilderNamesTheVersionsAndTheFix() throws Exception {
    Result r = runBot("without-bom", "http://127.0.0.1:9/", "k", "s");
    assertThat(r.code()).as("stderr:%n%s", r.err()).isEqualTo(3);
    assertThat(r.err()).isEqualTo("Signet needs com.fasterxml.jackson.core:jackson-annotations 2.22 or newer (Jackson 3 shares it"
        + " with Jackson 2), but found 2.17.2, probably brought down by an older Jackson 2 dependency."
        + " Fix: import dev.signet:signet-bom in <dependencyManagement>, or pin"
        + " com.fasterxml.jackson.core:jackson-annotations to 2.22 or newer (Jackson 2 runs on it too).");
  }

  private static Result runBot(String consumer, String... args) throws Exception {
    Path dir = Path.of(System.getProperty("signet.consumers", "target/it")).resolve(consumer);
    String classPath = Files.readString(dir.resolve("classpath.txt")).strip();
    assertThat(classPath).contains("jackson-databind-2.17.2.jar").contains("signet-binance");
    Path src = dir.resolve("bot/Main.java");
    Path out = dir.resolve("bot/classes");
    Files.createDirectories(out);
    Files.writeString(src, MAIN);
    Result compiled = run(List.of(tool("javac"), "--release", "17", "-cp", classPath, "-d", out.toString(), src.toString()));
    assertThat(compiled.code()).as("javac: %s%s", compiled.out(), compiled.err()).isZero();
    List<String> command = new ArrayList<>(List.of(tool("java"), "-cp", out + File.pathSeparator + classPath, "Main"));
    command.addAll(List.of(args));
    return run(command);
  }

  private static String tool(String name) {
    return Path.of(System.getProperty("java.home"), "bin", name).toString();
  }

  private static Result run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().keySet().removeAll(List.of("CLASSPATH", "JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS"));
    Process p = pb.start();
    p.getOutputStream().close();
    StringBuilder err = new StringBuilder();
    Thread errReader = new Thread(() -> {
      try {
        err.append(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        err.append(e);
      }
    });
    errReader.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean exited = p.waitFor(60, TimeUnit.SECONDS);
    if (!exited) {
      p.destroyForcibly();
    }
    errReader.join(10_000);
    assertThat(exited).as("%s exited within 60 s", command.get(0)).isTrue();
    return new Result(p.exitValue(), out, err.toString());
  }
}
