package dev.signet.kraken.internal;

import dev.signet.core.Decoder;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JsonParser;

/**
 * A decoder for a method whose {@code result} may be JSON {@code null} (CreditLines, for an account
 * without a credit line): {@link KrakenResponses} gives {@link Optional#empty()} for a null
 * {@code result}, and this decoder the value wrapped for any other. A missing {@code result} is
 * still malformed. Not API.
 *
 * <pre>{@code
 * static final Decoder<Optional<CreditLines>> CREDIT = new AccountNullResult<>(Decoder.of(CreditLines.class));
 * }</pre>
 *
 * @param <T> the value's type
 */
public final class AccountNullResult<T> implements Decoder<Optional<T>> {
  private final Decoder<T> value;

  /**
   * @param value decodes a non-null {@code result}
   */
  public AccountNullResult(Decoder<T> value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  @Override
  public Optional<T> decode(JsonParser parser) {
    return Optional.of(value.decode(parser));
  }
}
