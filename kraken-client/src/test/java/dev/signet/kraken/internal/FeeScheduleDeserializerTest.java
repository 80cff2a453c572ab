package dev.signet.kraken.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.Decoder;
import dev.signet.core.SignetJson;
import dev.signet.core.internal.json.Required;
import dev.signet.kraken.market.AssetPair;
import dev.signet.kraken.market.FeeTier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;

/**
 * {@link FeeScheduleDeserializer}: AssetPairs' fee schedules decode to the exact tiers sent; a
 * schedule equal to the previous pair's (same member name) is that pair's list, an equal tier
 * that pair's tier; anything else is read afresh, and refusals are those of Jackson's own list
 * decoding of the same tiers (same path, same message).
 */
class FeeScheduleDeserializerTest {
  /** The same members decoded by Jackson's own list decoding, for the refusals to compare with. */
  record PlainPair(List<FeeTier> fees, @JsonProperty("fees_maker") List<FeeTier> feesMaker) {
    PlainPair {
      fees = Required.listOrEmpty(fees, "fees");
      feesMaker = Required.listOrEmpty(feesMaker, "fees_maker");
    }
  }

  private static final String TAKER = "[[0,0.26],[50000,0.24],[100000,0.22]]";
  private static final String MAKER = "[[0,0.16],[50000,0.14],[100000,0.12]]";

  private static <T> T decode(Decoder<T> decoder, String json) {
    try (JsonParser p = SignetJson.mapper().createParser(json)) {
      return decoder.decode(p);
    }
  }

  private static Map<String, AssetPair> pairs(String json) {
    return decode(MarketDecoders.ASSET_PAIRS, json);
  }

  private static FeeTier tier(String volume, String percent) {
    return new FeeTier(new BigDecimal(volume), new BigDecimal(percent));
  }

  /** The failure as {@code MalformedResponseException} words it: the path, then what was wrong. */
  private static String failure(Decoder<?> decoder, String json) {
    Throwable t = catchThrowable(() -> decode(decoder, json));
    assertThat(t).as(json).isInstanceOf(JacksonException.class);
    JacksonException e = (JacksonException) t;
    String path = e.getPath().stream()
        .map(r -> r.getPropertyName() != null ? "." + r.getPropertyName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining()).substring(1);
    String message = e.getCause() instanceof IllegalArgumentException i ? i.getMessage() : e.getOriginalMessage();
    return path + ": " + message;
  }

  @Test
  void equalSchedulesAreThePreviousPairsListsAndTakerAndMakerAreKeptApart() {
    Map<String, AssetPair> pairs = pairs("{\"A\":{\"fees\":" + TAKER + ",\"fees_maker\":" + MAKER + "},"
        + "\"B\":{\"fees\":" + TAKER + ",\"fees_maker\":" + MAKER + "},"
        + "\"C\":{\"fees_maker\":" + MAKER.replace("0.16", "\"0.16\"") + ",\"altname\":\"CUSD\",\"fees\":" + TAKER + "}}");
    AssetPair a = pairs.get("A");
    assertThat(a.fees()).containsExactly(tier("0", "0.26"), tier("50000", "0.24"), tier("100000", "0.22"));
    assertThat(a.feesMaker()).containsExactly(tier("0", "0.16"), tier("50000", "0.14"), tier("100000", "0.12"));
    assertThat(pairs.get("B").fees()).isSameAs(a.fees());
    assertThat(pairs.get("B").feesMaker()).isSameAs(a.feesMaker());
    assertThat(pairs.get("C").fees()).isSameAs(a.fees()); // out of order, a member between
    assertThat(pairs.get("C").feesMaker()).isSameAs(a.feesMaker()); // "0.16" as a string is the same decimal
    assertThat(pairs.get("C").altname()).isEqualTo("CUSD");
    assertThat(a.fees().get(0).percent().scale()).isEqualTo(2);
    assertThat(catchThrowable(() -> a.fees().add(tier("1", "1")))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aScheduleThatDiffersIsReadAfreshKeepingTheEqualTiers() {
    Map<String, AssetPair> pairs = pairs("{\"A\":{\"fees\":" + TAKER + "},"
        + "\"B\":{\"fees\":[[0,0.26],[50000,0.240],[100000,0.22]]},"
        + "\"C\":{\"fees\":[[0,0.26],[50000,0.240]]},"
        + "\"D\":{\"fees\":[[0,0.26],[50000,0.240],[100000,0.22],[250000,0.2]]},"
        + "\"E\":{\"fees\":[]},\"F\":{\"fees\":null},\"G\":{}}");
    AssetPair a = pairs.get("A");
    AssetPair b = pairs.get("B");
    assertThat(b.fees()).containsExactly(tier("0", "0.26"), tier("50000", "0.240"), tier("100000", "0.22"));
    assertThat(b.fees().get(1).percent().scale()).isEqualTo(3); // 0.240 is not 0.24's text
    assertThat(b.fees().get(0)).isSameAs(a.fees().get(0));
    assertThat(b.fees().get(2)).isNotSameAs(a.fees().get(2)); // tiers after a difference are read afresh
    assertThat(pairs.get("C").fees()).containsExactly(tier("0", "0.26"), tier("50000", "0.240"));
    assertThat(pairs.get("D").fees()).containsExactly(tier("0", "0.26"), tier("50000", "0.240"), tier("100000", "0.22"),
        tier("250000", "0.2"));
    assertThat(pairs.get("E").fees()).isEmpty();
    assertThat(pairs.get("F").fees()).isEmpty();
    assertThat(pairs.get("G").fees()).isEmpty();
    assertThat(pairs.get("G").feesMaker()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"[[0,0.26],null]", "[[0,0.26],{\"volume\":1}]", "[[0,0.26],[50000,\"abc\"]]", "[[0,0.26],[50000]]",
      "[[0,0.26],[true,0.24]]", "\"x\"", "{\"volume\":0}", "7"})
  void aBadScheduleAfterAGoodOneIsRefusedAsJacksonsListDecodingRefusesIt(String bad) {
    String json = "{\"A\":{\"fees\":" + TAKER + "},\"B\":{\"fees\":" + bad + "}}";
    assertThat(failure(MarketDecoders.ASSET_PAIRS, json)).isEqualTo(failure(Decoder.mapOf(PlainPair.class), json));
  }

  @Test
  void theRefusalsNameTheTier() {
    String good = "{\"A\":{\"fees\":" + TAKER + "},\"B\":{\"fees\":";
    assertThat(failure(MarketDecoders.ASSET_PAIRS, good + "[[0,0.26],null]}}"))
        .isEqualTo("B: field 'fees' has a null element at index 1");
    assertThat(failure(MarketDecoders.ASSET_PAIRS, good + "[[0,0.26],[50000]]}}"))
        .isEqualTo("B.fees[1]: required field 'percent' is missing or null");
    assertThat(failure(MarketDecoders.ASSET_PAIRS, good + "[[0,0.26],[50000,\"abc\"]]}}"))
        .startsWith("B.fees[1]: Cannot deserialize value of type `java.math.BigDecimal` from String \"abc\": "
            + "'percent' of FeeTier is not a decimal");
  }
}
