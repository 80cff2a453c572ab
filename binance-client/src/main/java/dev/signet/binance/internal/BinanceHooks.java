package dev.signet.binance.internal;

import dev.signet.binance.BinanceApiException;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import dev.signet.core.Security;
import dev.signet.core.SignetException;
import dev.signet.core.internal.CallHooks;
import java.util.List;

/**
 * What Binance adds around every call: a signed call may not carry the parameters the signer adds
 * ({@code timestamp}, {@code signature}, and {@code recvWindow} when the client sets it), the clock
 * is synced before the first signed call, and a {@code -1021} is repaired by re-syncing it before
 * the retry. Not API.
 *
 * <pre>{@code
 * CallHooks hooks = new BinanceHooks(timeSyncOrNull, recvWindowConfigured);
 * }</pre>
 */
public final class BinanceHooks implements CallHooks {
  private static final List<String> SIGNER_PARAMS = List.of("timestamp", "signature");

  private final TimeSync timeSync;
  private final boolean recvWindowConfigured;

  /**
   * @param timeSync the host's clock sync, or null when the user supplied the clock
   * @param recvWindowConfigured whether the signer adds {@code recvWindow}
   */
  public BinanceHooks(TimeSync timeSync, boolean recvWindowConfigured) {
    this.timeSync = timeSync;
    this.recvWindowConfigured = recvWindowConfigured;
  }

  @Override
  public void beforeCall(Operation<?> operation) {
    if (operation.endpoint().security() != Security.SIGNED) {
      return;
    }
    Params params = operation.params();
    for (String key : SIGNER_PARAMS) {
      refuse(params, key);
    }
    if (recvWindowConfigured) {
      refuse(params, "recvWindow");
    }
    if (timeSync != null) {
      timeSync.ensureSynced();
    }
  }

  @Override
  public boolean recover(Operation<?> operation, SignetException failure) {
    if (timeSync == null || !(failure instanceof BinanceApiException b) || !b.isClockSkew()) {
      return false;
    }
    try {
      timeSync.sync();
      return true;
    } catch (SignetException syncFailed) {
      failure.addSuppressed(syncFailed);
      return false;
    }
  }

  private static void refuse(Params params, String key) {
    if (params.containsKey(key)) {
      throw new IllegalArgumentException("Parameter '" + key + "' is added by the signer; remove it from the"
          + " params (configure recvWindow on the client builder).");
    }
  }
}
