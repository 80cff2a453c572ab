package dev.signet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * {@link Decoder#listOf} and {@link Decoder#mapOf}: the whole array or object in one reader call
 * (one Jackson context for all its elements or members), with the refusals they had when each
 * element or member was its own reader call: a null list, element or member named, an early end,
 * a failure inside an element or member with its index or name in its path, a value that decodes
 * to null.
 */
class DecoderTest {
  record Row(long id, BigDecimal price) {}

  /** An element whose deserializer records which context read it. */
  @JsonDeserialize(using = Seen.Reader.class)
  record Seen(int context, int value) {
    static final class Reader extends ValueDeserializer<Seen> {
      @Override
      public Seen deserialize(JsonParser p, DeserializationContext ctxt) {
        return new Seen(System.identityHashCode(ctxt), p.getIntValue());
      }
    }
  }

  /** An element whose deserializer yields null. */
  @JsonDeserialize(using = Nothing.Reader.class)
  record Nothing(int value) {
    static final class Reader extends ValueDeserializer<Nothing> {
      @Override
      public Nothing deserialize(JsonParser p, DeserializationContext ctxt) {
        return null;
      }
    }
  }

  private static final Decoder<List<Row>> ROWS = Decoder.listOf(Row.class);

  private static <T> T decode(Decoder<T> decoder, String json) {
    try (JsonParser p = SignetJson.mapper().createParser(json)) {
      return decoder.decode(p);
    }
  }

  @Test
  void aListDecodesEveryElementInOrderIntoAnUnmodifiableList() {
    List<Row> rows = decode(ROWS, "[{\"id\":1,\"price\":\"0.10\"},{\"id\":2,\"price\":2.5},{\"price\":\"3\",\"id\":3}]");
    assertThat(rows).containsExactly(new Row(1, new BigDecimal("0.10")), new Row(2, new BigDecimal("2.5")),
        new Row(3, new BigDecimal("3")));
    assertThatThrownBy(() -> rows.add(new Row(4, BigDecimal.ONE))).isInstanceOf(UnsupportedOperationException.class);
    assertThat(decode(ROWS, " [ ] ")).isEmpty();
  }

  @Test
  void everyElementOfAListIsReadWithTheSameContext() {
    List<Seen> seen = decode(Decoder.listOf(Seen.class), "[1,2,3,4]");
    assertThat(seen).extracting(Seen::value).containsExactly(1, 2, 3, 4);
    assertThat(seen).extracting(Seen::context).containsOnly(seen.get(0).context());
  }

  @Test
  void aListInsideAnObjectLeavesTheParserReadyForTheNextMember() {
    try (JsonParser p = SignetJson.mapper().createParser("{\"result\":[{\"id\":7,\"price\":\"1\"}],\"after\":9}")) {
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      assertThat(p.nextName()).isEqualTo("result");
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
      assertThat(ROWS.decode(p)).containsExactly(new Row(7, BigDecimal.ONE));
      assertThat(p.nextName()).isEqualTo("after");
      assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
      assertThat(p.getIntValue()).isEqualTo(9);
      assertThat(p.nextToken()).isEqualTo(JsonToken.END_OBJECT);
      assertThat(p.nextToken()).isNull();
    }
  }

  @Test
  void aNullOrNonArrayListIsRefusedNamingTheElementType() {
    assertThatThrownBy(() -> decode(ROWS, "null")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the value is null where a JSON array of Row is documented");
    assertThatThrownBy(() -> decode(ROWS, "{\"id\":1}")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a JSON array of Row, found START_OBJECT");
    assertThatThrownBy(() -> decode(ROWS, "7")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a JSON array of Row, found VALUE_NUMBER_INT");
  }

  @Test
  void aNullElementIsRefusedNamingItsIndex() {
    assertThatThrownBy(() -> decode(ROWS, "[{\"id\":1,\"price\":\"1\"},{\"id\":2,\"price\":\"2\"},{\"id\":3,\"price\":\"3\"},null]"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("element [3] is null");
    assertThatThrownBy(() -> decode(ROWS, "[null,{\"id\":\"x\"}]"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("element [0] is null");
  }

  @Test
  void aFailureInsideAnElementHasTheElementsIndexFirstInItsPath() {
    assertThatThrownBy(() -> decode(ROWS, "[{\"id\":1,\"price\":\"1\"},{\"id\":2,\"price\":\"2\"},{\"id\":[3],\"price\":\"3\"}]"))
        .isInstanceOfSatisfying(JacksonException.class, e -> {
          assertThat(e.getPath()).hasSize(2);
          assertThat(e.getPath().get(0).getIndex()).isEqualTo(2);
          assertThat(e.getPath().get(0).getPropertyName()).isNull();
          assertThat(e.getPath().get(1).getPropertyName()).isEqualTo("id");
          assertThat(e.getOriginalMessage()).startsWith("Cannot deserialize value of type `long` from Array value");
        });
  }

  @Test
  void anElementThatDecodesToNullIsRefusedNamingItsType() {
    assertThatThrownBy(() -> decode(Decoder.listOf(Nothing.class), "[1]")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the value is null where Nothing is documented");
  }

  @Test
  void anArrayWhoseTokensStopBeforeItsEndIsRefusedNamingTheLastElement() {
    String json = "[{\"id\":1,\"price\":\"1\"},{\"id\":2,\"price\":\"2\"}]";
    try (JsonParser p = new JsonParserDelegate(SignetJson.mapper().createParser(json)) {
      @Override
      public JsonToken nextToken() {
        JsonToken t = super.nextToken();
        return t == JsonToken.END_ARRAY && streamReadContext().inRoot() ? null : t;
      }
    }) {
      assertThatThrownBy(() -> ROWS.decode(p)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("the array ends early after element [2]");
    }
  }

  private static final Decoder<Map<String, Row>> BY_NAME = Decoder.mapOf(Row.class);

  @Test
  void aMapDecodesEveryMemberInOrderIntoAnUnmodifiableMapAndARepeatedNameKeepsTheLast() {
    Map<String, Row> rows = decode(BY_NAME, "{\"b\":{\"id\":1,\"price\":\"0.10\"},\"a\":{\"price\":2.5,\"id\":2},"
        + "\"c\":{\"id\":3,\"price\":\"3\"},\"a\":{\"id\":4,\"price\":\"4\"}}");
    assertThat(rows.keySet()).containsExactly("b", "a", "c");
    assertThat(rows.values()).containsExactly(new Row(1, new BigDecimal("0.10")), new Row(4, new BigDecimal("4")),
        new Row(3, new BigDecimal("3")));
    assertThatThrownBy(() -> rows.put("d", new Row(5, BigDecimal.ONE))).isInstanceOf(UnsupportedOperationException.class);
    assertThat(decode(BY_NAME, " { } ")).isEmpty();
  }

  @Test
  void everyMemberOfAMapIsReadWithTheSameContext() {
    Map<String, Seen> seen = decode(Decoder.mapOf(Seen.class), "{\"x\":1,\"y\":2,\"z\":3}");
    assertThat(seen.values()).extracting(Seen::value).containsExactly(1, 2, 3);
    assertThat(seen.values()).extracting(Seen::context).containsOnly(seen.get("x").context());
  }

  @Test
  void aMapInsideAnObjectLeavesTheParserReadyForTheNextMember() {
    try (JsonParser p = SignetJson.mapper().createParser("{\"result\":{\"k\":{\"id\":7,\"price\":\"1\"}},\"after\":9}")) {
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      assertThat(p.nextName()).isEqualTo("result");
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      assertThat(BY_NAME.decode(p)).containsExactly(Map.entry("k", new Row(7, BigDecimal.ONE)));
      assertThat(p.nextName()).isEqualTo("after");
      assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
      assertThat(p.getIntValue()).isEqualTo(9);
      assertThat(p.nextToken()).isEqualTo(JsonToken.END_OBJECT);
      assertThat(p.nextToken()).isNull();
    }
  }

  @Test
  void aNullOrNonObjectMapOrANullMemberIsRefusedNamingIt() {
    assertThatThrownBy(() -> decode(BY_NAME, "null")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the value is null where a JSON object of Row is documented");
    assertThatThrownBy(() -> decode(BY_NAME, "[{\"id\":1}]")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a JSON object of Row, found START_ARRAY");
    assertThatThrownBy(() -> decode(BY_NAME, "{\"a\":{\"id\":1,\"price\":\"1\"},\"b\":null}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("member 'b' is null");
  }

  @Test
  void aFailureInsideAMemberHasTheMembersNameFirstInItsPath() {
    assertThatThrownBy(() -> decode(BY_NAME, "{\"a\":{\"id\":1,\"price\":\"1\"},\"b\":{\"id\":[3],\"price\":\"3\"}}"))
        .isInstanceOfSatisfying(JacksonException.class, e -> {
          assertThat(e.getPath()).hasSize(2);
          assertThat(e.getPath().get(0).getPropertyName()).isEqualTo("b");
          assertThat(e.getPath().get(1).getPropertyName()).isEqualTo("id");
          assertThat(e.getOriginalMessage()).startsWith("Cannot deserialize value of type `long` from Array value");
        });
  }

  @Test
  void aMemberThatDecodesToNullIsRefusedNamingItsType() {
    assertThatThrownBy(() -> decode(Decoder.mapOf(Nothing.class), "{\"a\":1}")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the value is null where Nothing is documented");
  }
}
