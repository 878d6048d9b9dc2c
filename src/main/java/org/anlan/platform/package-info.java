/**
 * The platform every module stands on: security (form login, HTTP Basic, personal API tokens, the
 * {@link org.anlan.platform.Actor} behind each request), RFC 9457 problem details in zh-CN and
 * English, the audit log of every change, OpenAPI, i18n, the {@code Clock}, the one deadline scheduler
 * ({@link org.anlan.platform.Deadlines}, fired through {@link org.anlan.platform.DeadlineHandler}s, several of a
 * kind together where the handler can share work), the web shell, two JDBC helpers for modules that write
 * in bulk ({@link org.anlan.platform.RowInserts} multi-row inserts, {@link org.anlan.platform.Databases}), and
 * {@link org.anlan.platform.Groups}: work arriving on many threads done together, each caller waiting for its group;
 * {@link org.anlan.platform.AfterCommit} runs in-memory refreshes and live notices once a transaction committed;
 * {@link org.anlan.platform.LiveStream} is the base of the Server-Sent Event streams (alarms, inbox, 叫应 board).
 *
 * <p>It knows no other module; modules plug in through small SPIs such as {@link
 * org.anlan.platform.ApiTokenResolver} and {@link org.anlan.platform.DeadlineHandler}. It publishes no events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.anlan.platform;
