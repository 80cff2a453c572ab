package dev.signet.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FormEncoderTest {

  @Test
  void encodesEveryReservedCharacterAndKeepsUnreserved() {
    Params p = Params.of("method", "Bitcoin Lightning")
        .add("v", "a+b&c=d%e#f?g/h")
        .add("keep", "AZaz09-._~")
        .add("symbol", "这是测试币456")
        .add("emoji", "🚀")
        .add("fw", "１２３４５６");
    assertThat(FormEncoder.encode(p)).isEqualTo(
        "method=Bitcoin%20Lightning"
            + "&v=a%2Bb%26c%3Dd%25e%23f%3Fg%2Fh"
            + "&keep=AZaz09-._~"
            + "&symbol=%E8%BF%99%E6%98%AF%E6%B5%8B%E8%AF%95%E5%B8%81456"
            + "&emoji=%F0%9F%9A%80"
            + "&fw=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96");
  }

  @Test
  void emptyParamsEncodeToEmptyString() {
    assertThat(FormEncoder.encode(Params.empty())).isEmpty();
  }

  @Test
  void containsKeyMatchesWholeKeysOnly() {
    assertThat(FormEncoder.containsKey("a=1&timestamp=2", "timestamp")).isTrue();
    assertThat(FormEncoder.containsKey("timestamp=2", "timestamp")).isTrue();
    assertThat(FormEncoder.containsKey("mytimestamp=2&x=timestamp=", "timestamp")).isFalse();
    assertThat(FormEncoder.containsKey("timestampX=1&a=timestamp", "timestamp")).isFalse();
    assertThat(FormEncoder.containsKey("a=1&timestamp", "timestamp")).isFalse();
    assertThat(FormEncoder.containsKey("timestamp&timestamp=", "timestamp")).isTrue();
  }

  /** Round trip over 500 random parameter lists (seeded: a failure names its seed to replay). */
  @Test
  void decodingTheEncodedStringGivesBackTheSamePairsInOrder() {
    for (long seed = 0; seed < 500; seed++) {
      List<Map.Entry<String, String>> pairs = pairs(new Random(seed));
      Params params = Params.empty();
      for (Map.Entry<String, String> e : pairs) {
        params.add(e.getKey(), e.getValue());
      }
      String encoded = FormEncoder.encode(params);

      // Only unreserved characters, '%XX', '&' and '=' may appear on the wire.
      assertThat(encoded).as("seed %d", seed).matches("[A-Za-z0-9\\-._~%&=]*");
      // Independent decoder: the JDK's, splitting on the raw separators.
      List<Map.Entry<String, String>> decoded = new ArrayList<>();
      if (!encoded.isEmpty()) {
        for (String pair : encoded.split("&", -1)) {
          int eq = pair.indexOf('=');
          decoded.add(Map.entry(
              URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)));
        }
      }
      assertThat(decoded).as("seed %d", seed).containsExactlyElementsOf(pairs);
    }
  }

  private static final String SPECIALS = " +&=%#?/\\\"'abc";
  private static final String[] SAMPLES = {"这是测试币456", "🚀🌕", "１２３４５６", "Bitcoin Lightning", "a+b", "100%"};

  /** Up to 8 pairs with distinct keys; texts are any Unicode, the separators and escapes, or known hard cases. */
  private static List<Map.Entry<String, String>> pairs(Random random) {
    Map<String, String> pairs = new LinkedHashMap<>();
    int n = random.nextInt(9);
    while (pairs.size() < n) {
      pairs.put(text(random), text(random));
    }
    return pairs.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList();
  }

  private static String text(Random random) {
    while (true) {
      StringBuilder s = new StringBuilder();
      switch (random.nextInt(3)) {
        case 0 -> {
          int length = 1 + random.nextInt(12);
          while (s.length() < length) {
            int cp = random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(Character.MAX_CODE_POINT + 1);
            if (!Character.isSurrogate((char) cp) || cp > 0xFFFF) {
              s.appendCodePoint(cp);
            }
          }
        }
        case 1 -> {
          int length = 1 + random.nextInt(8);
          for (int i = 0; i < length; i++) {
            s.append(SPECIALS.charAt(random.nextInt(SPECIALS.length())));
          }
        }
        default -> s.append(SAMPLES[random.nextInt(SAMPLES.length)]);
      }
      if (!s.toString().isBlank()) {
        return s.toString();
      }
    }
  }
}
