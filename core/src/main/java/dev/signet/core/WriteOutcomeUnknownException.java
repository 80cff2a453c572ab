package dev.signet.core;

/**
 * A write that is not an order (a withdrawal, a transfer) may have reached the exchange, but no
 * answer says what happened (timeout after the request was written, connection reset, 5xx). Signet
 * never resends it; look it up by the client id it was sent with, which this exception names (Signet
 * generates one when the caller gave none), e.g. in the withdrawal history.
 *
 * <pre>{@code
 * try {
 *   client.wallet().withdraw(request);
 * } catch (WriteOutcomeUnknownException e) {
 *   List<Withdrawal> found = client.wallet().withdrawHistory(
 *       WithdrawHistoryQuery.builder().withdrawOrderId(e.clientId()).build());
 * }
 * }</pre>
 */
public final class WriteOutcomeUnknownException extends SignetException {
  private final String request;
  private final String clientIdParam;
  private final String clientId;

  /**
   * @param request the request, e.g. {@code POST /sapi/v1/capital/withdraw/apply}
   * @param clientIdParam the parameter that carried the client id, e.g. {@code withdrawOrderId}
   * @param clientId the client id the write was sent with
   * @param cause what happened instead of an answer
   */
  public WriteOutcomeUnknownException(String request, String clientIdParam, String clientId, SignetException cause) {
    super("The outcome of " + request + " with " + clientIdParam + "=" + clientId + " is unknown: it may or may not"
        + " have been applied (" + cause.getMessage() + "). It was not resent; look it up by its " + clientIdParam + ".",
        cause);
    this.request = request;
    this.clientIdParam = clientIdParam;
    this.clientId = clientId;
  }

  /**
   * The request whose outcome is unknown, e.g. {@code POST /sapi/v1/capital/withdraw/apply}.
   *
   * @return the method and path of the request
   */
  public String request() {
    return request;
  }

  /**
   * The parameter that carried the client id, e.g. {@code withdrawOrderId}.
   *
   * @return the name of the client-id parameter
   */
  public String clientIdParam() {
    return clientIdParam;
  }

  /**
   * The client id the write was sent with, to look it up by.
   *
   * @return the client id
   */
  public String clientId() {
    return clientId;
  }
}
