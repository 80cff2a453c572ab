package dev.signet.redis;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Bad configuration is refused when it is given, naming the parameter and the fix; nothing connects. */
class RedisLimitStoreBuilderTest {
  @Test
  void aUriMustBeARedisUri() {
    assertThatThrownBy(() -> RedisLimitStore.connect("http://10.0.0.5:6379"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("uri must start with redis:// or rediss://, e.g. \"redis://10.0.0.5:6379\".");
    assertThatThrownBy(() -> RedisLimitStore.builder().uri(null))
        .hasMessage("uri must start with redis:// or rediss://, e.g. \"redis://10.0.0.5:6379\".");
    assertThatThrownBy(() -> RedisLimitStore.builder().uri("redis://:hunter2@host:notaport"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("uri is not a Redis URI; pass redis://[:password@]host[:port][/database].");
    assertThatThrownBy(() -> RedisLimitStore.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("RedisLimitStore needs a URI; call uri(\"redis://host:6379\").");
  }

  @Test
  void thePrefixAndTheTimeoutAreChecked() {
    assertThatThrownBy(() -> RedisLimitStore.builder().prefix("a b"))
        .hasMessage("prefix \"a b\" is not 1 to 64 letters, digits, '-', '_' or '.'; pass e.g. \"signet-prod\".");
    assertThatThrownBy(() -> RedisLimitStore.builder().prefix("{x}"))
        .hasMessage("prefix \"{x}\" is not 1 to 64 letters, digits, '-', '_' or '.'; pass e.g. \"signet-prod\".");
    assertThatThrownBy(() -> RedisLimitStore.builder().timeout(Duration.ZERO))
        .hasMessage("timeout PT0S is not positive; pass e.g. Duration.ofSeconds(2).");
  }
}
