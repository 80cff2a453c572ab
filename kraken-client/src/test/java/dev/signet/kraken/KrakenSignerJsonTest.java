package dev.signet.kraken;

import static dev.signet.kraken.KrakenTestData.API_KEY;
import static dev.signet.kraken.KrakenTestData.DOCS_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.SignetJson;
import dev.signet.core.SigningInput;
import dev.signet.core.SigningResult;
import dev.signet.testkit.KrakenSignatureCheck;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.ByteString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JSON bodies: the nonce is added once, first, to any JSON object, and the bytes sent are the bytes signed. */
class KrakenSignerJsonTest {
  private static final String JSON = "application/json";
  private final KrakenSigner signer = new KrakenSigner(KrakenCredentials.of(API_KEY, DOCS_SECRET),
      KrakenNonceSource.startingAt(100));
  private final MockWebServer server = new MockWebServer();
  private final KrakenSignatureCheck check = KrakenSignatureCheck.builder().key(API_KEY, DOCS_SECRET).build();

  @BeforeEach
  void start() throws Exception {
    server.start(0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private SigningResult sign(String json) {
    return signer.sign(new SigningInput("POST", "/0/private/AddOrderBatch", "", ByteString.encodeUtf8(json), JSON));
  }

  private static String apiSign(SigningResult r) {
    assertThat(r.headers()).hasSize(1);
    assertThat(r.headers().get(0).name()).isEqualTo("API-Sign");
    return r.headers().get(0).value();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "{ }", "  {}\n", "{\n}"})
  void anEmptyObjectBecomesAnObjectHoldingOnlyTheNonce(String json) {
    SigningResult r = sign(json);
    assertThat(r.body().utf8()).isEqualTo("{\"nonce\":\"100\"}");
    assertThat(SignetJson.mapper().readTree(r.body().utf8()).get("nonce").asString()).isEqualTo("100");
    assertThat(apiSign(r)).isEqualTo(signer.apiSign("/0/private/AddOrderBatch", "100", "{\"nonce\":\"100\"}"));
    assertThat(r.signedText()).isEqualTo("/0/private/AddOrderBatch + SHA256(100{\"nonce\":\"100\"})");
  }

  @Test
  void theNonceGoesFirstBeforeTheMembersAsGiven() {
    SigningResult r = sign("  { \"orders\":[\"A\"] }  ");
    assertThat(r.body().utf8()).isEqualTo("{\"nonce\":\"100\",\"orders\":[\"A\"] }");
    assertThat(r.encodedQuery()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"cl_ord_id\":\"nonce\"}", "{\"orders\":[{\"nonce\":1}]}", "{\"a\":{\"nonce\":\"x\"}}"})
  void aNonceThatIsAValueOrANestedMemberIsNotTheBodysOwn(String json) {
    SigningResult r = sign(json);
    assertThat(r.body().utf8()).isEqualTo("{\"nonce\":\"100\"," + json.substring(1));
  }

  @Test
  void aBodyThatIsNotJsonIsRefusedWithTheParsersReason() {
    assertThatThrownBy(() -> sign("{\"nonce\" 1}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The JSON body for a Kraken private call is not valid JSON: Unexpected character");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"nonce\":\"5\",\"orders\":[]}", "{\"orders\":[],\"nonce\":5}", "{ \"nonce\" : 1 }"})
  void aBodyWithItsOwnNonceIsRefusedRatherThanSignedWithTwo(String json) {
    assertThatThrownBy(() -> sign(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The JSON body already has a \"nonce\" member; the signer adds it. Remove it.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "[{}]", "\"{}\"", "", "{\"a\":1", "\"a\":1}"})
  void aBodyThatIsNotAJsonObjectIsRefused(String json) {
    assertThatThrownBy(() -> sign(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A JSON body for a Kraken private call must be a JSON object.");
  }

  @Test
  void privateCallJsonRefusesANonceMemberUnsent() {
    try (KrakenClient kraken = client()) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("nonce", "5");
      body.put("orders", List.of());
      assertThatThrownBy(() -> kraken.privateCallJson("AddOrderBatch", body))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Member 'nonce' is added by the signer; remove it from the body.");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anEmptyJsonBodyIsSentAsTheNonceAloneAndKrakenWouldAcceptIt() throws Exception {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", JSON).body("{\"error\":[],\"result\":{}}").build());
    try (KrakenClient kraken = client()) {
      kraken.privateCallJson("AddOrderBatch", Map.of());
    }
    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getBody().utf8()).isEqualTo("{\"nonce\":\"100\"}");
    assertThat(sent.getHeaders().get("Content-Type")).isEqualTo(JSON);
    assertThat(sent.getHeaders().get("API-Key")).isEqualTo(API_KEY);
    assertThat(sent.getHeaders().get("API-Sign"))
        .isEqualTo(signer.apiSign("/0/private/AddOrderBatch", "100", "{\"nonce\":\"100\"}"));
    KrakenSignatureCheck.Verified v = check.verify(sent);
    assertThat(v.nonce()).isEqualTo(100L);
    assertThat(v.json()).isEqualTo("{\"nonce\":\"100\"}");
  }

  @Test
  void theSignerShowsNoKey() {
    assertThat(signer.toString()).isEqualTo("KrakenSigner");
  }

  private KrakenClient client() {
    return KrakenClient.builder()
        .credentials(KrakenCredentials.of(API_KEY, DOCS_SECRET))
        .baseUrl(server.url("/").toString())
        .nonceSource(KrakenNonceSource.startingAt(100))
        .build();
  }
}
