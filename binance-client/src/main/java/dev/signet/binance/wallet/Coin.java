package dev.signet.binance.wallet;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A coin's balances and networks: an element of {@code GET /sapi/v1/capital/config/getall}.
 *
 * <pre>{@code
 * List<Coin> coins = client.wallet().coins();
 * Coin btc = coins.stream().filter(c -> c.coin().equals("BTC")).findFirst().orElseThrow();
 * }</pre>
 *
 * <p>Fields the docs always send are required: a missing or null one fails the decode naming it;
 * the others are null when Binance leaves them out.
 *
 * @param coin the coin, e.g. {@code BTC}
 * @param depositAllEnable whether deposits are open on some network
 * @param withdrawAllEnable whether withdrawals are open on some network
 * @param name the coin's name, e.g. {@code Bitcoin}
 * @param free free balance
 * @param locked locked balance
 * @param freeze frozen balance
 * @param withdrawing amount being withdrawn
 * @param ipoing amount in IPO subscriptions
 * @param ipoable amount available for IPO subscriptions
 * @param storage amount in storage
 * @param isLegalMoney whether the coin is a fiat currency
 * @param trading whether the coin trades
 * @param networkList the networks (unmodifiable)
 */
public record Coin(
    String coin,
    @JsonProperty(required = true) boolean depositAllEnable,
    @JsonProperty(required = true) boolean withdrawAllEnable,
    String name,
    BigDecimal free,
    BigDecimal locked,
    BigDecimal freeze,
    BigDecimal withdrawing,
    BigDecimal ipoing,
    BigDecimal ipoable,
    BigDecimal storage,
    @JsonProperty(value = "isLegalMoney", required = true) boolean isLegalMoney,
    @JsonProperty(required = true) boolean trading,
    List<CoinNetwork> networkList) {
  /**
   * Checks the required fields are present.
   *
   * @param coin the coin, e.g. {@code BTC}
   * @param depositAllEnable whether deposits are open on some network
   * @param withdrawAllEnable whether withdrawals are open on some network
   * @param name the coin's name, e.g. {@code Bitcoin}
   * @param free free balance
   * @param locked locked balance
   * @param freeze frozen balance
   * @param withdrawing amount being withdrawn
   * @param ipoing amount in IPO subscriptions
   * @param ipoable amount available for IPO subscriptions
   * @param storage amount in storage
   * @param isLegalMoney whether the coin is a fiat currency
   * @param trading whether the coin trades
   * @param networkList the networks (unmodifiable)
   */
  public Coin {
    Required.field(coin, "coin");
    Required.field(name, "name");
    Required.field(free, "free");
    Required.field(locked, "locked");
    Required.field(freeze, "freeze");
    Required.field(withdrawing, "withdrawing");
    Required.field(ipoing, "ipoing");
    Required.field(ipoable, "ipoable");
    Required.field(storage, "storage");
    networkList = Required.list(networkList, "networkList");
  }

  /**
   * The network {@code network} of this coin, if listed.
   *
   * @param network the network, e.g. {@link Network#BTC}
   * @return the network's entry, or empty when the coin has none by that name
   */
  public Optional<CoinNetwork> network(Network network) {
    return networkList.stream().filter(n -> n.network().equals(network)).findFirst();
  }
}
