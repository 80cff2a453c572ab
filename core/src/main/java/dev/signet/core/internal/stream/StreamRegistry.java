package dev.signet.core.internal.stream;

import dev.signet.core.stream.StreamItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A connection's subscription bookkeeping: which streams it carries (their queues, in subscribing
 * order), within the protocol's stream limit, and which request named which streams, so a refusal
 * (which names only the request id) ends the right subscriptions. It builds the subscribe and
 * unsubscribe messages, each with a fresh request id. Not API; the connection serialises calls.
 *
 * <pre>{@code
 * StreamRegistry streams = new StreamRegistry(protocol, "binance spot");
 * streams.add("btcusdt@trade", queue);
 * long last = streams.subscribeAll((id, text) -> pacer.send(ws, text));
 * }</pre>
 */
final class StreamRegistry {
  /** Where a subscribe message goes, with the id the exchange echoes in its answer. */
  @FunctionalInterface
  interface Send {
    void send(long id, String text);
  }

  private final Map<String, StreamQueue<?>> queues = new LinkedHashMap<>();
  private final RequestLog requests = new RequestLog();
  private final StreamProtocol protocol;
  private final String label;

  /**
   * @param protocol the exchange's framing (its limits and messages)
   * @param label names the connection in messages
   */
  StreamRegistry(StreamProtocol protocol, String label) {
    this.protocol = protocol;
    this.label = label;
  }

  /** Holds {@code queue} for {@code stream}; throws when the stream is held already or the connection is full. */
  void add(String stream, StreamQueue<?> queue) {
    if (queues.containsKey(stream)) {
      throw new IllegalStateException(stream + " is already subscribed on this connection; close the other "
          + "subscription first or share it");
    }
    if (queues.size() >= protocol.maxStreams()) {
      throw new IllegalStateException("a " + label + " connection carries at most " + protocol.maxStreams()
          + " streams; open another connection for " + stream);
    }
    queues.put(stream, queue);
  }

  /**
   * The message that subscribes the held {@code stream}, its id remembered; when the protocol
   * cannot build it the stream is no longer held and the exception thrown on.
   */
  String subscribeOne(String stream) {
    long id = requests.next();
    String text;
    try {
      text = protocol.subscribe(List.of(stream), id);
    } catch (RuntimeException e) { // e.g. no token: nothing was sent, the stream is not held
      queues.remove(stream);
      throw e;
    }
    requests.put(id, List.of(stream));
    return text;
  }

  /** The messages that unsubscribe and subscribe {@code stream} again, in sending order. */
  List<String> resubscribe(String stream) {
    String unsubscribe = protocol.unsubscribe(List.of(stream), requests.next());
    long id = requests.next();
    requests.put(id, List.of(stream));
    return Arrays.asList(unsubscribe, protocol.subscribe(List.of(stream), id));
  }

  /** The message that unsubscribes {@code stream} (null: nothing to send). */
  String unsubscribe(String stream) {
    return protocol.unsubscribe(List.of(stream), requests.next());
  }

  /**
   * Sends the messages that subscribe every held stream, as many a message as the protocol allows.
   *
   * @return the last message's id, or -1 when nothing was sent (none held, or the URL subscribes)
   */
  long subscribeAll(Send send) {
    List<String> names = new ArrayList<>(queues.keySet());
    int per = protocol.maxStreamsPerMessage();
    long last = -1;
    for (int from = 0; from < names.size(); from += per) {
      List<String> chunk = List.copyOf(names.subList(from, Math.min(names.size(), from + per)));
      long id = requests.next();
      String text = protocol.subscribe(chunk, id);
      if (text != null) { // null: the URL subscribes, nothing to wait for
        last = id;
        requests.put(id, chunk);
        send.send(id, text);
      }
    }
    return last;
  }

  /** The id {@link #takeId()} returns next, not taken yet. */
  long peekId() {
    return requests.peek();
  }

  /** Takes a request id for a request that names every held stream (a refusal ends them all). */
  long takeIdForAll() {
    long id = requests.next();
    requests.put(id, List.copyOf(queues.keySet()));
    return id;
  }

  /** Takes a new request id. */
  long takeId() {
    return requests.next();
  }

  boolean contains(String stream) {
    return queues.containsKey(stream);
  }

  StreamQueue<?> get(String stream) {
    return queues.get(stream);
  }

  boolean remove(String stream, StreamQueue<?> queue) {
    return queues.remove(stream, queue);
  }

  int size() {
    return queues.size();
  }

  /** Marks a gap on every held stream, or on the unsequenced ones only. */
  void gap(StreamItem.Reason reason, String detail, boolean unsequencedOnly) {
    for (StreamQueue<?> q : queues.values()) {
      if (!unsequencedOnly || !q.sequenced()) {
        q.gap(reason, detail);
      }
    }
  }

  /** Lets go of every held stream and answers their queues. */
  List<StreamQueue<?>> drain() {
    List<StreamQueue<?>> all = new ArrayList<>(queues.values());
    queues.clear();
    return all;
  }

  /** Lets go of the held streams request {@code id} named and answers their queues. */
  List<StreamQueue<?>> removeNamedBy(long id) {
    List<StreamQueue<?>> gone = new ArrayList<>();
    for (String stream : requests.streams(id)) {
      StreamQueue<?> q = queues.remove(stream);
      if (q != null) {
        gone.add(q);
      }
    }
    return gone;
  }
}
