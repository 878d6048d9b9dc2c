package org.anlan.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Creates or changes a person (人员).
 *
 * @param mobile a mainland mobile number (11 digits, 1[3-9]…), unique in the directory
 * @param areaCode the area the person belongs to (所属区域)
 * @param available false while the person cannot answer (leave, illness): their deputy answers
 * @param version the version read, for optimistic locking on change; null to overwrite
 */
public record SavePerson(
    @NotBlank @Size(max = 50) String name,
    Long organisationId,
    @Size(max = 100) String position,
    @NotBlank @Pattern(regexp = Contacts.MOBILE, message = "{directory.mobile.invalid}") String mobile,
    @Size(max = 254) @Email(regexp = Contacts.EMAIL) String email,
    @Size(max = 300) String otherChannels,
    @NotBlank @Size(max = 12) String areaCode,
    Boolean available,
    @Size(max = 500) String note,
    Long version) {}
