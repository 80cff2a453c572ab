package dev.signet.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code signet} command: a demo bot against embedded fake exchanges, one signed call against
 * an exchange, and signing tools to check your own code against the SDK.
 *
 * <pre>{@code
 * java -jar cli/target/signet.jar demo
 * BINANCE_API_KEY=… BINANCE_SECRET_KEY=… java -jar cli/target/signet.jar binance raw -v GET /api/v3/account
 * BINANCE_SECRET_KEY=… java -jar cli/target/signet.jar binance sign --payload 'timestamp=1578963600000'
 * }</pre>
 *
 * <p>Secrets come from the environment or a file, never from an argument (arguments land in shell
 * history and {@code ps}), and are never printed.
 */
@Command(
    name = "signet",
    mixinStandardHelpOptions = true,
    version = "signet 0.1.0",
    description = "Signed Binance and Kraken REST calls that sign exactly the bytes they send.",
    subcommands = {DemoCommand.class, BinanceCommand.class, KrakenCommand.class})
public final class Signet implements Runnable {
  /** Success. */
  static final int OK = 0;
  /** The exchange answered with an error. */
  static final int EXCHANGE_ERROR = 1;
  /** Bad usage or configuration (picocli's own code for bad arguments). */
  static final int USAGE = 2;
  /** No usable answer: transport failure, timeout, undecodable body. */
  static final int TRANSPORT = 3;

  private final Map<String, String> env;
  private final PrintWriter out;
  private final PrintWriter err;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /**
   * @param env the environment to read keys from
   * @param out where results go
   * @param err where diagnostics and {@code -v} output go
   */
  Signet(Map<String, String> env, PrintWriter out, PrintWriter err) {
    this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
    this.out = out;
    this.err = err;
  }

  /**
   * Entry point of {@code java -jar signet.jar}: runs the command and exits the JVM with its exit
   * code (0 success, 1 exchange error, 2 bad usage or configuration, 3 no usable response).
   *
   * @param args the command line, e.g. {@code demo} or {@code binance raw GET /api/v3/time}
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(System.getenv(), out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs one command line and returns its exit code. */
  static int run(Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Signet(env, out, err));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> Failures.report(e, err));
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(out);
  }

  Map<String, String> env() {
    return env;
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }
}
