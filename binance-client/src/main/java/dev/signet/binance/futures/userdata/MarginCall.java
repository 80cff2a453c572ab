package dev.signet.binance.futures.userdata;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.binance.futures.MarginType;
import dev.signet.binance.futures.PositionSide;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Positions are near liquidation ({@code MARGIN_CALL}).
 *
 * <pre>{@code
 * if (event instanceof MarginCall call) {
 *   call.positions().forEach(p -> risk.reduce(p.symbol(), p.positionSide()));
 * }
 * }</pre>
 *
 * @param eventTime when the event was produced ({@code E})
 * @param crossWalletBalance the cross wallet balance ({@code cw}; only for a cross margin call), or null
 * @param positions the positions called ({@code p})
 */
public record MarginCall(
    @JsonProperty("E") Instant eventTime,
    @JsonProperty("cw") BigDecimal crossWalletBalance,
    @JsonProperty("p") List<Position> positions) implements FuturesUserEvent {
  /**
   * Checks the fields the docs always send and copies the list.
   *
   * @param eventTime {@code E}
   * @param crossWalletBalance {@code cw}, or null
   * @param positions {@code p}
   */
  public MarginCall {
    Required.field(eventTime, "E");
    positions = Required.list(positions, "p");
  }

  /**
   * A position of a margin call.
   *
   * @param symbol the symbol ({@code s})
   * @param positionSide the position side ({@code ps})
   * @param positionAmount the position ({@code pa})
   * @param marginType {@code CROSSED} or {@code ISOLATED} ({@code mt})
   * @param isolatedWallet the isolated margin ({@code iw})
   * @param markPrice the mark price ({@code mp})
   * @param unrealizedProfit the unrealized PnL ({@code up})
   * @param maintenanceMargin the maintenance margin required ({@code mm})
   */
  public record Position(
      @JsonProperty("s") String symbol,
      @JsonProperty("ps") PositionSide positionSide,
      @JsonProperty("pa") BigDecimal positionAmount,
      @JsonProperty("mt") MarginType marginType,
      @JsonProperty("iw") BigDecimal isolatedWallet,
      @JsonProperty("mp") BigDecimal markPrice,
      @JsonProperty("up") BigDecimal unrealizedProfit,
      @JsonProperty("mm") BigDecimal maintenanceMargin) {
    /**
     * Checks the fields the docs always send.
     *
     * @param symbol {@code s}
     * @param positionSide {@code ps}
     * @param positionAmount {@code pa}
     * @param marginType {@code mt}
     * @param isolatedWallet {@code iw}
     * @param markPrice {@code mp}
     * @param unrealizedProfit {@code up}
     * @param maintenanceMargin {@code mm}
     */
    public Position {
      Required.field(symbol, "s");
      Required.field(positionSide, "ps");
      Required.field(positionAmount, "pa");
      Required.field(marginType, "mt");
      Required.field(isolatedWallet, "iw");
      Required.field(markPrice, "mp");
      Required.field(unrealizedProfit, "up");
      Required.field(maintenanceMargin, "mm");
    }
  }
}
