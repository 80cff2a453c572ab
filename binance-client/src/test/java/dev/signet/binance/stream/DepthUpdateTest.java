package dev.signet.binance.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.spot.market.PriceLevel;
import dev.signet.core.Decoder;
import dev.signet.core.MalformedResponseException;
import dev.signet.core.internal.StreamFrames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DepthUpdateTest {
  static final Decoder<DepthUpdate> DECODER = Decoder.of(DepthUpdate.class);

  static String fixture(String name) {
    try (InputStream in = DepthUpdateTest.class.getResourceAsStream("/fixtures/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<PriceLevel> level(String price, String qty) {
    return List.of(new PriceLevel(new BigDecimal(price), new BigDecimal(qty)));
  }

  @Test
  void theSpotDocsExampleDecodesWithExactValues() {
    DepthUpdate u = StreamFrames.decode("bnbbtc@depth", fixture("stream_spot_depth_update.json"), DECODER);
    assertThat(u).isEqualTo(new DepthUpdate("depthUpdate", Instant.ofEpochMilli(1672515782136L), null, "BNBBTC",
        157, 160, null, level("0.0024", "10"), level("0.0026", "100")));
  }

  @Test
  void theUsdmDocsExampleDecodesWithTransactionTimeAndPu() {
    DepthUpdate u = StreamFrames.decode("btcusdt@depth", fixture("stream_futures_depth_update.json"), DECODER);
    assertThat(u).isEqualTo(new DepthUpdate("depthUpdate", Instant.ofEpochMilli(123456789L),
        Instant.ofEpochMilli(123456788L), "BTCUSDT", 157, 160, 149L, level("0.0024", "10"), level("0.0026", "100")));
  }

  @Test
  void aMalformedFrameFailsNamingTheStreamAndTheField() {
    String ok = "{\"e\":\"depthUpdate\",\"E\":1,\"s\":\"BNBBTC\",\"U\":5,\"u\":6,\"b\":[],\"a\":[]}";
    assertThat(StreamFrames.decode("s", ok, DECODER).finalUpdateId()).isEqualTo(6);

    assertThatThrownBy(() -> StreamFrames.decode("bnbbtc@depth", ok.replace("\"u\":6,", ""), DECODER))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageStartingWith("stream bnbbtc@depth: the frame could not be decoded: ")
        .hasMessageContaining("'u'");
    assertThatThrownBy(() -> StreamFrames.decode("bnbbtc@depth", ok.replace("\"u\":6", "\"u\":4"), DECODER))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessage("stream bnbbtc@depth: the frame could not be decoded: u (4) is below U (5)");
    assertThatThrownBy(() -> StreamFrames.decode("bnbbtc@depth", ok.replace("depthUpdate", "trade"), DECODER))
        .hasMessage("stream bnbbtc@depth: the frame could not be decoded: e is \"trade\", expected \"depthUpdate\"");
    assertThatThrownBy(() -> StreamFrames.decode("bnbbtc@depth", ok.replace("\"b\":[]", "\"b\":[[\"1\"]]"), DECODER))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("at b[0]");
    assertThatThrownBy(() -> StreamFrames.decode("bnbbtc@depth", "null", DECODER))
        .hasMessage("stream bnbbtc@depth: the frame could not be decoded: the value is null where DepthUpdate is documented");
    assertThatThrownBy(() -> StreamFrames.decode("bnbbtc@depth", "{\"e\":", DECODER))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageStartingWith("stream bnbbtc@depth: the frame could not be decoded: ");
  }
}
