package dev.signet.kraken;

import static dev.signet.kraken.KrakenTestData.DOCS_SECRET;
import static dev.signet.kraken.KrakenTestData.DOCS_SIGN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Kraken's published API-Sign vector and the three broken variants from its support article. */
class KrakenVectorsTest {
  private final KrakenSigner signer = new KrakenSigner(KrakenCredentials.of("key", DOCS_SECRET), () -> 1L);
  private static final String ORDER = "ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25";

  @Test
  void publishedVector() {
    assertThat(signer.apiSign("/0/private/AddOrder", "1616492376594", "nonce=1616492376594&" + ORDER)).isEqualTo(DOCS_SIGN);
  }

  @Test
  void truncatedPathGivesAnotherSignature() {
    assertThat(signer.apiSign("AddOrder", "1616492376594", "nonce=1616492376594&" + ORDER))
        .isEqualTo("Ajv5seeN5A4jMFldYUPnMf886eY+0Y3CacpQlg40crlb/mJl5Pzr9WGJ3HpVMPL0KlQ2DvA41NPqgPIXstLjNw==")
        .isNotEqualTo(DOCS_SIGN);
  }

  @Test
  void reorderedBodyGivesAnotherSignature() {
    assertThat(signer.apiSign("/0/private/AddOrder", "1616492376594",
            "ordertype=limit&nonce=1616492376594&pair=XBTUSD&price=37500&type=buy&volume=1.25"))
        .isEqualTo("VVpBR9YQODUd9m3DeInXzn2VObsoa0exjyjkGS1O0W9CSPU/csZx8yEjICv+pMRZMhImT86VytmXnsAB2PgVEQ==")
        .isNotEqualTo(DOCS_SIGN);
  }

  @Test
  void nonceLeftOutOfTheHashGivesAnotherSignature() {
    assertThat(signer.apiSign("/0/private/AddOrder", "", "nonce=1616492376594&" + ORDER))
        .isEqualTo("Z5k+Kt74bBDz+YmZ7doSlQkWwtXUmfNLPhcm4B94rRbgOj661gDhCxquNhAJrnZSDtKFA5CApNbeWvXb2EGUFg==")
        .isNotEqualTo(DOCS_SIGN);
  }
}
