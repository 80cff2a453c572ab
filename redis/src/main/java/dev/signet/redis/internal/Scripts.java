package dev.signet.redis.internal;

/**
 * The Lua scripts {@code RedisLimitStore} runs, one per store operation, each atomic on the server.
 * Numbers travel as decimal strings and are written back with {@code %d}, so epoch millis and
 * microsecond nonces stay exact. Not API.
 */
public final class Scripts {
  private Scripts() {}

  /**
   * KEYS: the holds, then the windows' current keys. ARGV: the number of holds, now, then per window
   * units, limit, millis to the next window, key TTL. Returns {0, 0} when everything was counted,
   * else {wait, the 1-based index into KEYS of what refused}.
   */
  public static final String RESERVE = """
      local holds = tonumber(ARGV[1])
      local now = tonumber(ARGV[2])
      for i = 1, holds do
        local untilMillis = tonumber(redis.call('GET', KEYS[i]) or '0')
        if untilMillis > now then return {untilMillis - now, i} end
      end
      for j = holds + 1, #KEYS do
        local a = 3 + (j - holds - 1) * 4
        local used = tonumber(redis.call('GET', KEYS[j]) or '0')
        local units = tonumber(ARGV[a])
        local limit = tonumber(ARGV[a + 1])
        if used + units > limit and not (used == 0 and units > limit) then return {tonumber(ARGV[a + 2]), j} end
      end
      for j = holds + 1, #KEYS do
        local a = 3 + (j - holds - 1) * 4
        redis.call('INCRBY', KEYS[j], ARGV[a])
        redis.call('PEXPIRE', KEYS[j], ARGV[a + 3])
      end
      return {0, 0}
      """;

  /** KEYS: the window's current key. ARGV: the exchange's count, key TTL. Raises, never lowers. */
  public static final String OBSERVE = """
      local used = tonumber(redis.call('GET', KEYS[1]) or '0')
      if tonumber(ARGV[1]) > used then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) end
      return 0
      """;

  /** KEYS: the hold. ARGV: its end, its key TTL. A later end wins. */
  public static final String HOLD = """
      local current = tonumber(redis.call('GET', KEYS[1]) or '0')
      if tonumber(ARGV[1]) > current then
        redis.call('SET', KEYS[1], ARGV[1])
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
      end
      return 0
      """;

  /**
   * KEYS: the counter (a hash: level {@code l} in thousandths of a unit, drained up to {@code t}).
   * ARGV: units to add (-1 only reads), now, max, decay per second. Returns the wait (0 when added),
   * or the level when only reading.
   */
  public static final String TAKE = """
      local v = redis.call('HMGET', KEYS[1], 'l', 't')
      local units = tonumber(ARGV[1])
      local now = tonumber(ARGV[2])
      local max = tonumber(ARGV[3])
      local decay = tonumber(ARGV[4])
      local level = tonumber(v[1] or '0')
      local t = tonumber(v[2] or ARGV[2])
      if now > t then
        level = math.max(0, level - (now - t) * decay)
        t = now
      end
      local wait = 0
      if units >= 0 then
        local excess = math.floor((level + 999) / 1000) + units - max
        if excess > 0 then
          wait = math.floor((excess * 1000 + decay - 1) / decay)
        else
          level = level + units * 1000
        end
      end
      if v[1] or units > 0 then
        redis.call('HSET', KEYS[1], 'l', string.format('%d', level), 't', string.format('%d', t))
        redis.call('PEXPIRE', KEYS[1], string.format('%d', math.floor(level / decay) + 60000))
      end
      if units < 0 then return level end
      return wait
      """;

  /** KEYS: the sequence. ARGV: the floor. Returns and keeps max(floor, last + 1). */
  public static final String NEXT = """
      local last = redis.call('GET', KEYS[1])
      local nextValue = tonumber(ARGV[1])
      if last and tonumber(last) + 1 > nextValue then nextValue = tonumber(last) + 1 end
      redis.call('SET', KEYS[1], string.format('%d', nextValue))
      return nextValue
      """;
}
