package dev.signet.binance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one home of the page-size and page-number bounds every query delegates to. */
class PagingTest {

  @Test
  void aLimitTakesOneToItsMaximumAndSaysHowToPageForMore() {
    Paging limit = Paging.limit(1000, "fromId or startTime/endTime");
    assertThat(limit.check(1)).isEqualTo(1);
    assertThat(limit.check(1000)).isEqualTo(1000);
    assertThatThrownBy(() -> limit.check(1001)).hasMessage(
        "limit 1001 is outside 1..1000; ask for at most 1000 and page with fromId or startTime/endTime for more.");
    assertThatThrownBy(() -> limit.check(0)).hasMessage(
        "limit 0 is outside 1..1000; ask for at most 1000 and page with fromId or startTime/endTime for more.");
  }

  @Test
  void aLimitWithoutAPagingHintJustNamesTheRange() {
    assertThatThrownBy(() -> Paging.limit(200, null).check(201)).hasMessage("limit 201 is outside 1..200.");
    assertThatThrownBy(() -> Paging.size("size", 100).check(Integer.valueOf(101))).hasMessage("size 101 is outside 1..100.");
  }

  @Test
  void aPageNumberOrOffsetHasOnlyALowerBound() {
    assertThat(Paging.from("offset", 0).check(0)).isEqualTo(0);
    assertThat(Paging.from("page", 1).check(Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
    assertThatThrownBy(() -> Paging.from("page", 1).check(0)).hasMessage("page 0 must be 1 or more.");
    assertThatThrownBy(() -> Paging.from("offset", 0).check(-1)).hasMessage("offset -1 must be 0 or more.");
  }

  @Test
  void nullIsBinancesDefaultAndPassesUnchecked() {
    assertThat(Paging.limit(10, null).check((Integer) null)).isNull();
    assertThat(Paging.limit(10, null).check(Integer.valueOf(10))).isEqualTo(10);
  }
}
