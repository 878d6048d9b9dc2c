package org.anlan.risk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Creates or changes a household (住户) of a danger zone, with its vulnerable people (replaced as a whole).
 *
 * @param headName the head of household (户主)
 * @param members people living there, the head included
 * @param phone a mainland mobile (11 digits) or landline (023-12345678)
 */
public record SaveHousehold(
    @NotBlank @Size(max = 50) String headName,
    @NotNull @Min(1) @Max(50) Integer members,
    @NotBlank @Size(max = 20) @Pattern(regexp = Phones.PATTERN, message = "{risk.phone.invalid}") String phone,
    @Size(max = 200) String address,
    @Size(max = 500) String note,
    @Size(max = 20) List<@Valid SaveVulnerablePerson> vulnerable) {

  public SaveHousehold {
    vulnerable = vulnerable == null ? List.of() : List.copyOf(vulnerable);
  }
}
