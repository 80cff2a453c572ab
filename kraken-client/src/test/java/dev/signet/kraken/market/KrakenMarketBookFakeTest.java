package dev.signet.kraken.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.kraken.KrakenClient;
import dev.signet.kraken.trading.AddOrder;
import dev.signet.kraken.trading.Side;
import dev.signet.testkit.FakeKraken;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every typed market call against testkit's FakeKraken: the request as sent (method, path, query
 * or body in order) and the answer decoded to exact values, the books grown from the fake's resting
 * orders (two bids at 39990.5, one at 39985.3; asks at 40010 and 40012.7) and PostTrade from its fills.
 */
class KrakenMarketBookFakeTest {
  private static final String KEY = MarketFakes.KEY;

  private final FakeKraken fake = MarketFakes.fake();
  private final KrakenClient kraken = MarketFakes.client(fake);
  private String firstBid;
  private String secondBid;

  @BeforeEach
  void restingOrders() {
    firstBid = place(Side.BUY, "0.5", "39990.5");
    fake.advance(Duration.ofSeconds(1));
    secondBid = place(Side.BUY, "0.25", "39990.5");
    place(Side.BUY, "1", "39985.3");
    place(Side.SELL, "1", "40010");
    place(Side.SELL, "0.4", "40012.7");
  }

  @AfterEach
  void stop() {
    kraken.close();
    fake.close();
  }

  private String place(Side side, String volume, String price) {
    return kraken.trading().addOrder(AddOrder.limit("XBTUSD", side, new BigDecimal(volume), new BigDecimal(price))
        .withoutClientOrderId().build()).txid().get(0);
  }

  private RecordedRequest last() {
    return fake.requests().get(fake.requestCount() - 1);
  }

  private void sent(String method, String target) {
    assertThat(last().getMethod()).isEqualTo(method);
    assertThat(last().getTarget()).isEqualTo(target);
  }

  /** When the fake placed the order, as its OpenOrders reports it (unix seconds, to the millisecond). */
  private Instant opened(String txid) {
    BigDecimal seconds = kraken.accountData().openOrders().get(txid).openTime();
    return Instant.ofEpochMilli(seconds.movePointRight(3).longValueExact());
  }

  /** The fake clock's time now, in whole seconds, read before and after {@code call}; the call's stamp is one of them. */
  private List<Long> secondsAround(Runnable call) {
    long before = fake.clock().millis() / 1000;
    call.run();
    return List.of(before, fake.clock().millis() / 1000);
  }

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  @Test
  void systemStatusAndAssets() {
    SystemStatus[] status = new SystemStatus[1];
    List<Long> around = secondsAround(() -> status[0] = kraken.market().systemStatus());
    sent("GET", "/0/public/SystemStatus");
    assertThat(status[0].status()).isEqualTo("online");
    assertThat(status[0].timestamp()).isIn(around.stream().map(t -> Instant.ofEpochSecond(t).toString()).toList());
    assertThat(kraken.market().assets("XBT"))
        .containsExactly(java.util.Map.entry("XXBT", new AssetInfo("currency", "XBT", 10, 5, null, "enabled")));
    sent("GET", "/0/public/Assets?asset=XBT");
  }

  @Test
  void assetPairsWithAQuery() {
    AssetPair pair = kraken.market().assetPairs(AssetPairsQuery.builder().pairs("XBTUSD").aclassBase("currency").build())
        .get("XXBTZUSD");
    sent("GET", "/0/public/AssetPairs?pair=XBTUSD&aclass_base=currency");
    assertThat(List.of(pair.altname(), pair.wsname(), pair.base(), pair.quote()))
        .containsExactly("XBTUSD", "XBT/USD", "XXBT", "ZUSD");
    assertThat(List.of(pair.pairDecimals(), pair.lotDecimals(), pair.costDecimals())).containsExactly(1, 8, 5);
    assertThat(List.of(pair.ordermin(), pair.costmin(), pair.tickSize())).containsExactly(d("0.0001"), d("0.5"), d("0.1"));
  }

  @Test
  void tickerAndSpreadAreTheBooksBestLevels() {
    TickerInfo t = kraken.market().ticker("XBTUSD").get("XXBTZUSD");
    sent("GET", "/0/public/Ticker?pair=XBTUSD");
    assertThat(List.of(t.bid().price(), t.ask().price(), t.lastTrade().price(), t.open()))
        .containsExactly(d("39990.5"), d("40010"), d("40000"), d("40000"));
    Spreads[] s = new Spreads[1];
    List<Long> around = secondsAround(() -> s[0] = kraken.market().spread("XBTUSD", 1_772_366_400L));
    sent("GET", "/0/public/Spread?pair=XBTUSD&since=1772366400");
    assertThat(around).contains(s[0].last());
    assertThat(s[0]).isEqualTo(new Spreads("XXBTZUSD",
        List.of(new SpreadQuote(Instant.ofEpochSecond(s[0].last()), d("39990.5"), d("40010"))), s[0].last()));
  }

