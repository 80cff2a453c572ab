package dev.signet.testkit;

import static dev.signet.testkit.BinanceError.parseLong;

import dev.signet.testkit.FakeBinance.IncomeRecord;
import dev.signet.testkit.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@link FakeBinance}'s USD-M Futures endpoints: the income history a test adds. */
final class BinanceFutures {
  private final List<IncomeRecord> income = new ArrayList<>();

  BinanceFutures(List<IncomeRecord> initial) {
    income.addAll(initial);
  }

  void addIncome(IncomeRecord record) {
    synchronized (income) {
      income.add(Objects.requireNonNull(record, "record"));
    }
  }

  /** {@code GET /fapi/v1/income}. */
  Reply income(Map<String, String> p) throws BinanceError {
    String symbol = p.get("symbol");
    String type = p.get("incomeType");
    long start = p.containsKey("startTime") ? parseLong(p.get("startTime"), "startTime") : Long.MIN_VALUE;
    long end = p.containsKey("endTime") ? parseLong(p.get("endTime"), "endTime") : Long.MAX_VALUE;
    int limit = p.containsKey("limit") ? (int) parseLong(p.get("limit"), "limit") : 100;
    List<Map<String, Object>> out = new ArrayList<>();
    synchronized (income) {
      long tranId = 9689322392L;
      for (IncomeRecord i : income) {
        long t = i.time().toEpochMilli();
        if ((symbol == null || symbol.equals(i.symbol())) && (type == null || type.equals(i.incomeType()))
            && t >= start && t <= end && out.size() < limit) {
          Map<String, Object> r = Json.object();
          r.put("symbol", i.symbol());
          r.put("incomeType", i.incomeType());
          r.put("income", i.income().toPlainString());
          r.put("asset", i.asset());
          r.put("info", i.incomeType());
          r.put("time", t);
          r.put("tranId", tranId++);
          r.put("tradeId", "");
          out.add(r);
        }
      }
    }
    return Reply.json(200, Json.write(out));
  }

}
