package dev.signet.binance.stream;

import dev.signet.binance.BinanceApiException;
import dev.signet.binance.futures.FuturesUserStream;
import dev.signet.binance.futures.userdata.FuturesUserEvent;
import dev.signet.binance.futures.userdata.ListenKeyExpired;
import dev.signet.binance.internal.BinanceListenKeyProtocol;
import dev.signet.core.Decoder;
import dev.signet.core.internal.stream.StreamConnection;
import dev.signet.core.stream.ForwardingSubscription;
import dev.signet.core.stream.StreamBuilder;
import dev.signet.core.stream.StreamItem;
import dev.signet.core.stream.StreamOptions;
import dev.signet.core.stream.Subscription;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * The USD-M Futures account's user data stream: its listen key started over REST, the connection
 * on Binance's {@code /private} route ({@code /private/ws/<listenKey>}; the unrouted {@code /ws} has
 * delivered no user data since 2026-04-23), the key kept alive every 30 minutes (it lapses after
 * 60), and a new key started and connected when Binance says the old one expired (the
 * {@link ListenKeyExpired} event, or {@code -1125} to a keep-alive): the events the old key had
 * delivered are handed on first, then a {@code Gap} marks the ones that may be missing, so resync
 * positions and orders over REST ({@link FuturesOrderReconciler} does it for orders). Events are
 * {@link FuturesUserEvent}s. The key never reaches {@code toString()} or gaps. Thread-safe; close it
 * to stop (the key is left to lapse: other processes of the account share it).
 *
 * <pre>{@code
 * try (FuturesUserDataStream user = FuturesUserDataStream.builder(client.futures().userStream()).build()) {
 *   StreamItem<FuturesUserEvent> item = user.events().take();
 * }
 * }</pre>
 */
public final class FuturesUserDataStream implements AutoCloseable {
  private static final Duration SLICE = Duration.ofMillis(50);

  private final FuturesUserStream keys;
  private final OkHttpClient http;
  private final HttpUrl base;
  private final StreamOptions options;
  private final Clock clock;
  private final ScheduledExecutorService scheduler;
  private final Events events = new Events();
  private StreamConnection connection;
  private Subscription<FuturesUserEvent> current;
  private Subscription<FuturesUserEvent> previous; // the replaced key's, until its queued events are taken
  private long discardedBefore;
  private String pendingGap;
  private boolean closed;

