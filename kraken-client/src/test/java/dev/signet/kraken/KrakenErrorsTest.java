package dev.signet.kraken;

import static dev.signet.kraken.KrakenTestData.API_KEY;
import static dev.signet.kraken.KrakenTestData.DOCS_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.Endpoint;
import dev.signet.core.Params;
import dev.signet.core.RetryPolicy;
import dev.signet.kraken.KrakenApiException.Category;
import dev.signet.kraken.internal.KrakenErrors;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kraken's error strings map to one category and one exception type each, keeping the strings whole. */
class KrakenErrorsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      EAPI:Invalid key                              | AUTHENTICATION      | KrakenAuthenticationException     | false | false
      EAPI:Invalid signature                        | AUTHENTICATION      | KrakenAuthenticationException     | false | false
      EAuth:Account temporary disabled              | AUTHENTICATION      | KrakenAuthenticationException     | false | false
      EAuth:Account unconfirmed                     | AUTHENTICATION      | KrakenAuthenticationException     | false | false
      EGeneral:Permission denied                    | PERMISSION_DENIED   | KrakenAuthenticationException     | false | false
      EAccount:Invalid permissions                  | PERMISSION_DENIED   | KrakenAuthenticationException     | false | false
      EAPI:Feature disabled:viqc                    | PERMISSION_DENIED   | KrakenAuthenticationException     | false | false
      EAPI:Invalid nonce                            | NONCE               | KrakenNonceException              | true  | false
      EAPI:Rate limit exceeded                      | RATE_LIMIT          | KrakenRateLimitException          | true  | false
      EGeneral:Too many requests                    | RATE_LIMIT          | KrakenRateLimitException          | true  | false
      EOrder:Rate limit exceeded                    | RATE_LIMIT          | KrakenRateLimitException          | false | false
      EOrder:Domain rate limit exceeded             | RATE_LIMIT          | KrakenRateLimitException          | false | false
      EAuth:Rate limit exceeded                     | RATE_LIMIT          | KrakenRateLimitException          | false | false
      EAuth:Too many requests                       | RATE_LIMIT          | KrakenRateLimitException          | false | false
      EService: Throttled: 1700000000               | RATE_LIMIT          | KrakenRateLimitException          | true  | false
      EOrder:Insufficient funds                     | ORDER_REJECTED      | KrakenOrderRejectedException      | false | false
      EOrder:Order minimum not met                  | ORDER_REJECTED      | KrakenOrderRejectedException      | false | false
      EOrder:Cost minimum not met                   | ORDER_REJECTED      | KrakenOrderRejectedException      | false | false
      EOrder:Invalid price                          | ORDER_REJECTED      | KrakenOrderRejectedException      | false | false
      EOrder:Tick size check failed                 | ORDER_REJECTED      | KrakenOrderRejectedException      | false | false
      EOrder:Unknown order                          | ORDER_REJECTED      | KrakenOrderRejectedException      | false | false
      EOrder:Orders limit exceeded                  | ORDER_REJECTED      | KrakenOrderRejectedException      | false | false
      EOrder:Margin allowance exceeded              | ORDER_REJECTED      | KrakenOrderRejectedException      | false | false
      EFunding:Max fee exceeded                     | FUNDING             | KrakenFundingException            | false | false
      EService:Unavailable                          | SERVICE_UNAVAILABLE | KrakenServiceUnavailableException | true  | false
      EService:Busy                                 | SERVICE_UNAVAILABLE | KrakenServiceUnavailableException | true  | false
      EService:Market in cancel_only mode           | SERVICE_UNAVAILABLE | KrakenServiceUnavailableException | false | false
      EService:Market in post_only mode             | SERVICE_UNAVAILABLE | KrakenServiceUnavailableException | false | false
      EService:Deadline elapsed                     | SERVICE_UNAVAILABLE | KrakenServiceUnavailableException | false | false
      EGeneral:Invalid arguments                    | INVALID_ARGUMENTS   | KrakenInvalidArgumentsException   | false | false
      EGeneral:Invalid arguments:Index unavailable  | INVALID_ARGUMENTS   | KrakenInvalidArgumentsException   | false | false
      EAPI:Invalid arguments:price below min        | INVALID_ARGUMENTS   | KrakenInvalidArgumentsException   | false | false
      EGeneral:Temporary lockout                    | LOCKOUT             | KrakenLockoutException            | false | false
      EGeneral:Internal error                       | INTERNAL_ERROR      | KrakenInternalErrorException      | false | true
      EGeneral:Internal error:12                    | INTERNAL_ERROR      | KrakenInternalErrorException      | false | true
      EQuery:Unknown asset pair                     | QUERY               | KrakenQueryException              | false | false
      EGeneral:Unknown method                       | OTHER               | KrakenApiException                | false | false
      ETrade:Invalid request                        | OTHER               | KrakenApiException                | false | false
      """)
  void eachErrorStringMapsToItsCategoryAndType(String error, Category category, String type, boolean retryable,
      boolean outcomeUnknown) {
    KrakenApiException e = KrakenErrors.exception(List.of(error), 200, "", "AddOrder", "");
    assertThat(e.category()).isEqualTo(category);
    assertThat(e.getClass().getSimpleName()).isEqualTo(type);
    assertThat(e.errors()).containsExactly(error);
    assertThat(e.hasError(error)).isTrue();
    assertThat(e.retryable()).isEqualTo(retryable);
    assertThat(e.outcomeUnknown()).isEqualTo(outcomeUnknown);
    assertThat(e).hasMessage("Kraken AddOrder failed: " + error);
  }

  @Test
  void theFirstErrorDecidesAndWarningsAreSkipped() {
    KrakenApiException e = KrakenErrors.exception(
        List.of("WGeneral:Danger", "EOrder:Insufficient funds", "EAPI:Invalid nonce"), 200, "", "AddOrder", "");
    assertThat(e).isInstanceOf(KrakenOrderRejectedException.class).hasMessage(
        "Kraken AddOrder failed: WGeneral:Danger, EOrder:Insufficient funds, EAPI:Invalid nonce");
    assertThat(e.category()).isEqualTo(Category.ORDER_REJECTED);
    assertThat(e.errors()).containsExactly("WGeneral:Danger", "EOrder:Insufficient funds", "EAPI:Invalid nonce");
    assertThat(e.retryable()).as("any retryable string, as before").isTrue();
  }

  @Test
  void invalidArgumentsNamesTheArgument() {
    KrakenInvalidArgumentsException named = (KrakenInvalidArgumentsException) KrakenErrors.exception(
        List.of("EGeneral:Invalid arguments:volume"), 200, "", "AddOrder", "");
    assertThat(named.argument()).contains("volume");
    KrakenInvalidArgumentsException bare = (KrakenInvalidArgumentsException) KrakenErrors.exception(
        List.of("EGeneral:Invalid arguments"), 200, "", "AddOrder", "");
    assertThat(bare.argument()).isEmpty();
    KrakenInvalidArgumentsException trailingColon = (KrakenInvalidArgumentsException) KrakenErrors.exception(
        List.of("EGeneral:Invalid arguments:"), 200, "", "AddOrder", "");
    assertThat(trailingColon.argument()).isEmpty();
  }

  @Test
  void theBaseConstructorStillWorksAndCategorisesFromTheStrings() {
    KrakenApiException e = new KrakenApiException(List.of("EAPI:Invalid nonce"), 200, "", "Balance", "");
    assertThat(e.category()).isEqualTo(Category.NONCE);
    assertThat(e.retryable()).isTrue();
    assertThat(KrakenErrors.category(List.of())).isEqualTo(Category.OTHER);
    assertThat(KrakenErrors.category(List.of("WGeneral:only a warning"))).isEqualTo(Category.OTHER);
  }

  @Test
  void anEnvelopeFromTheWireIsThrownAsItsTypeWithItsExplanation() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start(0);
      server.enqueue(new MockResponse.Builder().body("{\"error\":[\"EGeneral:Temporary lockout\"]}").build());
      server.enqueue(new MockResponse.Builder().body("{\"error\":[\"EGeneral:Permission denied\"],\"result\":{}}").build());
      server.enqueue(new MockResponse.Builder().body("{\"error\":[\"EGeneral:Invalid arguments:ordertype\"]}").build());
      try (KrakenClient kraken = KrakenClient.builder().credentials(KrakenCredentials.of(API_KEY, DOCS_SECRET))
          .baseUrl(server.url("/").toString()).retryPolicy(RetryPolicy.none()).build()) {
        assertThatThrownBy(() -> kraken.privateCall("Foo", Params.empty(), 1, Endpoint.Kind.WRITE))
            .isInstanceOf(KrakenLockoutException.class)
            .hasMessage("Kraken Foo failed: EGeneral:Temporary lockout"
                + "\nKraken locks an API key out (about 15 minutes, per its support pages) after too many failed calls"
                + " (invalid key, signature or nonce). Stop calling with this key for a while and fix the cause of"
                + " those errors first; retrying only extends the lockout.");
        assertThatThrownBy(() -> kraken.privateCall("Foo", Params.empty(), 1, Endpoint.Kind.WRITE))
            .isInstanceOfSatisfying(KrakenAuthenticationException.class,
                e -> assertThat(e.category()).isEqualTo(Category.PERMISSION_DENIED))
            .hasMessage("Kraken Foo failed: EGeneral:Permission denied"
                + "\nThe API key lacks the permission this method needs; add it in the key's settings (e.g. \"Create &"
                + " modify orders\" for placing orders, \"Cancel & close orders\" for cancelling, \"WebSocket"
                + " interface\" for a WebSockets token).");
        assertThatThrownBy(() -> kraken.privateCall("Foo", Params.empty(), 1, Endpoint.Kind.WRITE))
            .isInstanceOfSatisfying(KrakenInvalidArgumentsException.class,
                e -> assertThat(e.argument()).contains("ordertype"))
            .hasMessage("Kraken Foo failed: EGeneral:Invalid arguments:ordertype");
      }
    }
  }
}
