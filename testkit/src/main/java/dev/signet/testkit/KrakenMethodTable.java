package dev.signet.testkit;

import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.Ledger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;

/**
 * {@link FakeKraken}'s built-in methods by name, public and private, and how a request reaches one:
 * the route classes register into the two tables, a call is looked up by its path and answered in
 * Kraken's envelope ({@code {"error":[],"result":...}}, HTTP 200), an unknown name is
 * {@code EGeneral:Unknown method}. Private calls are verified by {@link KrakenSignatureCheck} first.
 */
final class KrakenMethodTable {
  static final String PRIVATE = "/0/private/";
  static final String PUBLIC = "/0/public/";

  private final Map<String, KrakenMethod> publicMethods = new HashMap<>();
  private final Map<String, KrakenMethod> privateMethods = new HashMap<>();

  /** The fake's standard methods over its state. */
  KrakenMethodTable(Ledger ledger, FakeClock clock, KrakenPairs pairs, KrakenMatcher matcher, KrakenTimer timer,
      KrakenHistory history, KrakenSubaccountLedgers subaccounts) {
    new KrakenMarketRoutes(ledger, clock, pairs).register(publicMethods, privateMethods);
    new KrakenAccountRoutes(ledger, clock, pairs).register(publicMethods, privateMethods);
    new KrakenFundingRoutes(ledger, clock, pairs).register(publicMethods, privateMethods);
    new KrakenOrders(ledger, pairs, matcher).register(privateMethods);
    new KrakenTradingRoutes(ledger, clock, pairs, matcher, timer).register(privateMethods);
    new KrakenHistoryRoutes(history).register(privateMethods);
    new KrakenHistoryMarket(history, pairs).register(publicMethods);
    new KrakenBookRoutes(ledger, pairs, history).register(publicMethods, privateMethods);
    new KrakenEarnRoutes(ledger, pairs).register(privateMethods);
    subaccounts.register(privateMethods);
  }

  /**
   * Answers a request to a built-in method.
   * @throws KrakenSignatureCheck.Rejection when a private call's signature, key or nonce is refused
   * @throws KrakenError the error Kraken would answer, {@code EGeneral:Unknown method} for no such method
   */
  Reply answer(RecordedRequest request, String path, KrakenSignatureCheck check) throws KrakenError {
    if (path.startsWith(PUBLIC) && request.getMethod().equals("GET")) {
      return answer(find(publicMethods, path.substring(PUBLIC.length())).handle(query(request)));
    }
    if (path.startsWith(PRIVATE)) {
      if (!request.getMethod().equals("POST")) {
        throw new KrakenError("EGeneral:Invalid arguments");
      }
      KrakenMethod method = find(privateMethods, path.substring(PRIVATE.length()));
      return answer(method.handle(params(check.verify(request))));
    }
    throw new KrakenError("EGeneral:Unknown method");
  }

  private static KrakenMethod find(Map<String, KrakenMethod> table, String name) throws KrakenError {
    KrakenMethod method = table.get(name);
    if (method == null) {
      throw new KrakenError("EGeneral:Unknown method");
    }
    return method;
  }

  /** The query parameters, in order (decoded). */
  private static Map<String, String> query(RecordedRequest request) {
    Map<String, String> params = new LinkedHashMap<>();
    okhttp3.HttpUrl url = request.getUrl();
    for (int i = 0; i < url.querySize(); i++) {
      params.put(url.queryParameterName(i), url.queryParameterValue(i) == null ? "" : url.queryParameterValue(i));
    }
    return params;
  }

  /** The form arguments without the nonce, or the JSON body under {@code _json}. */
  private static Map<String, String> params(KrakenSignatureCheck.Verified verified) {
    Map<String, String> params = new LinkedHashMap<>();
    if (verified.json() != null) {
      params.put("_json", verified.json());
    }
    for (Map.Entry<String, String> p : verified.params()) {
      params.put(p.getKey(), p.getValue());
    }
    params.remove("nonce");
    return params;
  }

  /** A method's {@link Reply} as it is (e.g. a binary export), anything else as the envelope's {@code result}. */
  private static Reply answer(Object answer) {
    if (answer instanceof Reply reply) {
      return reply;
    }
    Map<String, Object> envelope = Json.object();
    envelope.put("error", List.of());
    envelope.put("result", answer);
    return Reply.json(200, Json.write(envelope));
  }
}
