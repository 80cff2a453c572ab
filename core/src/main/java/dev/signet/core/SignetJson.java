package dev.signet.core;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Jackson 3 configuration every Signet module decodes with.
 *
 * <ul>
 *   <li>JSON floats become {@link java.math.BigDecimal} (never {@code double});</li>
 *   <li>records are built through their canonical constructor, called through a method handle
 *       prepared once per type (see {@code ConstructorCallModule});</li>
 *   <li>unknown properties are ignored, so a new exchange field never breaks a bot;</li>
 *   <li>an unknown enum value maps to the enum's {@code @JsonEnumDefaultValue} constant instead of
 *       failing (response enums keep the raw value beside it);</li>
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
      .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
      .disable(DateTimeFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
      .addModule(new ConstructorCallModule())
      .build();

  private SignetJson() {}

  /** The shared, immutable mapper. */
  public static JsonMapper mapper() {
    return MAPPER;
  }
}
