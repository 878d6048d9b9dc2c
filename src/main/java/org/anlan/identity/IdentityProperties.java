package org.anlan.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code anlan.identity}.
 *
 * @param initialAdminPassword outside the demo, the password of the first district admin
 *     ({@code ANLAN_ADMIN_PASSWORD}), used only while no user exists
 */
@ConfigurationProperties("anlan.identity")
public record IdentityProperties(@DefaultValue("") String initialAdminPassword) {}
