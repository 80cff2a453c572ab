package dev.signet.kraken.account;

import dev.signet.core.internal.json.Required;
import dev.signet.kraken.internal.AccountSeconds;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The result of {@code POST /0/private/GetApiKeyInfo}: the calling key's name, permissions and
 * restrictions. Kraken sends the times as unix-second strings with {@code "0"} for unset, which
 * gives null here. {@link #toString()} shortens the API key.
 *
 * <pre>{@code
 * ApiKeyInfo key = kraken.accountData().getApiKeyInfo();
 * if (!key.permissions().contains("query-ledger")) { ... }
 * }</pre>
 *
 * @param apiKeyName the key's name
 * @param apiKey the public API key
 * @param nonce the last nonce Kraken accepted, as sent
 * @param nonceWindow the key's nonce window
 * @param permissions the permission strings, e.g. {@code query-funds}; unmodifiable
 * @param iban the account's IIBAN, or null
 * @param validUntil when the key expires, or null for never
 * @param queryFrom the earliest time queries may reach, or null for no limit
 * @param queryTo the latest time queries may reach, or null for no limit
 * @param createdTime when the key was created, or null
 * @param modifiedTime when the key was last changed, or null
 * @param ipAllowlist the allowed IPs (empty for any); unmodifiable
 * @param lastUsed when the key was last used, or null
 */
public record ApiKeyInfo(
    String apiKeyName,
    String apiKey,
    String nonce,
    Long nonceWindow,
    List<String> permissions,
    String iban,
    @JsonDeserialize(using = AccountSeconds.ZeroUnset.class) Instant validUntil,
    @JsonDeserialize(using = AccountSeconds.ZeroUnset.class) Instant queryFrom,
    @JsonDeserialize(using = AccountSeconds.ZeroUnset.class) Instant queryTo,
    @JsonDeserialize(using = AccountSeconds.ZeroUnset.class) Instant createdTime,
    @JsonDeserialize(using = AccountSeconds.ZeroUnset.class) Instant modifiedTime,
    List<String> ipAllowlist,
    @JsonDeserialize(using = AccountSeconds.ZeroUnset.class) Instant lastUsed) {
  /**
   * Checks the name and permissions are present; copies the lists.
   *
   * @param apiKeyName the key's name
   * @param apiKey the public API key
   * @param nonce the last nonce Kraken accepted, as sent
   * @param nonceWindow the key's nonce window
   * @param permissions the permission strings, e.g. {@code query-funds}; unmodifiable
   * @param iban the account's IIBAN, or null
   * @param validUntil when the key expires, or null for never
   * @param queryFrom the earliest time queries may reach, or null for no limit
   * @param queryTo the latest time queries may reach, or null for no limit
   * @param createdTime when the key was created, or null
   * @param modifiedTime when the key was last changed, or null
   * @param ipAllowlist the allowed IPs (empty for any); unmodifiable
   * @param lastUsed when the key was last used, or null
   */
  public ApiKeyInfo {
    Required.field(apiKeyName, "apiKeyName");
    permissions = Required.list(permissions, "permissions");
    ipAllowlist = Required.listOrEmpty(ipAllowlist, "ipAllowlist");
  }

  @Override
  public String toString() {
    String shortKey = apiKey == null ? "null" : apiKey.substring(0, Math.min(4, apiKey.length())) + "…";
    return "ApiKeyInfo[apiKeyName=" + apiKeyName + ", apiKey=" + shortKey + ", nonceWindow=" + nonceWindow
        + ", permissions=" + permissions + ", validUntil=" + validUntil + ", queryFrom=" + queryFrom + ", queryTo="
        + queryTo + ", createdTime=" + createdTime + ", modifiedTime=" + modifiedTime + ", ipAllowlist=" + ipAllowlist
        + ", lastUsed=" + lastUsed + "]";
  }
}
