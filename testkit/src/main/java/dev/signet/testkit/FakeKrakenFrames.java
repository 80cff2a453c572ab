package dev.signet.testkit;

/**
 * The control frames {@link FakeKrakenStreams} answers with, in Kraken's WebSocket v2 shapes (the
 * docs' status, pong and subscribe-ack examples).
 */
final class FakeKrakenFrames {
  /** The docs' status example, sent on connect. */
  static final String STATUS = "{\"channel\":\"status\",\"data\":[{\"api_version\":\"v2\",\"connection_id\":"
      + "13834774380200032777,\"system\":\"online\",\"version\":\"2.0.0\"}],\"type\":\"update\"}";
  private static final String TIMES = ",\"time_in\":\"2023-10-16T13:18:35.303171Z\",\"time_out\":"
      + "\"2023-10-16T13:18:35.318297Z\"";

  private FakeKrakenFrames() {}

  /** The answer to a ping; {@code id} is {@code ,"req_id":N} or empty. */
  static String pong(String id) {
    return "{\"method\":\"pong\"" + id + TIMES + "}";
  }

  /** A successful subscribe or unsubscribe of one channel (and symbol, or null). */
  static String ack(String method, String channel, String symbol, String id) {
    return "{\"method\":\"" + method + "\",\"result\":{\"channel\":\"" + channel + "\""
        + (symbol == null ? "" : ",\"symbol\":\"" + symbol + "\"") + "},\"success\":true" + TIMES + id + "}";
  }

  /** A refused subscription: a private channel's token, or a pair not listed. */
  static String refusal(boolean privateChannel, String symbol, String id) {
    return "{\"method\":\"subscribe\",\"error\":\"" + (privateChannel ? "EAccount:Invalid permissions"
        : "Currency pair not supported " + symbol) + "\",\"success\":false" + id + ",\"symbol\":\"" + symbol + "\""
        + TIMES + "}";
  }
}
