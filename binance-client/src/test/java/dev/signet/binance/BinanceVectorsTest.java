package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Binance's published signing vectors (sources in src/test/resources/SOURCES.md). */
class BinanceVectorsTest {

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      timestamp=1578963600000 | d84e6641b1e328e7b418fff030caed655c266299c9355e36ce801ed14631eed4 | Binance FAQ
      symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559 | c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71 | Spot docs POST /api/v3/order
      symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559 | e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3 | Spot docs non-ASCII symbol
      symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTCquantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559 | 0fd168b8ddb4876a0358a8d14d0c9f3da0e9b20c5d52b2a00fcf7d1c602f9a77 | older Spot docs mixed query + body
      """)
  void hmacVectorsFromTheSpotDocs(String payload, String signature, String source) {
    assertThat(BinanceCredentials.hmac(TestData.DOCS_API_KEY, TestData.FAQ_SECRET).sign(payload)).isEqualTo(signature);
  }

  @Test
  void futuresVectorAndItsReorderedCopyDiffer() {
    BinanceCredentials futures = BinanceCredentials.hmac("key", "2b5eb11e18796d12d88f13dc27dbbd02c2cc51ff7059765ed9821957d82bb4d9");
    assertThat(futures.sign("symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=1&price=9000&timeInForce=GTC&recvWindow=5000&timestamp=1591702613943"))
        .isEqualTo("3c661234138461fcc7a7d8746c6558c9842d4e10870d2ecbedf7777cad694af9");
    String reordered = futures.sign("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=9000&recvWindow=5000&timestamp=1591702613943");
    assertThat(reordered)
        .isEqualTo("ec11dcc17e67e47f0d3c3f513dfe9062307e37619c5c82ebaa8fe0bdf3d59519")
        .isNotEqualTo("3c661234138461fcc7a7d8746c6558c9842d4e10870d2ecbedf7777cad694af9");
  }

  @Test
  void rsaVector() {
    BinanceCredentials rsa = BinanceCredentials.rsa("key", TestData.resource("vectors/binance-rsa-test-key.pem"));
    assertThat(rsa.sign("symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559"))
        .isEqualTo("uz2xmNkOf1EEsnZoWGraxR13F4jF9JYdC68uvWqYyjFyjwDgcoiMRm23UqsxWkmA208smu7TuGVxm1cWoZa/5fLQ2T/RcfLW9sokNWDzf1vM/xEpSmQEsSyIzd/c0pMWGsUkXsYpIarp3e/KSFzgwI73qZfbalBRkkK7u3dLWRVRk4kmEVf6dQUWMyXC44X8LB0M1XFrhkqcFYdcP9NcaCZCvb8nzG/nyUPtCJdBxVn8MMgXaVCM8DIbSrUBT0ZUxFQ3gTSd929LR1Tp6P2y4pHiWSElW5nJZYRRn2zUFt4xH7wvVKvuuEi8HH0Dusf6KBcWq8/3viAcRUh1Cj4fsQ==");
  }

  @Test
  void ed25519Vector() {
    BinanceCredentials ed = BinanceCredentials.ed25519("key", TestData.resource("vectors/binance-ed25519-test-key.pem"));
    assertThat(ed.sign("timeInForce=GTC&quantity=0.2&price=30000&symbol=BTCUSDT&side=SELL&type=LIMIT&timestamp=1683189275000"))
        .isEqualTo("kJs8urXFQ/GkR/hQ+ukZMFwH9H8oe7Ec/sap6pFIB/7HHHoh5mKVQT1zLVaRl7QdJLjNB2QB4PGZPflubUCHBA==");
  }
}
