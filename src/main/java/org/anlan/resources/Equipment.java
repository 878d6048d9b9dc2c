package org.anlan.resources;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 装备: equipment a rescue team holds, e.g. 冲锋舟 (category 水域救援), 4 pieces. */
public record Equipment(
    @NotBlank @Size(max = 100) String name,
    @Size(max = 50) String category,
    @NotNull @Min(0) @Max(1_000_000) Integer quantity,
    @NotNull EquipmentStatus status) {}
