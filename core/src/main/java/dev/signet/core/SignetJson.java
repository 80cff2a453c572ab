package dev.signet.core;

import dev.signet.core.internal.ConstructorCallModule;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The one Jackson 3 configuration every Signet module decodes with.
 *
 * <ul>
 *   <li>JSON floats become {@link java.math.BigDecimal} (never {@code double});</li>
 *   <li>records are built through their canonical constructor, called through a method handle
 *       prepared once per type (see {@code ConstructorCallModule}); response records check their
 *       required fields there ({@link dev.signet.core.internal.json.Required}), so a missing or null
 *       required field fails the decode with a message naming it;</li>
 *   <li>a JSON {@code null} for a primitive ({@code int}, {@code long}, {@code boolean}) fails
 *       instead of becoming 0 or false;</li>
 *   <li>a JSON number or boolean where a string belongs fails instead of becoming its text;</li>
 *   <li>unknown properties are ignored, so a new exchange field never breaks a bot;</li>
 *   <li>exchange values (sides, statuses, order types, …) are {@link WireValue} records whose
 *       {@code of(text)} keeps any text, so a value the exchange adds later decodes as a value
 *       holding that text rather than failing or collapsing into a placeholder;</li>
 *   <li>integer timestamps decode into {@link java.time.Instant} as epoch <em>milliseconds</em>.</li>
 * </ul>
 *
 * <p>The mapper is immutable and thread-safe.
 *
 * <pre>{@code
 * Account account = SignetJson.mapper().readValue(bytes, Account.class);
 * }</pre>
 */
public final class SignetJson {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(DateTimeFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
      .withCoercionConfig(LogicalType.Textual, c -> c
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .addModule(new ConstructorCallModule())
      .build();

  private SignetJson() {}

  /**
   * The shared, immutable mapper.
   *
   * @return the shared, configured Jackson 3 mapper
   */
  public static JsonMapper mapper() {
    return MAPPER;
  }
}
