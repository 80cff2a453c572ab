package dev.signet.core.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ForwardingSubscriptionTest {
  /** A delegate that hands out a fixed list of items, then nothing. */
  private static final class Listed implements Subscription<Integer> {
    private final Deque<StreamItem<Integer>> items;
    private boolean open = true;

    Listed(List<StreamItem<Integer>> items) {
      this.items = new ArrayDeque<>(items);
    }

    @Override
    public String stream() {
      return "numbers";
    }

    @Override
    public Optional<StreamItem<Integer>> poll(Duration timeout) {
      return Optional.ofNullable(items.poll());
    }

    @Override
    public StreamItem<Integer> take() {
      return items.remove();
    }

    @Override
    public long discarded() {
      return 7;
    }

    @Override
    public boolean isOpen() {
      return open;
    }

    @Override
    public void close() {
      open = false;
    }

    @Override
    public String toString() {
      return "Listed";
    }
  }

  /** Skips odd numbers and doubles the even ones; gaps pass as they are. */
  private static final class EvensDoubled extends ForwardingSubscription<Integer> {
    private final Subscription<Integer> inner;

    EvensDoubled(Subscription<Integer> inner) {
      this.inner = inner;
    }

    @Override
    protected Subscription<Integer> delegate() {
      return inner;
    }

    @Override
    protected StreamItem<Integer> handle(StreamItem<Integer> item) {
      if (item instanceof StreamItem.Event<Integer> e) {
        return e.value() % 2 == 0 ? new StreamItem.Event<>(e.value() * 2) : null;
      }
      return item;
    }
  }

  private static StreamItem<Integer> event(int n) {
    return new StreamItem.Event<>(n);
  }

  @Test
  void takeSkipsWhatHandleDropsAndHandsOnWhatItReturns() throws InterruptedException {
    StreamItem<Integer> gap = new StreamItem.Gap<>(StreamItem.Reason.DISCONNECTED, "lost");
    EvensDoubled s = new EvensDoubled(new Listed(List.of(event(1), event(2), event(3), gap, event(4))));

    assertThat(s.take()).isEqualTo(event(4));
    assertThat(s.take()).isEqualTo(gap);
    assertThat(s.take()).isEqualTo(event(8));
  }

  @Test
  void pollSkipsDroppedItemsAndIsEmptyOnceTheDelegateIs() throws InterruptedException {
    EvensDoubled s = new EvensDoubled(new Listed(List.of(event(1), event(3), event(6), event(5))));

    assertThat(s.poll(Duration.ZERO)).contains(event(12));
    assertThat(s.poll(Duration.ZERO)).isEmpty();
  }

  @Test
  void nameCountOpenCloseAndTextAreTheDelegates() {
    Listed inner = new Listed(List.of());
    EvensDoubled s = new EvensDoubled(inner);

    assertThat(s.stream()).isEqualTo("numbers");
    assertThat(s.discarded()).isEqualTo(7);
    assertThat(s.isOpen()).isTrue();
    assertThat(s.toString()).isEqualTo("EvensDoubled{Listed}");
    s.close();
    assertThat(inner.isOpen()).isFalse();
    assertThat(s.isOpen()).isFalse();
  }

  @Test
  void theDefaultHandleHandsEveryItemOn() throws InterruptedException {
    Listed inner = new Listed(List.of(event(1), event(2)));
    ForwardingSubscription<Integer> s = new ForwardingSubscription<>() {
      @Override
      protected Subscription<Integer> delegate() {
        return inner;
      }
    };

    assertThat(s.take()).isEqualTo(event(1));
    assertThat(s.poll(Duration.ZERO)).contains(event(2));
  }
}
