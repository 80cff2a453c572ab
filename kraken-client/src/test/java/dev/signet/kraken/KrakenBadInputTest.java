package dev.signet.kraken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.Params;
import dev.signet.core.SigningInput;
import dev.signet.kraken.trading.AddOrder;
import dev.signet.kraken.trading.OrderType;
import dev.signet.kraken.trading.Side;
import java.math.BigDecimal;
import mockwebserver3.MockWebServer;
import okio.ByteString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each cause in Kraken's EAPI:Invalid key article is refused before anything is sent. */
class KrakenBadInputTest {
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start(0);
  }

  @AfterEach
  void stop() {
    assertThat(server.getRequestCount()).as("nothing may reach the network").isZero();
    server.close();
  }

  @Test
  void credentialsAreCheckedWithoutEchoingThem() {
    assertThatThrownBy(() -> KrakenCredentials.of("key", "not base64!"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("privateKey contains a space at index 3 (length 11); this is usually a copy-paste fault."
            + " Remove all whitespace and line breaks from the value.");
    assertThatThrownBy(() -> KrakenCredentials.of("key", "abc$def"))
        .hasMessage("privateKey is not valid base64 (length 7); Kraken private keys are base64 text ending in '=' or"
            + " '=='. Pass the private key, not the public API key, copied whole.");
    assertThatThrownBy(() -> KrakenCredentials.of("", KrakenTestData.DOCS_SECRET))
        .hasMessage("apiKey is empty or blank; pass the value shown when the API key was created.");
    assertThatThrownBy(() -> KrakenCredentials.of("key", KrakenTestData.DOCS_SECRET + "\r\n"))
        .hasMessageStartingWith("privateKey contains a carriage return (\\r) at index 88")
        .hasMessageNotContaining(KrakenTestData.DOCS_SECRET);
    assertThat(KrakenCredentials.of("kApi1234", KrakenTestData.DOCS_SECRET).toString()).isEqualTo("KrakenCredentials{apiKey=kApi…}");
  }

  @Test
  void truncatedOrFullPathsCannotBePassedAsAMethodName() {
    try (KrakenClient kraken = KrakenClient.builder().credentials(KrakenCredentials.of("k", KrakenTestData.DOCS_SECRET))
        .baseUrl(server.url("/").toString()).build()) {
      assertThatThrownBy(() -> kraken.privateCall("/0/private/Balance", Params.empty()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Kraken method '/0/private/Balance' is not a method name; pass the bare name such as Balance or"
              + " DepositAddresses (the client adds /0/private/ or /0/public/).");
      assertThatThrownBy(() -> kraken.privateCall("Balance", Params.of("nonce", "1")))
          .hasMessage("Parameter 'nonce' is added by the signer; remove it from the params.");
    }
  }

  @Test
  void signerRefusesPathsOutsidePrivateAndMismatchedContentTypes() {
    KrakenSigner signer = new KrakenSigner(KrakenCredentials.of("k", KrakenTestData.DOCS_SECRET), () -> 1L);
    assertThatThrownBy(() -> signer.sign(new SigningInput("POST", "/AddOrder", "", ByteString.EMPTY, null)))
        .hasMessage("Kraken private calls go to /0/private/<Method>; the path is '/AddOrder'. Use"
            + " KrakenClient.privateCall(\"Method\", params).");
    assertThatThrownBy(() -> signer.sign(new SigningInput("POST", "/0/private/AddOrder", "", ByteString.encodeUtf8("a=1"), "text/plain")))
        .hasMessage("Kraken private bodies are form-encoded or JSON; the body has content type text/plain.");
  }

  @Test
  void ordersCannotBeBuiltInvalid() {
    assertThatThrownBy(() -> AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("-1"), BigDecimal.ONE))
        .hasMessage("volume is -1; it must be greater than zero.");
    assertThatThrownBy(() -> AddOrder.limit("", Side.BUY, BigDecimal.ONE, BigDecimal.ONE))
        .hasMessage("pair is empty; pass a pair id or altname such as XBTUSD.");
    assertThatThrownBy(() -> AddOrder.builder("XBTUSD", Side.BUY, OrderType.LIMIT, BigDecimal.ONE).build())
        .hasMessage("ordertype limit needs price; call price(...).");
    assertThatThrownBy(() -> AddOrder.market("XBTUSD", Side.BUY, BigDecimal.ONE).clientOrderId("x").userref(1).build())
        .hasMessage("cl_ord_id and userref cannot both be set; Kraken accepts one of them.");
    assertThatThrownBy(() -> AddOrder.market("XBTUSD", Side.BUY, BigDecimal.ONE).clientOrderId("this-id-is-far-too-long-for-kraken"))
        .hasMessage("cl_ord_id 'this-id-is-far-too-long-for-kraken' is neither a UUID nor at most 18 printable ASCII"
            + " characters; shorten it or use a UUID.");
    AddOrder generated = AddOrder.market("XBTUSD", Side.SELL, new BigDecimal("1E-8")).build();
    assertThat(generated.clientOrderId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(generated.toParams().toString())
        .isEqualTo("Params[cl_ord_id=" + generated.clientOrderId() + ", ordertype=market, pair=XBTUSD, type=sell, volume=0.00000001]");
    assertThat(AddOrder.market("XBTUSD", Side.SELL, BigDecimal.ONE).userref(7).build().clientOrderId()).isNull();
  }

  @Test
  void plainHttpToARealHost() {
    assertThatThrownBy(() -> KrakenClient.builder().baseUrl("http://api.kraken.com"))
        .hasMessageStartingWith("baseUrl 'http://api.kraken.com' uses plain http:// to a host that is not loopback");
  }

  @Test
  void noCredentialsMeansPrivateCallsFailWithTheFix() {
    try (KrakenClient kraken = KrakenClient.builder().baseUrl(server.url("/").toString()).build()) {
      assertThatThrownBy(kraken::balance)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("This KrakenClient has no credentials, so it cannot call the signed endpoint /0/private/Balance."
              + " Set them with KrakenClient.builder().credentials(...).");
    }
  }
}
