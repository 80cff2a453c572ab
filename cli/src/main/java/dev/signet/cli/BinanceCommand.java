package dev.signet.cli;

import dev.signet.binance.BinanceClient;
import dev.signet.binance.BinanceCredentials;
import dev.signet.core.SignetJson;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.JsonNode;

/** {@code signet binance raw|sign}. Keys: {@code BINANCE_API_KEY}, {@code BINANCE_SECRET_KEY}. */
@Command(name = "binance", mixinStandardHelpOptions = true,
    description = "Binance tools. Keys come from BINANCE_API_KEY and BINANCE_SECRET_KEY (HMAC).",
    subcommands = {BinanceCommand.Raw.class, BinanceCommand.Sign.class})
final class BinanceCommand implements Runnable {
  @ParentCommand
  Signet signet;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(signet.out());
  }

  /** One signed call; the response JSON to stdout. */
  @Command(name = "raw", mixinStandardHelpOptions = true,
      description = "Send one signed request with the parameters in the given order and print the response JSON.")
  static final class Raw implements java.util.concurrent.Callable<Integer> {
    @ParentCommand
    BinanceCommand binance;

    @Option(names = "--base-url", description = "Host for both spot and futures paths (default: production).")
    String baseUrl;

    @Option(names = "--testnet", description = "Use Binance's spot and futures testnets.")
    boolean testnet;

    @Option(names = {"-v", "--verbose"}, description = "Print the request exactly as sent and the signed text to stderr.")
    boolean verbose;

    @Parameters(index = "0", description = "HTTP method: GET, POST, PUT, DELETE.")
    String method;

    @Parameters(index = "1", description = "Endpoint path, e.g. /api/v3/account or /fapi/v1/income.")
    String path;

    @Parameters(index = "2..*", description = "key=value parameters, sent in this order.")
    List<String> pairs;

    @Override
    public Integer call() {
      Signet s = binance.signet;
      BinanceCredentials creds = BinanceCredentials.hmac(
          Secrets.env(s.env(), "BINANCE_API_KEY"), Secrets.env(s.env(), "BINANCE_SECRET_KEY"));
      BinanceClient.Builder builder = BinanceClient.builder().credentials(creds);
      if (testnet) {
        builder.testnet();
      }
      if (baseUrl != null) {
        builder.spotBaseUrl(baseUrl).futuresBaseUrl(baseUrl);
      }
      if (verbose) {
        builder.httpClient(RequestPrinter.httpClient(s.err()));
      }
      try (BinanceClient client = builder.build()) {
        JsonNode result = path.startsWith("/fapi/")
            ? client.futures().signed(method, path, RawArgs.params(pairs))
            : client.spot().signed(method, path, RawArgs.params(pairs));
        s.out().println(SignetJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
      }
      return Signet.OK;
    }
  }

  /** Prints the signature of a payload. */
  @Command(name = "sign", mixinStandardHelpOptions = true,
      description = "Print the signature of a payload (the query string plus body exactly as sent).")
  static final class Sign implements java.util.concurrent.Callable<Integer> {
    @ParentCommand
    BinanceCommand binance;

    @Option(names = "--payload", required = true, description = "The exact string to sign, e.g. timestamp=1578963600000.")
    String payload;

    @Option(names = "--key-type", defaultValue = "HMAC",
        description = "HMAC (hex output), RSA or ED25519 (base64 output; the secret is the PKCS#8 PEM). Default: ${DEFAULT-VALUE}.")
    BinanceCredentials.KeyType keyType;

    @Option(names = "--secret-file", description = "Read the secret (or PEM) from this file instead of BINANCE_SECRET_KEY.")
    Path secretFile;

    @Override
    public Integer call() {
      Signet s = binance.signet;
      String secret = Secrets.secret(s.env(), "BINANCE_SECRET_KEY", secretFile);
      BinanceCredentials creds = switch (keyType) {
        case HMAC -> BinanceCredentials.hmac("sign-only", secret);
        case RSA -> BinanceCredentials.rsa("sign-only", secret);
        case ED25519 -> BinanceCredentials.ed25519("sign-only", secret);
      };
      s.out().println(creds.sign(payload));
      return Signet.OK;
    }
  }
}
