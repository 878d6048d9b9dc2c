package org.anlan.warning;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code anlan.warning.feed}: external CAP sources polled for warnings (e.g. the provincial
 * early-warning release system's Atom feed, or a neighbouring district's).
 *
 * @param urls Atom feeds whose entries link to (or contain) CAP 1.2 alerts, or addresses of single CAP
 *     alerts; none (the default) polls nothing
 * @param interval the time between two polls of every feed
 * @param timeout the longest wait for one HTTP answer
 * @param maxBytes the largest document read from a feed or a link
 */
@ConfigurationProperties("anlan.warning.feed")
public record FeedProperties(List<String> urls, @DefaultValue("PT5M") Duration interval, @DefaultValue("PT20S") Duration timeout,
    @DefaultValue("5000000") int maxBytes) {

  public FeedProperties {
    urls = urls == null ? List.of() : urls.stream().filter(u -> u != null && !u.isBlank()).map(String::trim).toList();
  }
}
