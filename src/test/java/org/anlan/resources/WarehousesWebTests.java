package org.anlan.resources;

import static org.anlan.resources.ResourcesWebTests.LAT;
import static org.anlan.resources.ResourcesWebTests.LON;
import static org.anlan.resources.ResourcesWebTests.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Warehouses and the stock ledger over HTTP: in, out, transfer, minimum levels, nearest, scope and concurrency. */
@SpringBootTest
@AutoConfigureMockMvc
class WarehousesWebTests {

  static final String SHUANGJIANG = "500152110000";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  Calls web;

  @BeforeEach
  void calls() {
    web = new Calls(mvc);
  }

  long create(String name, String level, String area, double lon, double lat) throws Exception {
    String body = web.send(post("/api/v1/warehouses"), "shuangjiang", """
            {"name": "%s", "level": "%s", "areaCode": "%s", "lon": %s, "lat": %s}""".formatted(name, level, area, lon, lat))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return ((Number) JsonPath.read(body, "$.id")).longValue();
  }

  ResultActions move(long id, String user, String kind, String item, long quantity, Long to) throws Exception {
    return web.send(post("/api/v1/warehouses/" + id + "/ledger"), user, """
        {"kind": "%s", "itemCode": "%s", "quantity": %d, "reason": "测试", "toWarehouseId": %s}"""
        .formatted(kind, item, quantity, to));
  }

  long stock(long id, String item) {
    return jdbc.sql("select coalesce(sum(quantity), 0) from resources_stock where warehouse_id = ? and item_code = ?")
        .params(id, item).query(Long.class).single();
  }

  long entries(long id) {
    return jdbc.sql("select count(*) from resources_ledger where warehouse_id = ?").param(id).query(Long.class).single();
  }

  @Test
  void in_out_and_transfer_keep_the_stock_and_never_overdraw() throws Exception {
    long a = create("测试仓甲", "TOWN", SHUANGJIANG, LON, LAT);
    long b = create("测试仓乙", "VILLAGE", ResourcesWebTests.SHUANGJIANG_VILLAGE, LON + 0.01, LAT);
    move(a, "shuangjiang", "IN", "TENT", 10, null).andExpect(status().isCreated())
        .andExpect(jsonPath("$[0].balanceAfter").value(10)).andExpect(jsonPath("$[0].actor").value("shuangjiang"));
    problem(move(a, "shuangjiang", "OUT", "TENT", 11, null), 422, "resources.stock-insufficient");
    assertThat(stock(a, "TENT")).isEqualTo(10);
    assertThat(entries(a)).isEqualTo(1);
    move(a, "shuangjiang", "OUT", "TENT", 4, null).andExpect(jsonPath("$[0].balanceAfter").value(6));
    move(a, "shuangjiang", "TRANSFER", "TENT", 5, b).andExpect(jsonPath("$[0].kind").value("TRANSFER_OUT"))
        .andExpect(jsonPath("$[1].kind").value("TRANSFER_IN")).andExpect(jsonPath("$[1].balanceAfter").value(5));
    problem(move(a, "shuangjiang", "TRANSFER", "TENT", 2, b), 422, "resources.stock-insufficient");
    assertThat(stock(a, "TENT")).isEqualTo(1);
    assertThat(stock(b, "TENT")).isEqualTo(5);
    problem(move(a, "shuangjiang", "TRANSFER", "TENT", 1, null), 422, "resources.transfer-target-required");
    problem(move(a, "shuangjiang", "TRANSFER", "TENT", 1, a), 422, "resources.transfer-same-warehouse");
    problem(move(a, "shuangjiang", "IN", "UNICORN", 1, null), 422, "resources.item-unknown");
    problem(move(a, "shuangjiang", "IN", "TENT", 0, null), 400, "request.invalid");
    problem(move(a, "leader", "IN", "TENT", 1, null), 403, "access.read-only");
    problem(move(a, "baizi", "IN", "TENT", 1, null), 403, "access.out-of-scope");
    web.read(get("/api/v1/warehouses/" + a + "/ledger"), "shuangjiang").andExpect(jsonPath("$.length()").value(3))
        .andExpect(jsonPath("$[0].reason").value("测试"));
    web.read(get("/api/v1/warehouses/" + b + "/stock"), "shuangjiang").andExpect(jsonPath("$[0].itemCode").value("TENT"))
        .andExpect(jsonPath("$[0].quantity").value(5));
    problem(web.read(delete("/api/v1/warehouses/" + b), "shuangjiang"), 409, "resources.warehouse-not-empty");
  }

  @Test
  void a_transfer_into_a_warehouse_outside_the_scope_is_refused_and_writes_nothing() throws Exception {
    long a = create("测试仓丙", "TOWN", SHUANGJIANG, LON, LAT);
    move(a, "shuangjiang", "IN", "QUILT", 5, null).andExpect(status().isCreated());
    long baizi = jdbc.sql("select min(id) from resources_warehouse where area_code like '500152113%'").query(Long.class).optional()
        .orElse(0L);
    if (baizi > 0) {
      problem(move(a, "shuangjiang", "TRANSFER", "QUILT", 1, baizi), 403, "access.out-of-scope");
    }
    problem(move(a, "shuangjiang", "TRANSFER", "QUILT", 1, 987654321L), 404, "resources.warehouse-not-found");
    assertThat(entries(a)).isEqualTo(1);
  }

