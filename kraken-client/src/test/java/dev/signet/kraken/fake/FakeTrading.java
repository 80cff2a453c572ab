package dev.signet.kraken.fake;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.Params;
import dev.signet.kraken.KrakenApiException;
import dev.signet.kraken.KrakenClient;
import dev.signet.kraken.KrakenCredentials;
import dev.signet.testkit.FakeKraken;
import dev.signet.testkit.TestKeys;
import java.util.function.UnaryOperator;
import org.assertj.core.api.AbstractThrowableAssert;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A started {@link FakeKraken} with a client on its key, for the tests of the fake's trading. */
final class FakeTrading implements AutoCloseable {
  static final String KEY = "fake-trading-key";
  static final String SECRET = TestKeys.krakenPrivateKey();

  final FakeKraken fake;
  final KrakenClient kraken;

  FakeTrading(UnaryOperator<FakeKraken.Builder> configure) {
    fake = configure.apply(FakeKraken.builder().key(KEY, SECRET)).build();
    // the fake does not count calls; the client's own counter would make these tests wait for its decay
    kraken = KrakenClient.builder().credentials(KrakenCredentials.of(KEY, SECRET)).baseUrl(fake.baseUrl())
        .rateLimiter(dev.signet.core.RateLimiter.unlimited()).build();
  }

  /** XBTUSD at 40000 without rules, 10000 ZUSD and 1 XXBT, Kraken's fees. */
  static FakeTrading xbtUsd() {
    return new FakeTrading(b -> b
        .pair("XBTUSD", "XXBT", "ZUSD", new java.math.BigDecimal("40000"))
        .balance("ZUSD", new java.math.BigDecimal("10000"))
        .balance("XXBT", java.math.BigDecimal.ONE));
  }

  /** A private call with {@code kv} as key, value, key, value, ... */
  JsonNode call(String method, String... kv) {
    return kraken.privateCall(method, params(kv));
  }

  /** A public call with {@code kv} as key, value, ... */
  JsonNode publicCall(String method, String... kv) {
    return kraken.publicCall(method, params(kv));
  }

  /** The txid AddOrder answered. */
  String add(String... kv) {
    return call("AddOrder", kv).path("txid").path(0).asString();
  }

  /** Asserts the private call fails with exactly {@code error}. */
  AbstractThrowableAssert<?, ? extends Throwable> refuses(String error, String method, String... kv) {
    return assertThatThrownBy(() -> call(method, kv)).isInstanceOfSatisfying(KrakenApiException.class,
        e -> org.assertj.core.api.Assertions.assertThat(e.errors()).containsExactly(error));
  }

  /** {@code node} without its {@code time}-like members (the fake clock ticks), as compact JSON. */
  static String withoutTimes(JsonNode node, String... names) {
    JsonNode copy = node.deepCopy();
    strip(copy, names);
    return copy.toString();
  }

  private static void strip(JsonNode node, String... names) {
    if (node instanceof ObjectNode o) {
      for (String n : names) {
        o.remove(n);
      }
    }
    for (JsonNode child : node) {
      strip(child, names);
    }
  }

  private static Params params(String... kv) {
    Params p = Params.empty();
    for (int i = 0; i < kv.length; i += 2) {
      p.add(kv[i], kv[i + 1]);
    }
    return p;
  }

  @Override
  public void close() {
    kraken.close();
    fake.close();
  }
}
