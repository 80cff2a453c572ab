package dev.signet.binance.wallet;

import dev.signet.core.internal.json.Required;

/**
 * The answer to a withdrawal request ({@code POST /sapi/v1/capital/withdraw/apply}): the id to follow it by.
 *
 * <pre>{@code
 * WithdrawResult r = client.wallet().withdraw(request);
 * List<Withdrawal> w = client.wallet().withdrawHistory(WithdrawHistoryQuery.builder().idList(List.of(r.id())).build());
 * }</pre>
 *
 * <p>Fields the docs always send are required: a missing or null one fails the decode naming it;
 * the others are null when Binance leaves them out.
 *
 * @param id Binance's id of the withdrawal
 */
public record WithdrawResult(
    String id) {
  /**
   * Checks the required fields are present.
   *
   * @param id Binance's id of the withdrawal
   */
  public WithdrawResult {
    Required.field(id, "id");
  }
}
