package dev.signet.cli;

import dev.signet.core.SignetJson;
import dev.signet.kraken.KrakenClient;
import dev.signet.kraken.KrakenCredentials;
import dev.signet.kraken.KrakenSigner;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.JsonNode;

/** {@code signet kraken raw|sign}. Keys: {@code KRAKEN_API_KEY}, {@code KRAKEN_PRIVATE_KEY}. */
@Command(name = "kraken", mixinStandardHelpOptions = true,
    description = "Kraken tools. Keys come from KRAKEN_API_KEY and KRAKEN_PRIVATE_KEY.",
    subcommands = {KrakenCommand.Raw.class, KrakenCommand.Sign.class})
final class KrakenCommand implements Runnable {
  @ParentCommand
  Signet signet;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(signet.out());
  }

  /** One private call; the result JSON to stdout. */
  @Command(name = "raw", mixinStandardHelpOptions = true,
      description = "Call one private method with the parameters in the given order and print the result JSON.")
  static final class Raw implements java.util.concurrent.Callable<Integer> {
    @ParentCommand
    KrakenCommand kraken;

    @Option(names = "--base-url", description = "Host (default: https://api.kraken.com).")
    String baseUrl;

    @Option(names = {"-v", "--verbose"}, description = "Print the request exactly as sent and the signed text to stderr.")
    boolean verbose;

    @Parameters(index = "0", description = "Private method name, e.g. Balance or AddOrder.")
    String methodName;

    @Parameters(index = "1..*", description = "key=value parameters, sent in this order after the nonce.")
    List<String> pairs;

    @Override
    public Integer call() {
      Signet s = kraken.signet;
      KrakenClient.Builder builder = KrakenClient.builder().credentials(KrakenCredentials.of(
          Secrets.env(s.env(), "KRAKEN_API_KEY"), Secrets.env(s.env(), "KRAKEN_PRIVATE_KEY")));
      if (baseUrl != null) {
        builder.baseUrl(baseUrl);
      }
      if (verbose) {
        builder.httpClient(RequestPrinter.httpClient(s.err()));
      }
      try (KrakenClient client = builder.build()) {
        JsonNode result = client.privateCall(methodName, RawArgs.params(pairs));
        s.out().println(SignetJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
      }
      return Signet.OK;
    }
  }

  /** Prints an API-Sign value. */
  @Command(name = "sign", mixinStandardHelpOptions = true,
      description = "Print API-Sign = base64(HMAC-SHA512(base64decode(key), path + SHA256(nonce + data))).")
  static final class Sign implements java.util.concurrent.Callable<Integer> {
    @ParentCommand
    KrakenCommand kraken;

    @Option(names = "--path", required = true, description = "URI path, e.g. /0/private/AddOrder.")
    String path;

    @Option(names = "--nonce", required = true, description = "The nonce, as in the body.")
    String nonce;

    @Option(names = "--data", required = true, description = "The POST data exactly as sent, nonce included.")
    String data;

    @Option(names = "--secret-file", description = "Read the private key from this file instead of KRAKEN_PRIVATE_KEY.")
    Path secretFile;

    @Override
    public Integer call() {
      Signet s = kraken.signet;
      KrakenCredentials creds = KrakenCredentials.of("sign-only", Secrets.secret(s.env(), "KRAKEN_PRIVATE_KEY", secretFile));
      s.out().println(new KrakenSigner(creds, () -> 0L).apiSign(path, nonce, data));
      return Signet.OK;
    }
  }
}
