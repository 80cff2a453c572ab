package dev.signet.kraken.stream;

import dev.signet.core.book.Level;
import dev.signet.core.book.OrderBookView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The CRC32 checksum of Kraken's WebSocket v2 {@code book} channel, computed over a local book:
 * the top ten asks from the lowest price up, then the top ten bids from the highest down; for each
 * level the price and then the quantity, each written without its decimal point and without
 * leading zeros ({@code 45285.2} and {@code 0.00100000} give {@code 452852100000}); the CRC32 of
 * that text as an unsigned 32-bit value.
 *
 * <p>The digits must be the ones Kraken holds: a value sent as {@code 0.1} where the pair has eight
 * quantity decimals is {@code 0.10000000} to Kraken. {@link #withPrecision} writes each value at
 * the pair's price and quantity decimals (from AssetPairs' {@code pair_decimals} and {@code
 * lot_decimals}, or the instrument channel); {@link #asSent()} keeps each value's own digits.
 *
 * <pre>{@code
 * BookChecksum checksum = BookChecksum.withPrecision(1, 8);   // BTC/USD
 * boolean same = checksum.of(book.view()) == data.checksum();
 * }</pre>
 */
public final class BookChecksum {
  /** The levels of each side the checksum covers. */
  public static final int LEVELS = 10;

  private static final BookChecksum AS_SENT = new BookChecksum(-1, -1);

  private final int priceDecimals;
  private final int qtyDecimals;

  private BookChecksum(int priceDecimals, int qtyDecimals) {
    this.priceDecimals = priceDecimals;
    this.qtyDecimals = qtyDecimals;
  }

  /**
   * A checksum over each value's digits as decoded (right when the frames carry Kraken's full
   * precision, trailing zeros included).
   *
   * @return the checksum
   */
  public static BookChecksum asSent() {
    return AS_SENT;
  }

  /**
   * A checksum writing prices with {@code priceDecimals} and quantities with {@code qtyDecimals}
   * decimals (trailing zeros added or dropped; a value with more significant decimals keeps its own).
   *
   * @param priceDecimals the pair's price decimals, 0 or more
   * @param qtyDecimals the pair's quantity (lot) decimals, 0 or more
   * @return the checksum
   * @throws IllegalArgumentException when a count is negative
   */
  public static BookChecksum withPrecision(int priceDecimals, int qtyDecimals) {
    if (priceDecimals < 0 || qtyDecimals < 0) {
      throw new IllegalArgumentException("priceDecimals and qtyDecimals must be 0 or more, got " + priceDecimals
          + " and " + qtyDecimals + " (use the pair's pair_decimals and lot_decimals)");
    }
    return new BookChecksum(priceDecimals, qtyDecimals);
  }

  /**
   * The checksum of a book's top ten levels.
   *
   * @param book the book
   * @return the CRC32, from 0 to 2<sup>32</sup>-1
   */
  public long of(OrderBookView book) {
    return of(book.asks(LEVELS), book.bids(LEVELS));
  }

  /**
   * The checksum of the given levels; only the first ten of each side count.
   *
   * @param asks the asks, lowest price first
   * @param bids the bids, highest price first
   * @return the CRC32, from 0 to 2<sup>32</sup>-1
   */
  public long of(List<Level> asks, List<Level> bids) {
    CRC32 crc = new CRC32();
    crc.update(text(asks, bids).getBytes(StandardCharsets.US_ASCII));
    return crc.getValue();
  }

  /**
   * The text the checksum is taken of, for comparing with Kraken's guide when a checksum differs.
   *
   * @param asks the asks, lowest price first
   * @param bids the bids, highest price first
   * @return the concatenated digits
   */
  public String text(List<Level> asks, List<Level> bids) {
    StringBuilder text = new StringBuilder(40 * LEVELS);
    append(text, asks);
    append(text, bids);
    return text.toString();
  }

  /** The decimals used, or "as sent". */
  @Override
  public String toString() {
    return priceDecimals < 0 ? "BookChecksum{as sent}"
        : "BookChecksum{priceDecimals=" + priceDecimals + ", qtyDecimals=" + qtyDecimals + "}";
  }

  private void append(StringBuilder text, List<Level> side) {
    int n = Math.min(LEVELS, side.size());
    for (int i = 0; i < n; i++) {
      Level level = side.get(i);
      digits(text, level.price(), priceDecimals);
      digits(text, level.quantity(), qtyDecimals);
    }
  }

  private static void digits(StringBuilder text, BigDecimal value, int decimals) {
    BigDecimal v = value;
    if (decimals >= 0 && v.scale() != decimals && v.stripTrailingZeros().scale() <= decimals) {
      v = v.setScale(decimals, RoundingMode.UNNECESSARY); // adds or drops trailing zeros only
    }
    String plain = v.toPlainString();
    int start = text.length();
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (c == '.' || (c == '0' && text.length() == start)) {
        continue; // the point, and zeros before the first other digit
      }
      text.append(c);
    }
  }
}
