package dev.signet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Endpoint rows: each method, its default kind, the checks, and the edges of the encoder they rely on. */
class EndpointRowsTest {

  @Test
  void eachMethodBuildsARowWithItsDefaultKind() {
    assertThat(Endpoint.get("/g").build()).satisfies(e -> {
      assertThat(e.method()).isEqualTo("GET");
      assertThat(e.kind()).isEqualTo(Endpoint.Kind.READ);
      assertThat(e.idempotent()).isTrue();
      assertThat(e.hasBody()).isFalse();
    });
    assertThat(Endpoint.post("/p").build()).satisfies(e -> {
      assertThat(e.kind()).isEqualTo(Endpoint.Kind.WRITE);
      assertThat(e.idempotent()).isFalse();
      assertThat(e.hasBody()).isTrue();
    });
    assertThat(Endpoint.put("/u").build()).satisfies(e -> {
      assertThat(e.method()).isEqualTo("PUT");
      assertThat(e.kind()).isEqualTo(Endpoint.Kind.WRITE);
      assertThat(e.hasBody()).isTrue();
    });
    assertThat(Endpoint.delete("/d").build()).satisfies(e -> {
      assertThat(e.method()).isEqualTo("DELETE");
      assertThat(e.kind()).isEqualTo(Endpoint.Kind.WRITE);
      assertThat(e.idempotent()).isFalse();
      assertThat(e.hasBody()).isFalse();
    });
    assertThat(Endpoint.delete("/d").read().build().idempotent()).isTrue();
    assertThat(Endpoint.get("/o").order(1, "cid").build().idempotent()).isFalse();
  }

  @Test
  void onlyTheFourMethodsInUpperCaseAreRows() {
    assertThatThrownBy(() -> Endpoint.of("PATCH", "/x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("HTTP method 'PATCH' is not one of GET, POST, PUT, DELETE (upper case).");
    assertThatThrownBy(() -> Endpoint.of("get", "/x").build())
        .hasMessage("HTTP method 'get' is not one of GET, POST, PUT, DELETE (upper case).");
    assertThat(Endpoint.of("PUT", "/x").build().method()).isEqualTo("PUT");
    assertThat(Endpoint.of("DELETE", "/x").build().method()).isEqualTo("DELETE");
  }

  @Test
  void theBuilderChainsEverySetting() {
    Endpoint e = Endpoint.post("/x").read().write().security(Security.API_KEY).limit(Endpoint.Limit.SAPI_UID_WEIGHT)
        .build();
    assertThat(e.kind()).isEqualTo(Endpoint.Kind.WRITE);
    assertThat(e.security()).isEqualTo(Security.API_KEY);
    assertThat(e.limit()).isEqualTo(Endpoint.Limit.SAPI_UID_WEIGHT);
  }

  @Test
  void aWriteCanNameItsClientIdParameterAndChainsOn() {
    Endpoint e = Endpoint.post("/w").write("withdrawOrderId").limit(Endpoint.Limit.SAPI_UID_WEIGHT).weight(900).build();
    assertThat(e.kind()).isEqualTo(Endpoint.Kind.WRITE);
    assertThat(e.clientIdParam()).isEqualTo("withdrawOrderId");
    assertThat(e.orderCount()).isZero();
    assertThat(e.limit()).isEqualTo(Endpoint.Limit.SAPI_UID_WEIGHT);
    assertThat(e.weightOf(Params.empty())).isEqualTo(900);
    assertThat(Endpoint.post("/w").write().build().clientIdParam()).isNull();
    assertThatThrownBy(() -> Endpoint.post("/w").write(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("clientIdParam");
  }

  @Test
  void withSecurityCopiesOnlyWhenItChanges() {
    Endpoint e = Endpoint.get("/g").weight(5).build();
    assertThat(e.withSecurity(Security.PUBLIC)).isSameAs(e);
    Endpoint signed = e.withSecurity(Security.SIGNED);
    assertThat(signed.security()).isEqualTo(Security.SIGNED);
    assertThat(signed.path()).isEqualTo("/g");
    assertThat(signed.weightOf(Params.empty())).isEqualTo(5);
  }

  @Test
  void aWeightOfZeroIsARowAndANegativeOneIsNot() {
    assertThat(Endpoint.get("/free").weight(0).build().weightOf(Params.empty())).isZero();
    assertThatThrownBy(() -> Endpoint.get("/x").weight(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("weight -1 is negative; pass zero or more.");
  }

  @Test
  void encodeComponentReturnsTheInputItselfWhenNothingNeedsEncoding() {
    String plain = "BTCUSDT-1.5_x~";
    assertThat(FormEncoder.encodeComponent(plain)).isSameAs(plain);
    assertThat(FormEncoder.encodeComponent("")).isSameAs("");
    assertThat(FormEncoder.encodeComponent("a b")).isEqualTo("a%20b");
    assertThat(FormEncoder.encodeComponent("é")).isEqualTo("%C3%A9");
    assertThat(FormEncoder.encodeComponent("\u007f")).isEqualTo("%7F");
  }

  @Test
  void containsKeyFindsWholeKeysOnly() {
    assertThat(FormEncoder.containsKey("a=1&timestamp=2", "timestamp")).isTrue();
    assertThat(FormEncoder.containsKey("timestamp=2", "timestamp")).isTrue();
    assertThat(FormEncoder.containsKey("xtimestamp=2&timestamp2=3", "timestamp")).isFalse();
    assertThat(FormEncoder.containsKey("a=timestamp", "timestamp")).isFalse();
    assertThat(FormEncoder.containsKey("a=1&timestamp", "timestamp")).isFalse();
    assertThat(FormEncoder.containsKey("b=timestamp&timestamp=1", "timestamp")).isTrue();
  }

  @Test
  void listsAndKeysAreCheckedLikeAnyParameter() {
    assertThatThrownBy(() -> Params.empty().addList(" ", java.util.List.of("A"), ListFormat.COMMA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A parameter key is null or blank; every parameter needs a name.");
    assertThatThrownBy(() -> Params.empty().addList(" ", java.util.List.of(), ListFormat.COMMA))
        .as("the key is checked before the list")
        .hasMessage("A parameter key is null or blank; every parameter needs a name.");
    assertThat(Params.of("a", "1").hashCode()).isNotEqualTo(Params.of("a", "2").hashCode())
        .isNotEqualTo(Params.of("b", "1").hashCode()).isNotZero();
    assertThatThrownBy(() -> Params.empty().add("k\uD800", "v"))
        .hasMessage("Parameter '(key)' holds an unpaired UTF-16 surrogate at index 1; it has no UTF-8 form."
            + " Pass well-formed text.");
  }
}
