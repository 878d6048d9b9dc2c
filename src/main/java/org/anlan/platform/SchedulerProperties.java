package org.anlan.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the one deadline scheduler, under {@code anlan.platform.scheduler}.
 *
 * @param enabled whether this node runs the scheduler thread (any number of nodes may)
 * @param pollInterval how long the thread waits when nothing more is due
 * @param batchSize how many due deadlines one transaction claims and fires
 * @param maxAttempts after this many failed attempts a deadline ends FAILED
 * @param retryDelay the back-off after the first failure; it doubles with each further failure
 * @param nodeName recorded in {@code claimed_by}; blank means host name and process id
 */
@ConfigurationProperties("anlan.platform.scheduler")
public record SchedulerProperties(@DefaultValue("true") boolean enabled, @DefaultValue("250ms") Duration pollInterval,
    @DefaultValue("100") int batchSize, @DefaultValue("5") int maxAttempts, @DefaultValue("30s") Duration retryDelay,
    @DefaultValue("") String nodeName) {}
