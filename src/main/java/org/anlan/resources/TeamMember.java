package org.anlan.resources;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A member of a rescue team (队员).
 *
 * @param skills tags such as 水域救援, 山地搜救, 医疗急救, 破拆 (no commas)
 * @param certificates certificates held (持证情况), free text
 */
public record TeamMember(
    @NotBlank @Size(max = 50) String name,
    @Size(max = 20) @Pattern(regexp = "[0-9+\\- ]*", message = "{resources.phone.invalid}") String phone,
    @Size(max = 12) List<@NotBlank @Size(max = 20) @Pattern(regexp = "[^,]*") String> skills,
    @Size(max = 300) String certificates) {

  public TeamMember {
    skills = skills == null ? List.of() : skills.stream().map(String::trim).distinct().toList();
  }
}
