package dev.signet.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How {@link FakeKraken}'s trading and history methods read their arguments, with Kraken's error for each bad one. */
final class KrakenTradeParams {
  private KrakenTradeParams() {}

  /** The argument {@code name}; {@code EGeneral:Invalid arguments:<name>} when absent. */
  static String required(Map<String, String> p, String name) throws KrakenError {
    String v = p.get(name);
    if (v == null || v.isEmpty()) {
      throw invalid(name);
    }
    return v;
  }

  /** The decimal argument {@code name}, above zero. */
  static BigDecimal positive(Map<String, String> p, String name) throws KrakenError {
    BigDecimal d = decimal(required(p, name), name);
    if (d.signum() <= 0) {
      throw invalid(name);
    }
    return d;
  }

  /** The decimal argument {@code name} if sent (zero or more), else null. */
  static BigDecimal optionalDecimal(Map<String, String> p, String name) throws KrakenError {
    String v = p.get(name);
    if (v == null) {
      return null;
    }
    BigDecimal d = decimal(v, name);
    if (d.signum() < 0) {
      throw invalid(name);
    }
    return d;
  }

  /** The integer argument {@code name} in {@code [min, max]}, or {@code otherwise} when absent. */
  static int integer(Map<String, String> p, String name, int min, int max, int otherwise) throws KrakenError {
    String v = p.get(name);
    if (v == null) {
      return otherwise;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw invalid(name);
      }
      return n;
    } catch (NumberFormatException e) {
      throw invalid(name);
    }
  }

  /** The boolean argument {@code name} ({@code true}/{@code false}), or false when absent. */
  static boolean flag(Map<String, String> p, String name) throws KrakenError {
    String v = p.get(name);
    if (v == null || v.equals("false")) {
      return false;
    }
    if (v.equals("true")) {
      return true;
    }
    throw invalid(name);
  }

  /** The comma list {@code name}, between 1 and {@code max} items. */
  static List<String> list(Map<String, String> p, String name, int max) throws KrakenError {
    List<String> items = new ArrayList<>(List.of(required(p, name).split(",", -1)));
    if (items.size() > max || items.contains("")) {
      throw invalid(name);
    }
    return items;
  }

  /**
   * Refuses a request whose RFC 3339 {@code deadline} (if sent) has passed.
   * @throws KrakenError {@code EService:Deadline elapsed} once past, {@code EGeneral:Invalid arguments:deadline} when unreadable
   */
  static void deadline(String deadline, java.time.Clock clock) throws KrakenError {
    if (deadline == null) {
      return;
    }
    java.time.Instant at;
    try {
      at = java.time.OffsetDateTime.parse(deadline).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      throw invalid("deadline");
    }
    if (at.isBefore(clock.instant())) {
      throw new KrakenError("EService:Deadline elapsed");
    }
  }

  /** {@code EGeneral:Invalid arguments:<name>}. */
  static KrakenError invalid(String name) {
    return new KrakenError("EGeneral:Invalid arguments:" + name);
  }

  /** A plain decimal: Kraken's {@code +}/{@code -}/{@code #} offsets and {@code %} suffixes are not modelled. */
  private static BigDecimal decimal(String text, String name) throws KrakenError {
    if (!text.matches("-?[0-9]+(\\.[0-9]+)?")) {
      throw invalid(name);
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw invalid(name);
    }
  }
}
