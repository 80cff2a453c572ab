package dev.signet.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.binance.spot.Account;
import dev.signet.binance.spot.NewOrder;
import dev.signet.binance.spot.OrderSide;
import dev.signet.testkit.Fault;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's "Testing your bot against the fakes" example, verbatim, so it tests what it says. */
class ReadmeExampleTest {
  @RegisterExtension
  FakeBinanceExtension binance = new FakeBinanceExtension(fake -> fake
      .market("BTCUSDT", "BTC", "USDT", new BigDecimal("40000"))
      .balance("USDT", new BigDecimal("10000")));

  @Test
  void buysAndTheSignatureIsChecked() {
    binance.client().syncClock();                                     // GET /api/v3/time (a signed call would do it first)
    binance.fake().failNext(1, Fault.tooManyRequests(1));             // script a 429, 418, 503, disconnect, ...
    Account account = binance.client().spot().account();              // 429, waits out Retry-After: 1, retried, signed afresh
    assertThat(account.balance("USDT").orElseThrow().free()).isEqualByComparingTo("10000");
    assertThat(binance.fake().requestCount()).isEqualTo(4);           // time (spot), time (futures), account ×2
    binance.client().spot().trading().newOrder(NewOrder.market("BTCUSDT", OrderSide.BUY, new BigDecimal("0.1")).build());
    assertThat(binance.fake().free("BTC")).isEqualByComparingTo("0.1");
  }
}
