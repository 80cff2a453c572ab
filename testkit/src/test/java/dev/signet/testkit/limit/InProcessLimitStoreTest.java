package dev.signet.testkit.limit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.limit.InProcessLimitStore;
import dev.signet.core.limit.LimitStore;
import org.junit.jupiter.api.Test;

/** The in-process store passes the store contract. */
class InProcessLimitStoreTest extends LimitStoreContract {
  @Override
  protected LimitStore store() {
    return LimitStore.inProcess();
  }

  @Test
  void inProcessIsANewEmptyStoreEachTime() {
    assertThat(LimitStore.inProcess()).isInstanceOf(InProcessLimitStore.class).isNotSameAs(LimitStore.inProcess())
        .hasToString("LimitStore.inProcess()");
  }
}