  @Test
  void a_wrong_level_is_refused_and_minimum_levels_show_in_below_minimum() throws Exception {
    problem(web.send(post("/api/v1/warehouses"), "shuangjiang", """
        {"name": "错级仓", "level": "DISTRICT", "areaCode": "%s", "lon": %s, "lat": %s}""".formatted(SHUANGJIANG, LON, LAT)),
        422, "resources.warehouse-level-mismatch");
    long a = create("测试仓丁", "TOWN", SHUANGJIANG, LON, LAT);
    move(a, "shuangjiang", "IN", "GENERATOR", 2, null).andExpect(status().isCreated());
    web.send(put("/api/v1/warehouses/" + a + "/minimums/GENERATOR"), "shuangjiang", "{\"minimum\": 3}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.belowMinimum").value(true));
    web.read(get("/api/v1/warehouses/below-minimum"), "shuangjiang").andExpect(jsonPath("$[*].warehouseId", hasItem((int) a)));
    problem(web.read(get("/api/v1/warehouses/below-minimum").param("area", "500152113000"), "shuangjiang"), 403, "access.out-of-scope");
    move(a, "shuangjiang", "IN", "GENERATOR", 1, null).andExpect(status().isCreated());
    web.read(get("/api/v1/warehouses/below-minimum"), "shuangjiang").andExpect(jsonPath("$[*].warehouseId", not(hasItem((int) a))));
  }

  @Test
  void nearest_warehouses_are_those_holding_enough_of_the_item_and_follow_the_ledger() throws Exception {
    long a = create("测试仓戊", "TOWN", SHUANGJIANG, LON, LAT);
    move(a, "shuangjiang", "IN", "PUMP", 3, null).andExpect(status().isCreated());
    nearest("PUMP", 3).andExpect(jsonPath("$[0].id").value(a)).andExpect(jsonPath("$[0].kind").value("WAREHOUSE"))
        .andExpect(jsonPath("$[0].free").value(3)).andExpect(jsonPath("$[0].distanceMetres").value(0));
    move(a, "shuangjiang", "OUT", "PUMP", 1, null).andExpect(status().isCreated());
    nearest("PUMP", 3).andExpect(jsonPath("$[*].id", not(hasItem((int) a))));
    nearest("PUMP", 2).andExpect(jsonPath("$[0].id").value(a));
  }

  ResultActions nearest(String item, int minQty) throws Exception {
    return web.read(get("/api/v1/nearest").param("lon", String.valueOf(LON)).param("lat", String.valueOf(LAT))
        .param("kind", "warehouse").param("item", item).param("minQty", String.valueOf(minQty)).param("k", "3"), "shuangjiang")
        .andExpect(status().isOk());
  }

  @Test
  void the_demo_has_synthetic_teams_warehouses_and_experts_with_the_documented_stock_gaps() throws Exception {
    web.read(get("/api/v1/teams"), "admin").andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.type == 'TOWN_COMPREHENSIVE')].name", hasItem("双江镇综合应急队（演示）")));
    web.read(get("/api/v1/warehouses/below-minimum"), "admin").andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.warehouseName == '潼南区应急物资储备库（演示）')].itemCode", hasItem("GENERATOR")))
        .andExpect(jsonPath("$[?(@.warehouseName == '双江镇应急物资仓库（演示）')].itemCode", hasItem("LIFE_JACKET")))
        .andExpect(jsonPath("$[?(@.warehouseName == '柏梓镇应急物资仓库（演示）')].itemCode", hasItem("TENT")));
    web.read(get("/api/v1/experts"), "admin").andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(20)));
    web.read(get("/api/v1/nearest").param("lon", String.valueOf(LON)).param("lat", String.valueOf(LAT)).param("kind", "team")
        .param("skill", "医疗急救"), "admin").andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(5));
  }

  @Test
  void two_concurrent_outs_cannot_overdraw_the_stock() throws Exception {
    long a = create("测试仓己", "TOWN", SHUANGJIANG, LON, LAT);
    move(a, "shuangjiang", "IN", "LIFE_JACKET", 10, null).andExpect(status().isCreated());
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<Integer> out = () -> {
        start.await();
        return move(a, "shuangjiang", "OUT", "LIFE_JACKET", 6, null).andReturn().getResponse().getStatus();
      };
      List<Future<Integer>> results = new ArrayList<>(List.of(pool.submit(out), pool.submit(out)));
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : results) {
        statuses.add(f.get());
      }
      assertThat(statuses).containsExactlyInAnyOrder(201, 422);
    } finally {
      pool.shutdown();
    }
    assertThat(stock(a, "LIFE_JACKET")).isEqualTo(4);
    assertThat(entries(a)).isEqualTo(2);
  }
}
