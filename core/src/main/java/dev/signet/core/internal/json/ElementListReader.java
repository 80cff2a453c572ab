package dev.signet.core.internal.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ValueDeserializer;

/**
 * The reader behind {@code Decoder.listOf}: reads a whole JSON array of one element type in one
 * reader call, so one Jackson {@code DeserializationContext} serves every element (a reader call
 * per element made a context per element). Each element goes through the element type's root
 * deserializer, as a reader of that type would run it; a null element or an early end is refused
 * naming its index, a failure inside element {@code i} gets {@code [i]} prepended to its path, and
 * a deserializer that yields null is refused as {@code Decoder.of} refuses it. Not API.
 *
 * <p>Example: {@code List<Candle> rows = new ElementListReader(SignetJson.mapper().readerFor(Candle.class), type).readValue(p);}
 */
public final class ElementListReader extends ObjectReader {
  /**
   * A reader with {@code base}'s configuration whose root value is a list of {@code element}.
   *
   * @param base a reader of the element type, configured as the list's reader must be
   * @param listType the list type, {@code List<element>}
   */
  public ElementListReader(ObjectReader base, JavaType listType) {
    super(base, base.getConfig(), listType, new Elements(listType.getContentType()), null, null, null);
  }

  /** Reads the array the parser is on (its {@code START_ARRAY}) up to and including its end. */
  private static final class Elements extends ValueDeserializer<Object> {
    private final JavaType element;
    private final String name;

    Elements(JavaType element) {
      this.element = element;
      this.name = element.getRawClass().getSimpleName();
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      ValueDeserializer<Object> one = ctxt.findRootValueDeserializer(element);
      List<Object> out = new ArrayList<>();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t == null) {
          throw new IllegalArgumentException("the array ends early after element [" + out.size() + "]");
        }
        if (t == JsonToken.VALUE_NULL) {
          throw new IllegalArgumentException("element [" + out.size() + "] is null");
        }
        Object value;
        try {
          value = one.deserialize(p, ctxt);
        } catch (JacksonException e) {
          throw e.prependPath(out, out.size());
        }
        if (value == null) {
          throw new IllegalArgumentException("the value is null where " + name + " is documented");
        }
        out.add(value);
      }
      return Collections.unmodifiableList(out);
    }
  }
}
