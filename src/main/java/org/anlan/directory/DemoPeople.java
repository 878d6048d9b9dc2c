package org.anlan.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes up the synthetic people of the demo (虚构人员): names drawn with a fixed seed, mobile numbers
 * counted up from {@code 19900000001} (the range {@code 1990000xxxx}, format-valid and reserved here
 * for demo data; never send real messages to it), every one noted {@value DemoDirectory#SYNTHETIC}.
 */
final class DemoPeople {

  /** A synthetic person. */
  record DemoPerson(String name, Long organisationId, String position, String mobile, String email, String areaCode,
      boolean available, String note) {}

  /** An assignment to make: target, area, role, person and deputy by mobile, last day (null: open). */
  record Duty(TargetType targetType, String targetId, String areaCode, ResponsibilityRole role, String personMobile,
      String deputyMobile, LocalDate validTo) {

    /** An area's own assignment. */
    Duty(String areaCode, ResponsibilityRole role, String personMobile, String deputyMobile, LocalDate validTo) {
      this(TargetType.AREA, areaCode, areaCode, role, personMobile, deputyMobile, validTo);
    }
  }

  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢";
  private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰建国文红云飞鹏辉波宇浩凯晨欣怡佳琳雪梅春兵林海燕志";

  private final Random random;
  private final String mobilePrefix;
  private final List<DemoPerson> people = new ArrayList<>();
  private int next;

  DemoPeople(Random random) {
    this(random, "1990000", 1);
  }

  /** Mobiles {@code mobilePrefix} + four digits, counting up from {@code first}. */
  DemoPeople(Random random, String mobilePrefix, int first) {
    this.random = random;
    this.mobilePrefix = mobilePrefix;
    this.next = first;
  }

  List<DemoPerson> all() {
    return people;
  }

  List<Duty> district(String district, Map<String, Long> orgIds) {
    String leader = add(orgIds.get(district + "|区人民政府"), "副区长", district, true, "leader1@example.org");
    String deputy = add(orgIds.get(district + "|区应急管理局"), "区应急管理局局长", district, true, "leader2@example.org");
    List<Duty> duties = new ArrayList<>(List.of(new Duty(district, ResponsibilityRole.DISTRICT_LEADER, leader, deputy, null)));
    for (String unit : DemoBatches.UNIT_NAMES) {
      String contact = add(orgIds.get(district + "|" + unit), "值班联系人", district, true, null);
      duties.add(new Duty(district, ResponsibilityRole.UNIT_DUTY_CONTACT, contact, null, null));
    }
    return duties;
  }

  List<Duty> town(String town, Long office) {
    String leader = add(office, "副镇长（分管应急）", town, true, null);
    String deputy = add(office, "党委委员", town, true, null);
    String officer = add(office, "应急办主任", town, true, null);
    String informant = add(office, "灾害信息员", town, true, null);
    return List.of(new Duty(town, ResponsibilityRole.TOWN_LEADER, leader, deputy, null),
        new Duty(town, ResponsibilityRole.TOWN_EMERGENCY_OFFICER, officer, informant, null),
        new Duty(town, ResponsibilityRole.DISASTER_INFORMANT, informant, officer, null));
  }

  List<Duty> village(String village, Long committee) {
    String secretary = add(committee, "党支部书记", village, !village.equals(DemoDirectory.SECRETARY_AWAY), null);
    String head = add(committee, "主任", village, true, null);
    List<Duty> duties = new ArrayList<>();
    LocalDate secretaryUntil = village.equals(DemoDirectory.SECRETARY_EXPIRED) ? DemoDirectory.EXPIRED_ON : null;
    duties.add(new Duty(village, ResponsibilityRole.VILLAGE_SECRETARY, secretary, head, secretaryUntil));
    duties.add(new Duty(village, ResponsibilityRole.VILLAGE_HEAD, head, secretary, null));
    String grid = null;
    if (!village.equals(DemoDirectory.NO_GRID_WORKER)) {
      grid = add(committee, "网格员", village, true, null);
      duties.add(new Duty(village, ResponsibilityRole.GRID_WORKER, grid, null, null));
    }
    if (!village.equals(DemoDirectory.NO_INFORMANT)) {
      String informant = add(committee, "灾害信息员", village, true, null);
      duties.add(new Duty(village, ResponsibilityRole.DISASTER_INFORMANT, informant, grid, null));
    }
    return duties;
  }

  /** Adds a synthetic person; answers their mobile. */
  String add(Long organisation, String position, String area, boolean available, String email) {
    String mobile = mobilePrefix + String.format("%04d", next++);
    String note = available ? DemoDirectory.SYNTHETIC : DemoDirectory.SYNTHETIC + "；休假中 on leave";
    people.add(new DemoPerson(name(), organisation, position, mobile, email, area, available, note));
    return mobile;
  }

  private String name() {
    StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
    int given = random.nextInt(3) == 0 ? 1 : 2;
    for (int i = 0; i < given; i++) {
      name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
    }
    return name.toString();
  }
}
