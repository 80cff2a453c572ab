package dev.signet.binance.futures.account;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * The state of an asynchronous history download ({@code status} of {@code GET /fapi/v1/income/asyn/id}
 * and its order and trade twins): {@code processing}, then {@code completed} with a link.
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * if (link.status() == DownloadStatus.COMPLETED) { fetch(link.url()); }
 * }</pre>
 *
 * @param value the wire value, e.g. {@code completed}
 */
public record DownloadStatus(String value) implements WireValue {
  /** {@code completed}: the file is ready at {@code url}. */
  public static final DownloadStatus COMPLETED = new DownloadStatus("completed");
  /** {@code processing}: not ready yet; ask again later. */
  public static final DownloadStatus PROCESSING = new DownloadStatus("processing");

  private static final KnownValues<DownloadStatus> KNOWN =
      KnownValues.of(DownloadStatus.class, DownloadStatus::new, COMPLETED, PROCESSING);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code completed}
   */
  public DownloadStatus {
    value = KnownValues.text(value, DownloadStatus.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. {@code completed}
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static DownloadStatus of(String value) {
    return KNOWN.of(value);
  }

  /**
   * True when the value is one of the documented constants.
   *
   * @return {@code true} if the value is one of the documented constants, {@code false} for a value kept as received
   */
  public boolean isKnown() {
    return KNOWN.isKnown(value);
  }

  /**
   * The documented values, in the order the docs list them.
   *
   * @return the documented constants, in the order the docs list them
   */
  public static List<DownloadStatus> constants() {
    return KNOWN.constants();
  }

  @JsonValue
  @Override
  public String wireValue() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
