package dev.signet.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
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

  /** 3000 random short strings over digits, signs, points, exponents and spaces (seeded: failures name their seed). */
  @Test
  void agreesWithBigDecimalOnAnyShortString() {
    String alphabet = "0123456789.-+eE ";
    for (long seed = 0; seed < 3000; seed++) {
      Random random = new Random(seed);
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(25);
      for (int i = 0; i < length; i++) {
        // digits weighted up so that most strings are numbers
        s.append(random.nextInt(3) > 0 ? (char) ('0' + random.nextInt(10)) : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = s.toString();
      BigDecimal expected;
      try {
        expected = new BigDecimal(text);
      } catch (NumberFormatException e) {
        expected = null;
      }
      BigDecimal actual = parse(text);
      assertThat(actual).as("seed %d: '%s'", seed, text).isEqualTo(expected);
      if (expected != null) {
        assertThat(actual.scale()).as("seed %d: '%s'", seed, text).isEqualTo(expected.scale());
        assertThat(actual.unscaledValue()).as("seed %d: '%s'", seed, text).isEqualTo(expected.unscaledValue());
      }
    }
  }

  private static BigDecimal parse(String text) {
    char[] padded = ("xx" + text + "yy").toCharArray();
    return JsonFields.parseDecimal(padded, 2, text.length());
  }
}