  private FuturesUserDataStream(Builder b, HttpUrl base, OkHttpClient http, StreamOptions options, Clock clock) {
    this.keys = b.keys;
    this.http = http;
    this.base = base;
    this.options = options;
    this.clock = clock;
    this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "signet-usdm-listen-key");
      t.setDaemon(true);
      return t;
    });
    open(keys.start());
    long every = b.keepAliveEvery.toNanos();
    scheduler.scheduleAtFixedRate(this::keepAlive, every, every, TimeUnit.NANOSECONDS);
  }

  /**
   * A builder whose listen key comes from {@code keys} ({@code client.futures().userStream()}).
   *
   * @param keys the listen key calls
   * @return a new builder
   */
  public static Builder builder(FuturesUserStream keys) {
    return new Builder(Objects.requireNonNull(keys, "keys"));
  }

  /**
   * The account's events, in order, with a {@code Gap} wherever some may be missing.
   *
   * @return the one subscription, across listen keys
   */
  public Subscription<FuturesUserEvent> events() {
    return events;
  }

  /** Stops the keep-alive and closes the connection. */
  @Override
  public void close() {
    StreamConnection last;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      last = connection;
    }
    scheduler.shutdownNow();
    last.close();
  }

  @Override
  public synchronized String toString() {
    return "FuturesUserDataStream{" + connection + (closed ? ", closed" : "") + "}";
  }

  private synchronized void open(String listenKey) {
    HttpUrl url = base.newBuilder().addPathSegment("private").addPathSegment("ws").addPathSegment(listenKey).build();
    connection = new StreamConnection(http, new Request.Builder().url(url).build(), BinanceListenKeyProtocol.INSTANCE,
        options, clock, "Binance USD-M user data stream");
    current = connection.subscribe(BinanceListenKeyProtocol.STREAM, Decoder.of(FuturesUserEvent.class), null);
  }

  private void keepAlive() {
    try {
      keys.keepAlive();
    } catch (BinanceApiException e) {
      if (e.code() == -1125) {
        rekey("the listen key no longer exists (-1125 to the keep-alive)");
      }
    } catch (RuntimeException e) {
      // a transport failure: the next keep-alive retries well within the key's 60 minutes
    }
  }

  private void rekey(String why) {
    String key;
    try {
      key = keys.start();
    } catch (RuntimeException e) {
      return; // the next keep-alive's -1125 tries again
    }
    StreamConnection old;
    synchronized (this) {
      if (closed) {
        return;
      }
      old = connection;
      discardedBefore += current.discarded();
      previous = current;
      open(key);
      pendingGap = "Binance USD-M user data stream: " + why + "; a new listen key is connected, events in between"
          + " may be missing";
    }
    old.close();
  }

  /**
   * The subscription the consumer holds, following the stream across listen keys: it polls the
   * current key's subscription in slices, so a consumer waiting on a replaced one moves on.
   */
  private final class Events extends ForwardingSubscription<FuturesUserEvent> {
    @Override
    protected Subscription<FuturesUserEvent> delegate() {
      synchronized (FuturesUserDataStream.this) {
        return current;
      }
    }

    @Override
    protected StreamItem<FuturesUserEvent> handle(StreamItem<FuturesUserEvent> item) {
      if (item instanceof StreamItem.Event<FuturesUserEvent> e && e.value() instanceof ListenKeyExpired) {
        scheduler.execute(() -> rekey("the listen key expired"));
      }
      return item;
    }

    @Override
    public Optional<StreamItem<FuturesUserEvent>> poll(Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (true) {
        Subscription<FuturesUserEvent> leg;
        synchronized (FuturesUserDataStream.this) {
          if (previous != null) { // what the replaced key delivered comes first; its expiry is handled already
            Optional<StreamItem<FuturesUserEvent>> left = previous.poll(Duration.ZERO);
            if (left.isPresent()) {
              return left;
            }
            previous = null;
          }
          if (pendingGap != null) {
            StreamItem<FuturesUserEvent> gap = new StreamItem.Gap<>(StreamItem.Reason.DISCONNECTED, pendingGap);
            pendingGap = null;
            return Optional.of(gap);
          }
          leg = current;
        }
        long left = deadline - System.nanoTime();
        Optional<StreamItem<FuturesUserEvent>> item = leg.poll(Duration.ofNanos(Math.max(0, Math.min(left,
            SLICE.toNanos()))));
        if (item.isPresent()) {
          return Optional.of(handle(item.get()));
        }
        synchronized (FuturesUserDataStream.this) {
          if (closed && leg == current) {
            return Optional.empty();
          }
        }
        if (left <= 0) {
          return Optional.empty();
        }
      }
    }

    @Override
    public StreamItem<FuturesUserEvent> take() throws InterruptedException {
      while (true) {
        Optional<StreamItem<FuturesUserEvent>> item = poll(Duration.ofDays(1));
        if (item.isPresent()) {
          return item.get();
        }
        if (!isOpen()) {
          throw new IllegalStateException("the USD-M user data stream is closed");
        }
      }
    }

    @Override
    public long discarded() {
      synchronized (FuturesUserDataStream.this) {
        return discardedBefore + current.discarded();
      }
    }

    @Override
    public boolean isOpen() {
      synchronized (FuturesUserDataStream.this) {
        return !closed;
      }
    }

    @Override
    public void close() {
      FuturesUserDataStream.this.close();
    }

    @Override
    public String toString() {
      return "Subscription{userData, " + FuturesUserDataStream.this + "}";
    }
  }

  /**
   * Builds {@link FuturesUserDataStream}: {@code /private/ws/<listenKey>} is added to the
   * {@link #baseUrl(String) host}, e.g.
   * {@code FuturesUserDataStream.builder(client.futures().userStream()).baseUrl("wss://fstream.binancefuture.com").build()}.
   */
  public static final class Builder extends StreamBuilder<Builder> {
    private final FuturesUserStream keys;
    private Duration keepAliveEvery = Duration.ofMinutes(30);

    private Builder(FuturesUserStream keys) {
      super("wss://fstream.binance.com");
      this.keys = keys;
    }

    /**
     * How often to keep the listen key alive; Binance lets it lapse 60 minutes after the last.
     *
     * @param every more than zero and less than 60 minutes (default 30)
     * @return this builder
     */
    public Builder keepAliveEvery(Duration every) {
      Objects.requireNonNull(every, "every");
      if (every.isNegative() || every.isZero() || every.compareTo(Duration.ofMinutes(60)) >= 0) {
        throw new IllegalArgumentException("keepAliveEvery must be more than 0 and less than 60 minutes (Binance "
            + "lets a listen key lapse 60 minutes after its last keep-alive), got " + every);
      }
      this.keepAliveEvery = every;
      return this;
    }

    /**
     * Starts the listen key (one REST call), connects and starts the keep-alive.
     *
     * @return the stream
     */
    public FuturesUserDataStream build() {
      return new FuturesUserDataStream(this, baseUrl(), okHttpClient(), options(), clock());
    }

    @Override
    protected Builder self() {
      return this;
    }
  }
}
