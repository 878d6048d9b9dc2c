package org.anlan.resources;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A stock movement (出入库): into the warehouse, out of it, or transferred to another warehouse.
 *
 * @param quantity more than zero
 * @param reason why, required (e.g. 采购入库, 抗洪发放)
 * @param toWarehouseId the receiving warehouse of a TRANSFER
 */
public record MoveStock(
    @NotNull Kind kind,
    @NotBlank @Size(max = 20) String itemCode,
    @NotNull @Min(1) @Max(100_000_000) Long quantity,
    @NotBlank @Size(max = 200) String reason,
    Long toWarehouseId) {

  /** 入库, 出库, 调拨 */
  public enum Kind { IN, OUT, TRANSFER }
}
