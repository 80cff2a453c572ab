package dev.signet.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.testkit.FakeBinance;
import dev.signet.testkit.FakeKraken;
import dev.signet.testkit.TestKeys;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A bot that is itself a module ({@code requires dev.signet.binance; requires dev.signet.kraken;}),
 * compiled with {@code javac --module-path} and run with {@code java --module-path ... -m} only: no
 * {@code --add-modules}, no class path. It uses OkHttp, Jackson and core types without requiring
 * them, so it also checks the {@code requires transitive} lines, and its calls decode through
 * Jackson inside the named modules, so it checks the {@code opens} lines.
 *
 * <p>The module path is the reactor's jars and their runtime dependencies, written by
 * {@code dependency:build-classpath}; the fakes it talks to run in this JVM.
 */
class ModularConsumerIT {
  private static final String MODULE_INFO = """
      module demo.bot {
        requires dev.signet.binance;
        requires dev.signet.kraken;
      }
      """;

  private static final String MAIN = """
      package demo.bot;

      import dev.signet.binance.BinanceClient;
      import dev.signet.binance.BinanceCredentials;
      import dev.signet.binance.spot.Account;
      import dev.signet.core.Params;
      import dev.signet.kraken.KrakenBalance;
      import dev.signet.kraken.KrakenClient;
      import dev.signet.kraken.KrakenCredentials;
      import java.math.BigDecimal;
      import okhttp3.OkHttpClient;
      import tools.jackson.databind.JsonNode;

      public final class Main {
        public static void main(String[] args) {
          OkHttpClient http = new OkHttpClient();
          try (BinanceClient binance = BinanceClient.builder()
                  .spotBaseUrl(args[0])
                  .credentials(BinanceCredentials.hmac(args[1], args[2]))
                  .httpClient(http)
                  .build();
              KrakenClient kraken = KrakenClient.builder()
                  .baseUrl(args[3])
                  .credentials(KrakenCredentials.of(args[4], args[5]))
                  .httpClient(http)
                  .build()) {
            Account account = binance.spot().account();
            System.out.println("binance USDT free " + plain(account.balance("USDT").orElseThrow().free()));
            KrakenBalance balance = kraken.balance();
            System.out.println("kraken ZUSD " + plain(balance.get("ZUSD").orElseThrow()));
            JsonNode raw = kraken.privateCall("Balance", Params.empty());
            System.out.println("kraken raw ZUSD " + plain(new BigDecimal(raw.get("ZUSD").asString())));
            System.out.println(Main.class.getModule().getName() + " runs with "
                + BinanceClient.class.getModule().getName() + ", " + KrakenClient.class.getModule().getName() + ", "
                + Params.class.getModule().getName() + ", " + OkHttpClient.class.getModule().getName() + ", "
                + JsonNode.class.getModule().getName());
          } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
          }
        }

        private static String plain(BigDecimal value) {
          return value.stripTrailingZeros().toPlainString();
        }
      }
      """;

  private record Result(int code, String out, String err) {}

  @Test
  void aModularBotCompilesAndRunsOnTheModulePathAlone() throws Exception {
    String modulePath = Files.readString(Path.of(System.getProperty("signet.modulePathFile", "target/module-path.txt"))).strip();
    List<String> entries = Arrays.asList(modulePath.split(File.pathSeparator));
    assertThat(entries).as("module path").anyMatch(e -> e.contains("signet-binance")).anyMatch(e -> e.contains("signet-kraken"))
        .anyMatch(e -> e.contains("signet-core")).noneMatch(e -> e.contains("signet-testkit"));

    Path work = Path.of(System.getProperty("signet.workDir", "target/demo-bot"));
    Path src = work.resolve("src/demo.bot");
    Path out = work.resolve("out/demo.bot");
    Files.createDirectories(src.resolve("demo/bot"));
    Files.createDirectories(out);
    Files.writeString(src.resolve("module-info.java"), MODULE_INFO);
    Files.writeString(src.resolve("demo/bot/Main.java"), MAIN);

    Result compiled = run(List.of(tool("javac"), "--release", "17", "-Xlint:all", "-Werror",
        "--module-path", modulePath, "-d", out.toString(),
        src.resolve("module-info.java").toString(), src.resolve("demo/bot/Main.java").toString()));
    assertThat(compiled.code()).as("javac: %s%s", compiled.out(), compiled.err()).isZero();

    String binanceKey = TestKeys.binanceSecret();
    String binanceSecret = TestKeys.binanceSecret();
    String krakenKey = TestKeys.binanceSecret();
    String krakenSecret = TestKeys.krakenPrivateKey();
    try (FakeBinance binance = FakeBinance.builder().hmacKey(binanceKey, binanceSecret).balance("USDT", new BigDecimal("1234.5")).build();
        FakeKraken kraken = FakeKraken.builder().key(krakenKey, krakenSecret).balance("ZUSD", new BigDecimal("42")).build()) {
      Result ran = run(List.of(tool("java"), "--module-path", out + File.pathSeparator + modulePath,
          "-m", "demo.bot/demo.bot.Main",
          binance.baseUrl(), binanceKey, binanceSecret, kraken.baseUrl(), krakenKey, krakenSecret));
      assertThat(ran.code()).as("exit code; stderr:%n%s", ran.err()).isZero();
      assertThat(ran.out()).as("stderr:%n%s", ran.err()).isEqualTo("""
          binance USDT free 1234.5
          kraken ZUSD 42
          kraken raw ZUSD 42
          demo.bot runs with dev.signet.binance, dev.signet.kraken, dev.signet.core, okhttp3, tools.jackson.databind
          """.replace("\n", System.lineSeparator()));
      // Resilience4j needs slf4j-api 1.7 at run time (its CircuitBreakerStateMachine holds a Logger);
      // a bot without any binding gets exactly SLF4J's three-line notice and nothing else
      assertThat(ran.err().lines()).as("stderr").containsExactly(
          "SLF4J: Failed to load class \"org.slf4j.impl.StaticLoggerBinder\".",
          "SLF4J: Defaulting to no-operation (NOP) logger implementation",
          "SLF4J: See http://www.slf4j.org/codes.html#StaticLoggerBinder for further details.");
    }
  }

  private static String tool(String name) {
    return Path.of(System.getProperty("java.home"), "bin", name).toString();
  }

  private static Result run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command));
    // only what is on the command line: no class path or options slipped in from the environment
    pb.environment().keySet().removeAll(List.of("CLASSPATH", "JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS"));
    pb.redirectErrorStream(false);
    Process p = pb.start();
    p.getOutputStream().close();
    // stderr is drained on its own thread so a chatty process cannot block on a full pipe
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
    assertThat(exited).as("%s exited within 60 s", command.stream().limit(1).collect(Collectors.joining())).isTrue();
    return new Result(p.exitValue(), out, err.toString());
  }
}
