package dev.signet.kraken.funding;

/**
 * The answer of {@code Withdraw}: the reference id of the withdrawal, to follow it in
 * {@code WithdrawStatus} or cancel it with {@code WithdrawCancel}.
 *
 * <pre>{@code
 * String refid = kraken.funding().withdraw(request).refid();
 * }</pre>
 *
 * @param refid the withdrawal's reference id, e.g. {@code FTQcuak-V6Za8qrWnhzTx67yYHz8Tg}
 */
public record WithdrawalReference(String refid) {}
