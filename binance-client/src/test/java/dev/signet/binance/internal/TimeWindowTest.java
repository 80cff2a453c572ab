package dev.signet.binance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.Params;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one home of the time-window rules every history query delegates to. */
class TimeWindowTest {
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
  private static final TimeWindow.Span DAY = TimeWindow.Span.atMost(Duration.ofHours(24));
  private static final TimeWindow.Span WEEK = TimeWindow.Span.lessThan(Duration.ofDays(7));

  private static List<String> sent(Params p) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      out.add(p.key(i) + "=" + p.value(i));
    }
    return out;
  }

  @Test
  void writesStartThenEndAfterTheParametersSoFarEachWhenGiven() {
    TimeWindow w = TimeWindow.NONE.to(T0.plusSeconds(1)).from(T0);
    assertThat(sent(w.addTo(Params.of("symbol", "BTCUSDT"))))
        .containsExactly("symbol=BTCUSDT", "startTime=1793491200000", "endTime=1793491201000");
    assertThat(sent(TimeWindow.NONE.to(T0).addTo(Params.empty()))).containsExactly("endTime=1793491200000");
    assertThat(TimeWindow.NONE.addTo(Params.empty()).isEmpty()).isTrue();
  }

  @Test
  void settersRefuseNullNamingTheParameter() {
    assertThatThrownBy(() -> TimeWindow.NONE.from(null)).isInstanceOf(NullPointerException.class).hasMessage("startTime");
    assertThatThrownBy(() -> TimeWindow.NONE.to(null)).isInstanceOf(NullPointerException.class).hasMessage("endTime");
  }

  @Test
  void refusesTimesOutOfOrderWhateverTheSpan() {
    TimeWindow w = new TimeWindow(T0.plusMillis(1), T0);
    assertThatThrownBy(() -> w.check(TimeWindow.Span.ANY))
        .hasMessage("startTime 2026-11-01T00:00:00.001Z is after endTime 2026-11-01T00:00:00Z; swap them.");
    assertThat(new TimeWindow(T0, T0).check(DAY)).isEqualTo(new TimeWindow(T0, T0));
  }

  @Test
  void atMostAcceptsExactlyTheSpanAndRefusesOneMillisecondMore() {
    assertThat(new TimeWindow(T0, T0.plus(Duration.ofHours(24))).check(DAY).endTime()).isEqualTo(T0.plusSeconds(86_400));
    assertThatThrownBy(() -> new TimeWindow(T0, T0.plusSeconds(86_400).plusMillis(1)).check(DAY))
        .hasMessage("startTime 2026-11-01T00:00:00Z to endTime 2026-11-02T00:00:00.001Z is longer than 24 hours,"
            + " which Binance refuses; query one 24-hour window at a time.");
  }

  @Test
  void lessThanRefusesExactlyTheSpanAndAcceptsOneMillisecondLess() {
    assertThat(new TimeWindow(T0, T0.plus(Duration.ofDays(7)).minusMillis(1)).check(WEEK).startTime()).isEqualTo(T0);
    assertThatThrownBy(() -> new TimeWindow(T0, T0.plus(Duration.ofDays(7))).check(WEEK))
        .hasMessage("startTime 2026-11-01T00:00:00Z and endTime 2026-11-08T00:00:00Z are 7 days or more apart;"
            + " Binance accepts less than 7 days. Query in shorter ranges.");
  }

  @Test
  void aSpanOnlyAppliesWhenBothEndsAreGiven() {
    assertThat(new TimeWindow(T0, null).check(DAY)).isEqualTo(new TimeWindow(T0, null));
    assertThat(new TimeWindow(null, T0).check(WEEK)).isEqualTo(new TimeWindow(null, T0));
  }

  @Test
  void notWithRefusesAParameterGivenWithEitherTime() {
    String message = "fromId cannot be combined with startTime/endTime, which Binance refuses; query by fromId or by"
        + " time, not both.";
    assertThatThrownBy(() -> TimeWindow.NONE.from(T0).notWith("fromId", 5L)).hasMessage(message);
    assertThatThrownBy(() -> TimeWindow.NONE.to(T0).notWith("fromId", 5L)).hasMessage(message);
    assertThat(TimeWindow.NONE.notWith("fromId", 5L)).isSameAs(TimeWindow.NONE);
    assertThat(TimeWindow.NONE.from(T0).notWith("fromId", null).startTime()).isEqualTo(T0);
  }
}
