package dev.signet.testkit;

import java.math.BigDecimal;
import java.util.Map;

/** A Binance error a built-in endpoint of {@link FakeBinance} answers, with the parameter helpers that raise it. */
final class BinanceError extends Exception {
  final int status;
  final int code;

  BinanceError(int status, int code, String msg) {
    super(msg, null, false, false);
    this.status = status;
    this.code = code;
  }

  Reply reply() {
    return Reply.binanceError(status, code, getMessage());
  }

  static String required(Map<String, String> p, String name) throws BinanceError {
    String v = p.get(name);
    if (v == null) {
      throw new BinanceError(400, -1102, "Mandatory parameter '" + name + "' was not sent, was empty/null, or malformed.");
    }
    return v;
  }

  static BigDecimal decimal(Map<String, String> p, String name) throws BinanceError {
    String v = required(p, name);
    try {
      BigDecimal d = new BigDecimal(v);
      if (d.signum() <= 0) {
        throw new BinanceError(400, -1013, "Filter failure: " + name + " must be positive.");
      }
      return d;
    } catch (NumberFormatException e) {
      throw new BinanceError(400, -1100, "Illegal characters found in parameter '" + name + "'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'.");
    }
  }

  static long parseLong(String value, String name) throws BinanceError {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new BinanceError(400, -1100, "Illegal characters found in parameter '" + name + "'; legal range is '^[0-9]{1,20}$'.");
    }
  }
}
