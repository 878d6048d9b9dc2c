package org.anlan.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.anlan.platform.ActorDetails;
import org.anlan.platform.ApiTokenResolver;
import org.anlan.platform.AuditLog;
import org.anlan.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens ({@code anl_…}): shown once at creation, stored only as SHA-256, optionally
 * expiring, revocable. Resolves {@code Authorization: Bearer} for the platform.
 */
@Service
class ApiTokens implements ApiTokenResolver {

  static final String PREFIX = "anl_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final UserAccounts users;
  private final AuditLog audit;
  private final Clock clock;

  ApiTokens(JdbcClient jdbc, UserAccounts users, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.users = users;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  @Transactional
  public Optional<ActorDetails> resolve(String token) {
    if (token == null || !token.startsWith(PREFIX)) {
      return Optional.empty();
    }
    OffsetDateTime now = now();
    Optional<Long> userId = jdbc.sql("""
            select user_id from identity_api_token
            where token_hash = ? and not revoked and (expires_at is null or expires_at > ?)""")
        .params(hash(token), now).query(Long.class).optional();
    userId.ifPresent(id -> jdbc.sql("update identity_api_token set last_used_at = ? where token_hash = ?").params(now, hash(token)).update());
    return userId.flatMap(users::findById).map(UserAccount::details);
  }

  @Transactional
  NewToken create(long userId, String name, Duration validity) {
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
    OffsetDateTime expires = validity == null ? null : now().plus(validity);
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("insert into identity_api_token (user_id, name, token_hash, created_at, expires_at) values (?, ?, ?, ?, ?)")
        .params(userId, name, hash(token), now(), expires)
        .update(keys, "id");
    Long id = keys.getKeyAs(Long.class);
    audit.record("api-token", String.valueOf(id), null, "create", null, java.util.Map.of("userId", userId, "name", name));
    return new NewToken(id, name, token, expires == null ? null : expires.toInstant());
  }

  @Transactional(readOnly = true)
  List<TokenSummary> list(long userId) {
    return jdbc.sql("select id, name, created_at, expires_at, last_used_at, revoked from identity_api_token where user_id = ? order by id")
        .param(userId)
        .query((rs, n) -> new TokenSummary(rs.getLong("id"), rs.getString("name"), instant(rs.getObject("created_at", OffsetDateTime.class)),
            instant(rs.getObject("expires_at", OffsetDateTime.class)), instant(rs.getObject("last_used_at", OffsetDateTime.class)), rs.getBoolean("revoked")))
        .list();
  }

  @Transactional
  void revoke(long userId, long tokenId) {
    int n = jdbc.sql("update identity_api_token set revoked = true where id = ? and user_id = ?").params(tokenId, userId).update();
    if (n == 0) {
      throw new NotFoundException("identity.token-not-found", tokenId);
    }
    audit.record("api-token", String.valueOf(tokenId), null, "revoke", null, null);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A token as created: the only time its value is shown. */
  record NewToken(Long id, String name, String token, Instant expiresAt) {}

  record TokenSummary(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt, boolean revoked) {}
}
