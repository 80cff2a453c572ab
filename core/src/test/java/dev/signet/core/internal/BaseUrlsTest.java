package dev.signet.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BaseUrlsTest {
  @Test
  void httpsAndLoopbackHttpAreAccepted() {
    assertThat(BaseUrls.check("https://api.binance.com", "spotBaseUrl").toString()).isEqualTo("https://api.binance.com/");
    assertThat(BaseUrls.check("http://127.0.0.1:8080/", "x").port()).isEqualTo(8080);
    assertThat(BaseUrls.check("http://localhost:1", "x").host()).isEqualTo("localhost");
    assertThat(BaseUrls.check("http://[::1]:9/", "x").host()).isEqualTo("::1");
  }

  @Test
  void plainHttpToANonLoopbackHostIsRefused() {
    assertThatThrownBy(() -> BaseUrls.check("http://api.binance.com", "spotBaseUrl"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("spotBaseUrl 'http://api.binance.com' uses plain http:// to a host that is not loopback; the API"
            + " key would cross the network in clear text. Use https://, or http:// only with localhost/127.0.0.1/[::1].");
    assertThatThrownBy(() -> BaseUrls.check("http://127.0.0.1.evil.com", "baseUrl"))
        .hasMessageContaining("not loopback");
    assertThatThrownBy(() -> BaseUrls.check("http://10.0.0.1", "baseUrl")).hasMessageContaining("not loopback");
  }

  @Test
  void pathsQueriesAndGarbageAreRefused() {
    assertThatThrownBy(() -> BaseUrls.check("https://api.kraken.com/0", "baseUrl"))
        .hasMessage("baseUrl 'https://api.kraken.com/0' must be only scheme, host and port (no path, query or"
            + " fragment), e.g. https://api.binance.com.");
    assertThatThrownBy(() -> BaseUrls.check("ftp://x", "baseUrl"))
        .hasMessage("baseUrl 'ftp://x' is not an http(s) URL; pass a URL such as https://api.example.com.");
    assertThatThrownBy(() -> BaseUrls.check(" ", "baseUrl"))
        .hasMessage("baseUrl is empty; pass a URL such as https://api.example.com.");
  }
}
