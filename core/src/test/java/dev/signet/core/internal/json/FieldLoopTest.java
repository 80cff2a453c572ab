package dev.signet.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

class FieldLoopTest {
  /** A record with one required primitive, a decimal its constructor requires, and a list. */
  record Lot(long id, BigDecimal qty, List<Lot> parts) {
    Lot {
      if (qty == null) {
        throw new IllegalArgumentException("qty is missing");
      }
    }
  }

  private static final String[] REQUIRED = {"id"};

  private static final ExpectedNames NAMES = new ExpectedNames("id", "qty", "parts");

  static final class LotDeserializer extends ValueDeserializer<Lot> {
    private final boolean expected;

    LotDeserializer(boolean expected) {
      this.expected = expected;
    }

    @Override
    public Lot deserialize(JsonParser p, DeserializationContext ctxt) {
      FieldLoop.Fields<Lot> fields = new FieldLoop.Fields<Lot>() {
        long id;
        BigDecimal qty;
        List<Lot> parts;

        @Override
        protected boolean read(String name, JsonParser p, DeserializationContext ctxt) {
          switch (name) {
            case "id" -> {
              id = JsonFields.longValue(p, ctxt, Lot.class, name);
              seen(1);
            }
            case "qty" -> qty = JsonFields.decimal(p, ctxt, Lot.class, name);
            case "parts" -> parts = FieldLoop.array(p, ctxt, Lot.class, name, LotDeserializer.this::deserialize);
            default -> {
              return false;
            }
          }
          return true;
        }

        @Override
        protected Lot build() {
          return new Lot(id, qty, parts);
        }
      };
      return expected ? FieldLoop.object(p, ctxt, Lot.class, NAMES, REQUIRED, fields)
          : FieldLoop.object(p, ctxt, Lot.class, REQUIRED, fields);
    }
  }

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .addModule(new SimpleModule().addDeserializer(Lot.class, new LotDeserializer(false))).build();
  private static final JsonMapper EXPECTED = JsonMapper.builder()
      .addModule(new SimpleModule().addDeserializer(Lot.class, new LotDeserializer(true))).build();

  private static Lot read(String json) {
    return MAPPER.readValue(json, Lot.class);
  }

  @Test
  void membersInAnyOrderUnknownOnesSkippedArraysWithTheirNullElementsKept() {
    assertThat(read("{\"x\":{\"y\":[1]},\"parts\":[{\"qty\":\"1.50\",\"id\":2},null],\"qty\":3,\"id\":1}"))
        .isEqualTo(new Lot(1, new BigDecimal("3"), Arrays.asList(new Lot(2, new BigDecimal("1.50"), null), null)));
    assertThat(read("{\"id\":1,\"qty\":\"0.1\",\"parts\":null}").parts()).isNull();
  }

  @Test
  void theExpectedNamesLoopDecodesEveryOrderAsThePlainLoopDoes() {
    String[] bodies = {
      "{\"id\":1,\"qty\":\"3\",\"parts\":[{\"id\":2,\"qty\":\"1.50\",\"parts\":null},null]}",
      "{\"x\":{\"y\":[1]},\"parts\":[{\"qty\":\"1.50\",\"id\":2},null],\"qty\":3,\"id\":1}",
      "{\"id\":1,\"z\":true,\"qty\":\"3\",\"parts\":[{\"id\":2,\"qty\":\"1.50\"},null],\"w\":0}",
      "{\"qty\":\"3\",\"id\":1,\"id\":1,\"parts\":[{\"parts\":null,\"qty\":\"1.50\",\"id\":2},null]}",
    };
    Lot want = new Lot(1, new BigDecimal("3"), Arrays.asList(new Lot(2, new BigDecimal("1.50"), null), null));
    for (String body : bodies) {
      assertThat(EXPECTED.readValue(body, Lot.class)).as(body).isEqualTo(want);
      assertThat(MAPPER.readValue(body, Lot.class)).as(body).isEqualTo(want);
    }
    assertThat(EXPECTED.readValue("{\"id\":7,\"qty\":0}", Lot.class))
        .isEqualTo(new Lot(7, BigDecimal.ZERO, null));
    assertThatThrownBy(() -> EXPECTED.readValue("{\"qty\":\"1\",\"parts\":[]}", Lot.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageStartingWith("required field 'id' is missing or null (in Lot)");
    assertThatThrownBy(() -> EXPECTED.readValue("{}", Lot.class)).isInstanceOf(DatabindException.class)
        .hasMessageStartingWith("required field 'id' is missing or null (in Lot)");
  }

  @Test
  void aMissingRequiredPrimitiveIsNamed() {
    assertThatThrownBy(() -> read("{\"qty\":\"1\"}")).isInstanceOf(DatabindException.class)
        .hasMessageStartingWith("required field 'id' is missing or null (in Lot)");
  }

  @Test
  void theConstructorsRefusalIsReportedAsJacksonReportsItForARecord() {
    assertThatThrownBy(() -> read("{\"id\":1}")).isInstanceOf(DatabindException.class)
        .hasMessageStartingWith("Cannot construct instance of `dev.signet.core.internal.json.FieldLoopTest$Lot`, "
            + "problem: qty is missing");
  }

  @Test
  void aFailureInsideAnElementCarriesItsPlaceAndANonArrayIsRefusedNamingTheField() {
    assertThatThrownBy(() -> read("{\"id\":1,\"qty\":1,\"parts\":[{\"id\":2,\"qty\":1},{\"qty\":1}]}"))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("required field 'id' is missing or null (in Lot)")
        .hasMessageContaining("[\"parts\"]->java.util.ArrayList[1]");
    assertThatThrownBy(() -> read("{\"id\":1,\"qty\":1,\"parts\":{}}")).isInstanceOf(DatabindException.class)
        .hasMessageContaining("'parts' must be an array");
  }
}
