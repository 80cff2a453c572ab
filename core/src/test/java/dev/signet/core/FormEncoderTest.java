package dev.signet.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
  }

  @Property(tries = 500)
  void decodingTheEncodedStringGivesBackTheSamePairsInOrder(@ForAll("pairs") List<Map.Entry<String, String>> pairs) {
    Params params = Params.empty();
    for (Map.Entry<String, String> e : pairs) {
      params.add(e.getKey(), e.getValue());
    }
    String encoded = FormEncoder.encode(params);

    // Only unreserved characters, '%XX', '&' and '=' may appear on the wire.
    assertThat(encoded).matches("[A-Za-z0-9\\-._~%&=]*");
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
    assertThat(decoded).containsExactlyElementsOf(pairs);
  }

  @Provide
  Arbitrary<List<Map.Entry<String, String>>> pairs() {
    Arbitrary<String> text = Arbitraries.oneOf(
            Arbitraries.strings().all().ofMinLength(1).ofMaxLength(12),
            Arbitraries.strings().withChars(" +&=%#?/\\\"'".toCharArray()).withCharRange('a', 'c').ofMinLength(1).ofMaxLength(8),
            Arbitraries.of("这是测试币456", "🚀🌕", "１２３４５６", "Bitcoin Lightning", "a+b", "100%"))
        .filter(s -> !s.isBlank() && wellFormed(s));
    return Arbitraries.maps(text, text).ofMaxSize(8)
        .map(m -> new ArrayList<>(new LinkedHashMap<>(m).entrySet()).stream()
            .map(e -> Map.entry(e.getKey(), e.getValue())).toList());
  }

  private static boolean wellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
