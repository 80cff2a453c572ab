package dev.signet.core.internal.stream;

import dev.signet.core.SignetJson;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.RecyclerPool;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.deser.DeserializationContextExt;

/**
 * The JSON parsers of one socket's frames: Signet's own parser settings (the same factory
 * configuration as {@code SignetJson.mapper()}), with the parser buffers kept for the socket
 * rather than taken from and given back to Jackson's shared pool for every frame. A socket reads
 * its frames one at a time on its reader thread, so one set of buffers serves them all; a second
 * frame parsed while the first is open (or from another thread) simply gets fresh buffers. The
 * shared pool's two concurrent-deque operations per frame cost a Binance trade frame about a
 * tenth of its decode (benchmarks/RESULTS.md, run 16). Each parser carries a context of
 * {@code SignetJson.mapper()}, as one the mapper makes does: {@code readValueAs} and
 * {@code readValueAsTree} work on it, and a {@code Decoder} reads with that context rather than
 * making its own. Not API.
 *
 * <pre>{@code
 * FrameParsers parsers = new FrameParsers(); // one per socket
 * try (JsonParser p = parsers.parse(frame)) {
 *   ...
 * }
 * }</pre>
 */
public final class FrameParsers {
  private static final Contexts CONTEXTS = new Contexts(SignetJson.mapper().reader());

  private final TokenStreamFactory factory;
  private String lastName; // plain: see name(p)

  /** Parsers with buffers of their own. */
  public FrameParsers() {
    this.factory = SignetJson.mapper().tokenStreamFactory().rebuild().recyclerPool(new OneSet()).build();
  }

  /**
   * A parser of {@code frame}, to be closed (which hands its buffers back for the next frame).
   *
   * @param frame one text frame
   * @return a parser at its start
   */
  public JsonParser parse(String frame) {
    return CONTEXTS.parser(factory, frame);
  }

  /**
   * The string value {@code p} is on: the instance returned last time when its characters are
   * the same, else a new one (kept for next time). A socket's frames name few streams, mostly the
   * same one frame after frame; the comparison reads the parser's characters, so a repeated name
   * costs neither a string nor its hash in the subscription lookup. A racing caller at worst
   * misses the last instance (strings are immutable, so any instance read is whole).
   *
   * @param p a parser on a string value
   * @return its text
   */
  public String name(JsonParser p) {
    String last = lastName;
    int length = p.getStringLength();
    if (last != null && last.length() == length) {
      char[] chars = p.getStringCharacters();
      int offset = p.getStringOffset();
      int i = 0;
      while (i < length && chars[offset + i] == last.charAt(i)) {
        i++;
      }
      if (i == length) {
        return last;
      }
    }
    String name = p.getString();
    lastName = name;
    return name;
  }

  /** Gives each parser a context of Signet's mapper, as the mapper's own {@code createParser} does. */
  private static final class Contexts extends ObjectReader {
    private static final long serialVersionUID = 1L;

    Contexts(ObjectReader base) {
      super(base, base.getConfig());
    }

    JsonParser parser(TokenStreamFactory factory, String frame) {
      DeserializationContextExt ctxt = _deserializationContext();
      return ctxt.assignAndReturnParser(factory.createParser(ctxt, frame));
    }
  }

  /** A pool of one buffer set: taken by the open parser, back when it closes. */
  private static final class OneSet implements RecyclerPool<BufferRecycler> {
    private static final long serialVersionUID = 1L;
    private final transient AtomicReference<BufferRecycler> idle = new AtomicReference<>();

    @Override
    public BufferRecycler acquirePooled() {
      BufferRecycler buffers = idle.getAndSet(null);
      return buffers != null ? buffers : new BufferRecycler();
    }

    @Override
    public void releasePooled(BufferRecycler buffers) {
      idle.lazySet(buffers);
    }
  }
}
