package dev.signet.kraken.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.SignetJson;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JsonParser;

/**
 * {@link MarketRows#rows(JsonParser, String, int, MarketRows.Row)}: every row in order whatever
 * room was made at first (fewer, as many, more rows), in a list {@code List.copyOf} keeps as it
 * is; a row that is not an array and a row that decodes to nothing are refused naming the row.
 */
class MarketRowsListTest {
  private static List<Long> read(String json, int expected) {
    try (JsonParser p = SignetJson.mapper().createParser(json)) {
      p.nextToken();
      return MarketRows.rows(p, "XXBTZUSD", expected, (r, at) -> MarketRows.integer(r, at, "n") == 0 ? null
          : r.getLongValue());
    }
  }

  private static String rows(int n) {
    StringBuilder s = new StringBuilder("[");
    for (int i = 1; i <= n; i++) {
      s.append(i > 1 ? "," : "").append('[').append(i).append(",\"skipped\",[0]]");
    }
    return s.append(']').toString();
  }

  @ParameterizedTest
  @CsvSource({"0,1", "1,1", "3,5", "5,5", "6,5", "40,1", "720,720", "721,720"})
  void everyRowInOrderWhateverRoomWasMadeAndCopyOfKeepsTheList(int n, int expected) {
    List<Long> read = read(rows(n), expected);
    assertThat(read).hasSize(n);
    for (int i = 0; i < n; i++) {
      assertThat(read.get(i)).isEqualTo(i + 1L);
    }
    assertThat(List.copyOf(read)).isSameAs(read);
    assertThatThrownBy(() -> read.add(0L)).isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @CsvSource({"1,1", "16,16"})
  void aRowThatIsNotAnArrayOrDecodesToNothingIsRefusedNamingIt(int ignored, int expected) {
    assertThatThrownBy(() -> read("[[1],[2],{\"n\":3}]", expected)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("XXBTZUSD[2]: expected a row (a JSON array), found an object");
    assertThatThrownBy(() -> read("[[1],[0]]", expected)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("XXBTZUSD[1]: the row decoded to nothing");
  }
}
