package org.anlan.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code anlan.platform}.
 *
 * @param login the login rate limit
 * @param maxJsonBody the largest JSON request body accepted (bigger: 413)
 * @param map the map's tile layer; with no tile URL the map shows vectors only (works offline)
 * @param bcryptCost the bcrypt work factor of new password hashes (tests lower it for speed)
 * @param zone the bureau's time zone: "today" for validity dates and deadlines is in this zone
 */
@ConfigurationProperties("anlan.platform")
public record PlatformProperties(@DefaultValue Login login, @DefaultValue("2MB") DataSize maxJsonBody, @DefaultValue Map map,
    @DefaultValue("10") int bcryptCost, @DefaultValue("Asia/Shanghai") java.time.ZoneId zone) {

  public record Login(@DefaultValue("5") int maxFailures, @DefaultValue("10m") Duration window) {}

  /**
   * @param tileUrl e.g. a 天地图 or an offline tile server URL template; blank means no tiles
   * @param tileAttribution shown in the map corner
   */
  public record Map(@DefaultValue("") String tileUrl, @DefaultValue("") String tileAttribution, @DefaultValue("18") int maxZoom) {}
}
