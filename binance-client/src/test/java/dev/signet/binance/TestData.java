package dev.signet.binance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads test resources (vectors and documented fixtures, see SOURCES.md). */
final class TestData {
  static final String FAQ_SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
  static final String DOCS_API_KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";

  private TestData() {}

  /**
   * A builder signed with the docs' key, both hosts pointed at {@code server}, with the order
   * pre-flight off: these tests check the bytes each call sends (PreflightTest checks the pre-flight).
   */
  static BinanceClient.Builder clientFor(mockwebserver3.MockWebServer server) {
    return BinanceClient.builder().preflight(false)
        .credentials(BinanceCredentials.hmac(DOCS_API_KEY, FAQ_SECRET))
        .spotBaseUrl(server.url("/").toString())
        .futuresBaseUrl(server.url("/").toString());
  }

  static String resource(String name) {
    try (InputStream in = TestData.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A documented JSONC sample with its // comments removed, as a server would send it; a {@code //}
   * inside a string (a URL) is kept.
   */
  static String jsonc(String name) {
    String text = resource(name);
    StringBuilder out = new StringBuilder(text.length());
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\') {
          out.append(text.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        out.append(c);
      } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
        while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
          i++;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
