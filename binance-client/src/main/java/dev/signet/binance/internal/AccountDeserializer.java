package dev.signet.binance.internal;

import dev.signet.binance.spot.Account;
import dev.signet.binance.spot.Balance;
import dev.signet.binance.spot.CommissionRates;
import dev.signet.core.internal.json.FieldLoop;
import dev.signet.core.internal.json.JsonFields;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Streams an {@link Account} (with its {@link CommissionRates} and {@link Balance}s) off the
 * parser. {@code spot().account()} is the call bots poll most; Jackson's property-based creation of
 * this 16-component record cost more than reading its fields (see benchmarks/RESULTS.md). Accepts
 * and refuses what Jackson's record decoding does with {@code SignetJson} (numbers or numeric
 * strings, unknown fields skipped, fields in any order; every field required, a null primitive
 * refused): a missing primitive is reported here, a missing or null reference by the records'
 * constructors, as Jackson reports it for a record it builds itself. Not API.
 */
public final class AccountDeserializer extends ValueDeserializer<Account> {
  private static final BalanceDeserializer BALANCE = new BalanceDeserializer();
  /** The primitive fields, each required, in the bit order of {@link #primitiveBit}. */
  private static final String[] PRIMITIVES = {"makerCommission", "takerCommission", "buyerCommission",
      "sellerCommission", "canTrade", "canWithdraw", "canDeposit", "brokered", "requireSelfTradePrevention",
      "preventSor", "uid"};
  private static final String[] NONE = {};

  @Override
  public Account deserialize(JsonParser p, DeserializationContext ctxt) {
    return FieldLoop.object(p, ctxt, Account.class, PRIMITIVES, new Read());
  }

  /** The bit of a primitive field in {@link #PRIMITIVES}, 0 for any other name. */
  private static int primitiveBit(String name) {
    return switch (name) {
      case "makerCommission" -> 1;
      case "takerCommission" -> 1 << 1;
      case "buyerCommission" -> 1 << 2;
      case "sellerCommission" -> 1 << 3;
      case "canTrade" -> 1 << 4;
      case "canWithdraw" -> 1 << 5;
      case "canDeposit" -> 1 << 6;
      case "brokered" -> 1 << 7;
      case "requireSelfTradePrevention" -> 1 << 8;
      case "preventSor" -> 1 << 9;
      case "uid" -> 1 << 10;
      default -> 0;
    };
  }

  private static CommissionRates commissionRates(JsonParser p, DeserializationContext ctxt) {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    return FieldLoop.object(p, ctxt, CommissionRates.class, NONE, new Rates());
  }

  /** The members of one {@link Account}. */
  private static final class Read extends FieldLoop.Fields<Account> {
    private int makerCommission;
    private int takerCommission;
    private int buyerCommission;
    private int sellerCommission;
    private CommissionRates commissionRates;
    private boolean canTrade;
    private boolean canWithdraw;
    private boolean canDeposit;
    private boolean brokered;
    private boolean requireSelfTradePrevention;
    private boolean preventSor;
    private Instant updateTime;
    private String accountType;
    private List<Balance> balances;
    private List<String> permissions;
    private long uid;

    @Override
    protected boolean read(String name, JsonParser p, DeserializationContext ctxt) {
      Class<?> a = Account.class;
      seen(primitiveBit(name));
      switch (name) {
        case "makerCommission" -> makerCommission = JsonFields.intValue(p, ctxt, a, name);
        case "takerCommission" -> takerCommission = JsonFields.intValue(p, ctxt, a, name);
        case "buyerCommission" -> buyerCommission = JsonFields.intValue(p, ctxt, a, name);
        case "sellerCommission" -> sellerCommission = JsonFields.intValue(p, ctxt, a, name);
        case "commissionRates" -> commissionRates = commissionRates(p, ctxt);
        case "canTrade" -> canTrade = JsonFields.bool(p, ctxt, a, name);
        case "canWithdraw" -> canWithdraw = JsonFields.bool(p, ctxt, a, name);
        case "canDeposit" -> canDeposit = JsonFields.bool(p, ctxt, a, name);
        case "brokered" -> brokered = JsonFields.bool(p, ctxt, a, name);
        case "requireSelfTradePrevention" -> requireSelfTradePrevention = JsonFields.bool(p, ctxt, a, name);
        case "preventSor" -> preventSor = JsonFields.bool(p, ctxt, a, name);
        case "updateTime" -> updateTime = JsonFields.epochMillis(p, ctxt, a, name);
        case "accountType" -> accountType = JsonFields.string(p, ctxt, a, name);
        case "balances" -> balances = JsonFields.objects(p, ctxt, a, name, BALANCE);
        case "permissions" -> permissions = JsonFields.strings(p, ctxt, a, name);
        case "uid" -> uid = JsonFields.longValue(p, ctxt, a, name);
        default -> {
          return false;
        }
      }
      return true;
    }

    @Override
    protected Account build() {
      return new Account(makerCommission, takerCommission, buyerCommission, sellerCommission, commissionRates,
          canTrade, canWithdraw, canDeposit, brokered, requireSelfTradePrevention, preventSor, updateTime, accountType,
          balances, permissions, uid);
    }
  }

  /** The members of the account's {@link CommissionRates}. */
  private static final class Rates extends FieldLoop.Fields<CommissionRates> {
    private BigDecimal maker;
    private BigDecimal taker;
    private BigDecimal buyer;
    private BigDecimal seller;

    @Override
    protected boolean read(String name, JsonParser p, DeserializationContext ctxt) {
      Class<?> c = CommissionRates.class;
      switch (name) {
        case "maker" -> maker = JsonFields.decimal(p, ctxt, c, name);
        case "taker" -> taker = JsonFields.decimal(p, ctxt, c, name);
        case "buyer" -> buyer = JsonFields.decimal(p, ctxt, c, name);
        case "seller" -> seller = JsonFields.decimal(p, ctxt, c, name);
        default -> {
          return false;
        }
      }
      return true;
    }

    @Override
    protected CommissionRates build() {
      return new CommissionRates(maker, taker, buyer, seller);
    }
  }
}
