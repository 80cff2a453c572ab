package dev.signet.core.internal.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ValueDeserializer;

/**
 * The reader behind {@code Decoder.mapOf}: reads a whole JSON object whose members are values of
 * one type in one reader call, so one Jackson {@code DeserializationContext} serves every member
 * (a reader call per member made a context per member, and left a member's decoder no way to
 * share work with the next one's). Each value goes through the value type's root deserializer, as
 * a reader of that type would run it; a null member is refused naming it, a failure inside member
 * {@code name} gets {@code name} prepended to its path, and a deserializer that yields null is
 * refused as {@code Decoder.of} refuses it. Members keep their order; a repeated name keeps the
 * last value. Not API.
 *
 * <p>Example: {@code Map<String, AssetPair> pairs = new MemberMapReader(SignetJson.mapper().readerFor(AssetPair.class), type).readValue(p);}
 */
public final class MemberMapReader extends ObjectReader {
  /**
   * A reader with {@code base}'s configuration whose root value is a map of {@code value}s by name.
   *
   * @param base a reader of the value type, configured as the map's reader must be
   * @param mapType the map type, {@code Map<String, value>}
   */
  public MemberMapReader(ObjectReader base, JavaType mapType) {
    super(base, base.getConfig(), mapType, new Members(mapType.getContentType()), null, null, null);
  }

  /** Reads the object the parser is on (its {@code START_OBJECT}) up to and including its end. */
  private static final class Members extends ValueDeserializer<Object> {
    private final JavaType value;
    private final String name;

    Members(JavaType value) {
      this.value = value;
      this.name = value.getRawClass().getSimpleName();
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      ValueDeserializer<Object> one = ctxt.findRootValueDeserializer(value);
      Map<String, Object> out = new LinkedHashMap<>();
      for (String member = p.nextName(); member != null; member = p.nextName()) {
        if (p.nextToken() == JsonToken.VALUE_NULL) {
          throw new IllegalArgumentException("member '" + member + "' is null");
        }
        Object decoded;
        try {
          decoded = one.deserialize(p, ctxt);
        } catch (JacksonException e) {
          throw e.prependPath(out, member);
        }
        if (decoded == null) {
          throw new IllegalArgumentException("the value is null where " + name + " is documented");
        }
        out.put(member, decoded);
      }
      return Collections.unmodifiableMap(out);
    }
  }
}
