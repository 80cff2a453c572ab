package dev.signet.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.SignetJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * {@link ExpectedNames}: the field loop sees every name in the order sent, whether in the expected
 * order or not, with other names reported as {@code size()} (their text from the parser), fields
 * left out simply absent, and the object's end as {@code END}; a value that is not an object is
 * refused as {@link JsonFields#firstName} refuses it.
 */
class ExpectedNamesTest {
  private static final ExpectedNames NAMES = new ExpectedNames("a", "b", "c");

  /** Records "index:name=value" for every field, read through {@link ExpectedNames}. */
  @JsonDeserialize(using = Seen.Reader.class)
  record Seen(List<String> fields) {
    static final class Reader extends ValueDeserializer<Seen> {
      @Override
      public Seen deserialize(JsonParser p, DeserializationContext ctxt) {
        List<String> fields = new ArrayList<>();
        int at = -1;
        for (int k = NAMES.first(p, ctxt, Seen.class); k != ExpectedNames.END; k = NAMES.next(p, at)) {
          at = k < NAMES.size() ? k : at;
          String name = k < NAMES.size() ? NAMES.name(k) : p.currentName();
          p.nextToken();
          fields.add(k + ":" + name + "=" + (p.currentToken().isScalarValue() ? p.getString() : "{...}"));
          p.skipChildren();
        }
        return new Seen(fields);
      }
    }
  }

  private static List<String> read(String json) {
    return SignetJson.mapper().readValue(json, Seen.class).fields();
  }

  @Test
  void theExpectedOrderAndAnyOtherOrderSeeTheSameFields() {
    assertThat(read("{\"a\":1,\"b\":\"x\",\"c\":null}")).containsExactly("0:a=1", "1:b=x", "2:c=null");
    assertThat(read("{\"c\":3,\"a\":1,\"b\":2}")).containsExactly("2:c=3", "0:a=1", "1:b=2");
    assertThat(read("{\"b\":2,\"b\":5,\"a\":1}")).containsExactly("1:b=2", "1:b=5", "0:a=1");
  }

  @Test
  void otherNamesAreSizeWithTheirTextAndMissingFieldsAreAbsent() {
    assertThat(read("{\"a\":1,\"zz\":{\"b\":9},\"b\":2,\"c\":3,\"d\":[4]}"))
        .containsExactly("0:a=1", "3:zz={...}", "1:b=2", "2:c=3", "3:d={...}");
    assertThat(read("{\"x\":0,\"c\":3}")).containsExactly("3:x=0", "2:c=3");
    assertThat(read("{\"a\":1,\"c\":3}")).containsExactly("0:a=1", "2:c=3");
    assertThat(read("{}")).isEmpty();
  }

  @Test
  void theLoopCanStartOnAPropertyName() {
    try (JsonParser p = SignetJson.mapper().createParser("{\"b\":2,\"c\":3}")) {
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      assertThat(p.nextName()).isEqualTo("b");
      assertThat(NAMES.current(p)).isEqualTo(1);
      assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
      assertThat(NAMES.next(p, 1)).isEqualTo(2);
      assertThat(p.currentName()).isEqualTo("c");
      assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
      assertThat(NAMES.next(p, 2)).isEqualTo(ExpectedNames.END);
      assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT);
    }
  }

  @Test
  void somethingElseThanAnObjectIsRefusedAsFirstNameRefusesIt() {
    assertThatThrownBy(() -> read("[1]")).isInstanceOf(DatabindException.class)
        .hasMessageStartingWith("Unexpected token (`JsonToken.START_ARRAY`), expected `JsonToken.START_OBJECT`: "
            + "expected a JSON object for Seen");
  }
}
