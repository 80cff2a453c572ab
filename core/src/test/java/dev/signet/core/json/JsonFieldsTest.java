package dev.signet.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The decimal fast path gives exactly what {@code new BigDecimal(text)} gives: value and scale. */
class JsonFieldsTest {
  @Test
  void theExchangesUsualFormsAndTheEdges() {
    for (String text : new String[] {"4723846.89208129", "0.00000000", "-1.5", "007.50", ".5", "5.", "-0.0", "0",
        "999999999999999999", "9999999999999999999", "0.1234567890123456789", "1E+3", "+1.5", "1e-8", "12345678.123456789"}) {
      assertThat(parse(text)).as(text).isEqualTo(new BigDecimal(text));
      assertThat(parse(text).scale()).as(text).isEqualTo(new BigDecimal(text).scale());
    }
    for (String text : new String[] {"", "-", ".", "1.2.3", "abc", "1,5", "--1", " 1", "1 ", "0x10", "NaN"}) {
      assertThat(parse(text)).as("'" + text + "'").isNull();
    }
  }

  @Property(tries = 3000)
  void agreesWithBigDecimalOnAnyShortString(@ForAll("decimalish") String text) {
    BigDecimal expected;
    try {
      expected = new BigDecimal(text);
    } catch (NumberFormatException e) {
      expected = null;
    }
    BigDecimal actual = parse(text);
    assertThat(actual).as(text).isEqualTo(expected);
    if (expected != null) {
      assertThat(actual.scale()).as(text).isEqualTo(expected.scale());
      assertThat(actual.unscaledValue()).as(text).isEqualTo(expected.unscaledValue());
    }
  }

  @Provide
  Arbitrary<String> decimalish() {
    return Arbitraries.strings().withChars("0123456789.-+eE ").ofMinLength(0).ofMaxLength(24);
  }

  private static BigDecimal parse(String text) {
    char[] padded = ("xx" + text + "yy").toCharArray();
    return JsonFields.parseDecimal(padded, 2, text.length());
  }
}
