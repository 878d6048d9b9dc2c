package org.anlan.resources;

/**
 * Published for every stock ledger entry (库存变动), inside the transaction that writes it.
 *
 * @param newQuantity the stock of the item in the warehouse after the entry
 * @param belowMinimum whether that is under the minimum level set for it
 */
public record StockChanged(long warehouseId, String itemCode, String areaCode, long newQuantity, boolean belowMinimum) {}