  @Test
  void groupedBookSumsOverTheGroupingRoundingBidsDownAndAsksUp() {
    GroupedBook book = kraken.market().groupedBook("XBTUSD", 10, 10);
    sent("GET", "/0/public/GroupedBook?pair=XBTUSD&depth=10&grouping=10");
    assertThat(book).isEqualTo(new GroupedBook("XBTUSD", 10,
        List.of(new GroupedBook.Level(d("39990"), d("0.75")), new GroupedBook.Level(d("39985"), d("1"))),
        List.of(new GroupedBook.Level(d("40010"), d("1")), new GroupedBook.Level(d("40013"), d("0.4")))));
    assertThat(kraken.market().groupedBook("XBTUSD").bids()).containsExactly(
        new GroupedBook.Level(d("39990.5"), d("0.75")), new GroupedBook.Level(d("39985.3"), d("1")));
    sent("GET", "/0/public/GroupedBook?pair=XBTUSD");
  }

  @Test
  void preTradeListsTheLevelsWithTheirOrderCounts() {
    PreTradeBook book = kraken.market().preTrade("BTC/USD");
    sent("GET", "/0/public/PreTrade?symbol=BTC%2FUSD");
    List<Instant> opened = kraken.accountData().openOrders().values().stream()
        .map(o -> Instant.ofEpochMilli(o.openTime().movePointRight(3).longValueExact())).toList();
    assertThat(book).isEqualTo(new PreTradeBook("BTC/USD", "BTC/USD Spot", "BTC", "NOML", "USD", "MONE", "PGSL", "CLOB",
        List.of(new PreTradeBook.Level("BUY", d("39990.5"), d("0.75"), 2, opened(secondBid)),
            new PreTradeBook.Level("BUY", d("39985.3"), d("1"), 1, opened.get(2))),
        List.of(new PreTradeBook.Level("SELL", d("40010"), d("1"), 1, opened.get(3)),
            new PreTradeBook.Level("SELL", d("40012.7"), d("0.4"), 1, opened.get(4)))));
  }

  @Test
  void postTradeListsTheFills() {
    Instant placed = opened(secondBid);
    fake.setPrice("XBTUSD", new BigDecimal("39990")); // the two bids at 39990.5 fill as maker
    PostTrades trades = kraken.market().postTrade(PostTradeQuery.builder().symbol("BTC/USD")
        .fromTs(Instant.parse("2026-03-01T00:00:00Z")).count(10).build());
    sent("GET", "/0/public/PostTrade?symbol=BTC%2FUSD&from_ts=2026-03-01T00%3A00%3A00Z&count=10");
    assertThat(trades.count()).isEqualTo(2);
    assertThat(trades.trades()).extracting(PostTrades.Trade::price, PostTrades.Trade::quantity, PostTrades.Trade::symbol)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(d("39990.5"), d("0.5"), "BTC/USD"),
            org.assertj.core.groups.Tuple.tuple(d("39990.5"), d("0.25"), "BTC/USD"));
    PostTrades.Trade first = trades.trades().get(0);
    assertThat(List.of(first.tradeId(), first.baseAsset(), first.quoteAsset(), first.tradeVenue()))
        .containsExactly("1", "BTC", "USD", "PGSL");
    assertThat(first.tradeTs()).isEqualTo(first.publicationTs()).isAfterOrEqualTo(placed)
        .isBeforeOrEqualTo(fake.clock().instant());
    assertThat(trades.lastTs()).isEqualTo(trades.trades().get(1).tradeTs().toString());
  }

  @Test
  void level3ListsEveryRestingOrderBestFirstThenOldest() {
    Level3Book book = kraken.market().level3("XBTUSD", 10);
    sent("POST", "/0/private/Level3");
    assertThat(last().getBody().utf8()).isEqualTo("nonce=" + fake.lastNonce(KEY) + "&pair=XBTUSD&depth=10");
    assertThat(book.pair()).isEqualTo("XBTUSD");
    assertThat(book.bids()).extracting(Level3Book.Order::price, Level3Book.Order::qty).containsExactly(
        org.assertj.core.groups.Tuple.tuple(d("39990.5"), d("0.5")), org.assertj.core.groups.Tuple.tuple(d("39990.5"), d("0.25")),
        org.assertj.core.groups.Tuple.tuple(d("39985.3"), d("1")));
    assertThat(book.bids().get(0).orderId()).isEqualTo(firstBid);
    assertThat(book.bids().get(0).timestamp()).isEqualTo(opened(firstBid).toEpochMilli() * 1_000_000L);
    assertThat(book.bids().get(1).timestamp()).isEqualTo(opened(secondBid).toEpochMilli() * 1_000_000L);
    assertThat(opened(secondBid)).isAfterOrEqualTo(opened(firstBid).plusSeconds(1));
    assertThat(book.asks()).extracting(Level3Book.Order::price).containsExactly(d("40010"), d("40012.7"));
  }
}
