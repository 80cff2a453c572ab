package dev.signet.binance.wallet;

import dev.signet.core.internal.json.Required;

/**
 * The account's status: {@code GET /sapi/v1/account/status}.
 *
 * <pre>{@code
 * boolean normal = client.wallet().accountStatus().data().equals("Normal");
 * }</pre>
 *
 * <p>Fields the docs always send are required: a missing or null one fails the decode naming it;
 * the others are null when Binance leaves them out.
 *
 * @param data the status, e.g. {@code Normal}
 */
public record AccountStatus(
    String data) {
  /**
   * Checks the required fields are present.
   *
   * @param data the status, e.g. {@code Normal}
   */
  public AccountStatus {
    Required.field(data, "data");
  }
}
