package dev.signet.kraken.internal;

import dev.signet.kraken.market.FeeTier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads an AssetPairs fee schedule ({@code fees}, {@code fees_maker}), sharing what repeats: Kraken
 * sends the same schedule for most pairs, so each schedule is compared, tier by tier and on the
 * parser's characters, with the schedule of the same name that the previous pair of this answer
 * had (kept in the call's Jackson context, one per {@code Decoder.mapOf} call); an equal schedule
 * is the previous pair's unmodifiable list itself, an equal tier the previous pair's tier. Values
 * are those {@link FeeTierDeserializer} reads, and refusals the same: a bad tier names its index
 * ({@code fees[2]}), a null tier is left for the record's check, and a schedule that is not an
 * array goes to Jackson's own list decoding. Not API.
 *
 * <pre>{@code
 * @JsonProperty("fees_maker") @JsonDeserialize(using = FeeScheduleDeserializer.class) List<FeeTier> feesMaker
 * }</pre>
 */
public final class FeeScheduleDeserializer extends ValueDeserializer<List<FeeTier>> {
  /** The context attribute holding this call's latest schedule by member name. */
  private static final Object RECENT = FeeScheduleDeserializer.class;

  @Override
  public List<FeeTier> deserialize(JsonParser p, DeserializationContext ctxt) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      JavaType list = ctxt.getTypeFactory().constructCollectionType(List.class, FeeTier.class);
      @SuppressWarnings("unchecked")
      List<FeeTier> other = (List<FeeTier>) ctxt.findRootValueDeserializer(list).deserialize(p, ctxt);
      return other;
    }
    @SuppressWarnings("unchecked")
    Map<String, List<FeeTier>> recent = (Map<String, List<FeeTier>>) ctxt.getAttribute(RECENT);
    if (recent == null) {
      recent = new HashMap<>();
      ctxt.setAttribute(RECENT, recent);
    }
    String name = p.currentName();
    List<FeeTier> previous = name == null ? null : recent.get(name);
    return read(p, ctxt, previous == null ? List.of() : previous, recent, name);
  }

  /**
   * The tiers up to the array's end: {@code previous} itself, or its prefix, while every tier
   * equals it; kept in {@code recent} under {@code name} unless a tier is null.
   */
  private static List<FeeTier> read(JsonParser p, DeserializationContext ctxt, List<FeeTier> previous,
      Map<String, List<FeeTier>> recent, String name) {
    List<FeeTier> built = null; // null while the tiers so far are previous's first n
    int n = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), n++) {
      FeeTier expected = built == null && n < previous.size() ? previous.get(n) : null;
      FeeTier tier = null;
      if (t != JsonToken.VALUE_NULL) {
        try {
          tier = FeeTierDeserializer.read(p, ctxt, expected);
        } catch (JacksonException e) {
          throw e.prependPath(built == null ? previous : built, n);
        }
      }
      if (built == null && (tier == null || tier != expected)) {
        built = new ArrayList<>(previous.subList(0, n));
      }
      if (built != null) {
        built.add(tier);
      }
    }
    if (built != null && built.contains(null)) {
      return built; // for AssetPair's constructor to refuse, naming the index
    }
    List<FeeTier> tiers = built != null ? List.copyOf(built)
        : n == previous.size() ? previous : List.copyOf(previous.subList(0, n));
    if (name != null) {
      recent.put(name, tiers);
    }
    return tiers;
  }
}
