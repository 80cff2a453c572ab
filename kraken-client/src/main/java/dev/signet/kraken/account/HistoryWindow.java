package dev.signet.kraken.account;

import dev.signet.core.Params;
import dev.signet.core.internal.Checks;
import dev.signet.kraken.internal.AccountSeconds;
import java.time.Instant;
import java.util.Objects;

/**
 * The {@code start}/{@code end}/{@code ofs} window the history queries share (ClosedOrders,
 * TradesHistory, Ledgers): each bound is a unix second or an id (a txid or ledger id, meaning that
 * entry's time); {@code start} is exclusive, {@code end} inclusive. Immutable; the builders keep one
 * and replace it. Example: {@code window.withStart(HistoryWindow.seconds(t, "start"))}.
 *
 * @param start the start bound as sent, or null
 * @param end the end bound as sent, or null
 * @param offset the {@code ofs}, or null
 */
record HistoryWindow(String start, String end, Integer offset) {
  static final HistoryWindow NONE = new HistoryWindow(null, null, null);

  static String seconds(Instant value, String name) {
    return AccountSeconds.wholeSeconds(Objects.requireNonNull(value, name), name);
  }

  static String id(String value, String name) {
    return Checks.notBlank(value, name, "an id such as OQCLML-BW3P3-BUCMWZ, or an Instant");
  }

  HistoryWindow withStart(String value) {
    return new HistoryWindow(value, end, offset);
  }

  HistoryWindow withEnd(String value) {
    return new HistoryWindow(start, value, offset);
  }

  HistoryWindow withOffset(int value) {
    if (value < 0) {
      throw new IllegalArgumentException("ofs is " + value + "; pass 0 or a positive offset (pages hold "
          + AccountPage.SIZE + ").");
    }
    return new HistoryWindow(start, end, value);
  }

  int offsetOrZero() {
    return offset == null ? 0 : offset;
  }

  /** Adds {@code start}, {@code end} and {@code ofs}, those set, in that order. */
  void addTo(Params params) {
    params.addIfPresent("start", start).addIfPresent("end", end).addIfPresent("ofs", offset);
  }
}
