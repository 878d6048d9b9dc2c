package org.anlan.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anlan.area.AreaLevel;
import org.anlan.warning.Recipient.Via;
import org.anlan.warning.RecipientSources.Answer;
import org.anlan.warning.RecipientSources.Duty;
import org.anlan.warning.RecipientSources.Helped;
import org.anlan.warning.RecipientSources.Place;
import org.anlan.warning.RecipientSources.Zone;
import org.junit.jupiter.api.Test;

/** The targeting rule with fake sources: roles per level, deputies, parent fallback, zones, helpers, de-duplication. */
class RecipientResolverTests {

  static final LocalDate TODAY = LocalDate.of(2030, 7, 1);
  static final String DISTRICT = "500152000000";
  static final String TOWN = "500152110000";
  static final String VILLAGE_A = "500152110201";
  static final String VILLAGE_B = "500152110202";
  static final String OTHER_TOWN = "500152120000";
  static final String OTHER_VILLAGE = "500152120201";

  /** A small tree (district → two towns → villages) with directory answers, zones and helpers given by the test. */
  static final class Fake implements RecipientSources {
    final Map<String, Place> places = new HashMap<>();
    final Map<String, List<Answer>> answers = new HashMap<>();
    final List<Zone> zones = new ArrayList<>();
    final Map<String, List<Duty>> duties = new HashMap<>();
    final List<Helped> helped = new ArrayList<>();
    final Map<Long, java.util.Set<String>> committees = new HashMap<>();

    Fake() {
      add(DISTRICT, "潼南区", AreaLevel.DISTRICT, null);
      add(TOWN, "双江镇", AreaLevel.TOWN, DISTRICT);
      add(VILLAGE_A, "甲村", AreaLevel.VILLAGE, TOWN);
      add(VILLAGE_B, "乙村", AreaLevel.VILLAGE, TOWN);
      add(OTHER_TOWN, "别镇", AreaLevel.TOWN, DISTRICT);
      add(OTHER_VILLAGE, "别村", AreaLevel.VILLAGE, OTHER_TOWN);
    }

    void add(String code, String name, AreaLevel level, String parent) {
      places.put(code, new Place(code, name, level, parent));
    }

    Fake answer(String area, String role, long id, String name, Via via, String foundAt) {
      answers.computeIfAbsent(area + "/" + role, k -> new ArrayList<>())
          .add(new Answer(id, name, "139" + String.format("%08d", id), via, foundAt));
      return this;
    }

    @Override
    public Place area(String code) {
      return places.get(code);
    }

    @Override
    public List<Place> children(String code) {
      return places.values().stream().filter(p -> code.equals(p.parent())).sorted((a, b) -> a.code().compareTo(b.code())).toList();
    }

    @Override
    public boolean isWithin(String inner, String outer) {
      for (Place p = places.get(inner); p != null; p = p.parent() == null ? null : places.get(p.parent())) {
        if (p.code().equals(outer)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public Place district() {
      return places.get(DISTRICT);
    }

    @Override
    public List<Answer> responsible(String areaCode, String roleCode) {
      return answers.getOrDefault(areaCode + "/" + roleCode, List.of());
    }

    @Override
    public Map<Long, java.util.Set<String>> committees() {
      return committees;
    }

    /** Deliberately every zone, wherever it lies: the resolver must keep only those inside the target. */
    @Override
    public List<Zone> zonesWithin(String areaCode) {
      return zones;
    }

    @Override
    public List<Duty> duties(long zoneId, String roleCode) {
      return duties.getOrDefault(zoneId + "/" + roleCode, List.of());
    }

    /** Every vulnerable person, wherever they live (as above). */
    @Override
    public List<Helped> helpedWithin(String areaCode) {
      return helped;
    }

    @Override
    public Map<Long, Contact> contacts(java.util.Collection<Long> personIds) {
      Map<Long, Contact> found = new HashMap<>();
      personIds.forEach(id -> found.put(id, new Contact(id, "人" + id, "139" + String.format("%08d", id), id + "@example.org")));
      return found;
    }

    @Override
    public Contact deputyOf(long personId, String areaCode, Long zoneId) {
      return null;
    }
  }

  static Duty duty(long person, boolean available, Long deputy, LocalDate to) {
    return new Duty(person, "包保" + person, "138" + String.format("%08d", person), available, deputy,
        deputy == null ? null : "副" + deputy, deputy == null ? null : "137" + String.format("%08d", deputy), true,
        LocalDate.of(2029, 1, 1), to);
  }

  static List<Recipient> resolve(Fake fake, String... targets) {
    return new RecipientResolver(fake, TargetingProperties.defaults()).resolve(List.of(targets), TODAY);
  }

  static Recipient only(List<Recipient> list, long personId) {
    List<Recipient> found = list.stream().filter(r -> r.personId() == personId).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void a_town_warning_reaches_district_leader_town_roles_and_every_village_of_the_town_only() {
    Fake fake = new Fake().answer(DISTRICT, "DISTRICT_LEADER", 1, "区领导", Via.PERSON, DISTRICT)
        .answer(TOWN, "TOWN_LEADER", 2, "镇领导", Via.PERSON, TOWN)
        .answer(TOWN, "TOWN_EMERGENCY_OFFICER", 3, "应急办", Via.PERSON, TOWN)
        .answer(VILLAGE_A, "VILLAGE_SECRETARY", 4, "甲书记", Via.PERSON, VILLAGE_A)
        .answer(VILLAGE_B, "GRID_WORKER", 5, "乙网格员", Via.PERSON, VILLAGE_B)
        .answer(OTHER_TOWN, "TOWN_LEADER", 6, "别镇领导", Via.PERSON, OTHER_TOWN)
        .answer(OTHER_VILLAGE, "VILLAGE_SECRETARY", 7, "别村书记", Via.PERSON, OTHER_VILLAGE)
        .answer(TOWN, "DISASTER_INFORMANT", 8, "信息员", Via.PERSON, TOWN);

    List<Recipient> list = resolve(fake, TOWN);

    assertThat(list).extracting(Recipient::personId).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(only(list, 1).reasons()).containsExactly("区分管领导 · 潼南区");
    assertThat(only(list, 3).reasons()).containsExactly("镇街应急办负责人 · 双江镇");
    assertThat(only(list, 4).reasons()).containsExactly("村社书记 · 甲村");
    assertThat(only(list, 4).areaCode()).isEqualTo(VILLAGE_A);
    assertThat(list).allSatisfy(r -> assertThat(r.via()).isEqualTo(Via.PERSON));
  }

  @Test
  void a_village_warning_asks_its_town_for_the_town_roles_but_no_other_village() {
    Fake fake = new Fake().answer(TOWN, "TOWN_LEADER", 2, "镇领导", Via.PERSON, TOWN)
        .answer(VILLAGE_A, "VILLAGE_HEAD", 4, "甲主任", Via.PERSON, VILLAGE_A)
        .answer(VILLAGE_B, "VILLAGE_HEAD", 5, "乙主任", Via.PERSON, VILLAGE_B);

    assertThat(resolve(fake, VILLAGE_A)).extracting(Recipient::personId).containsExactly(2L, 4L);
  }

  @Test
  void a_deputy_and_a_parent_area_answer_are_marked() {
    Fake fake = new Fake().answer(VILLAGE_A, "VILLAGE_SECRETARY", 9, "副书记", Via.DEPUTY, VILLAGE_A)
        .answer(VILLAGE_B, "GRID_WORKER", 10, "镇网格长", Via.PARENT, TOWN);

    List<Recipient> list = resolve(fake, TOWN);

    assertThat(only(list, 9).via()).isEqualTo(Via.DEPUTY);
    assertThat(only(list, 9).reasons()).containsExactly("村社书记 · 甲村（AB岗）");
    assertThat(only(list, 10).via()).isEqualTo(Via.PARENT);
    assertThat(only(list, 10).reasons()).containsExactly("网格员 · 乙村（上级兜底：双江镇）");
    assertThat(only(list, 10).areaCode()).isEqualTo(VILLAGE_B);
  }

  @Test
  void a_zone_guarantor_whose_term_ended_or_who_is_away_is_replaced_by_the_deputy() {
    Fake fake = new Fake();
    fake.zones.add(new Zone(100, "新街滑坡", VILLAGE_A));
    fake.zones.add(new Zone(101, "老屋山洪沟", VILLAGE_B));
    fake.zones.add(new Zone(102, "河坝危岩", VILLAGE_B));
    fake.duties.put("100/ZONE_GUARANTOR", List.of(duty(20, true, 21L, null)));
    fake.duties.put("101/ZONE_GUARANTOR", List.of(duty(22, true, 23L, TODAY.minusDays(1))));
    fake.duties.put("102/ZONE_GUARANTOR", List.of(duty(24, false, 25L, null)));
    fake.duties.put("100/ZONE_MONITOR", List.of(duty(26, true, null, null)));

    List<Recipient> list = resolve(fake, TOWN);

    assertThat(list).extracting(Recipient::personId).containsExactly(20L, 23L, 25L);
    assertThat(only(list, 20).via()).isEqualTo(Via.PERSON);
    assertThat(only(list, 20).reasons()).containsExactly("隐患点包保责任人 · 新街滑坡");
    assertThat(only(list, 20).zoneId()).isEqualTo(100L);
    assertThat(only(list, 23).via()).isEqualTo(Via.DEPUTY);
    assertThat(only(list, 23).mobile()).isEqualTo("13700000023");
    assertThat(only(list, 23).reasons()).containsExactly("隐患点包保责任人 · 老屋山洪沟（AB岗）");
    assertThat(only(list, 25).via()).isEqualTo(Via.DEPUTY);
  }

  @Test
  void a_term_ended_without_a_deputy_or_not_yet_started_reaches_nobody_for_that_zone() {
    Fake fake = new Fake();
    fake.zones.add(new Zone(100, "新街滑坡", VILLAGE_A));
    Duty notStarted = new Duty(30, "未到任", "13800000030", true, 31L, "副", "13700000031", true, TODAY.plusDays(1), null);
    fake.duties.put("100/ZONE_GUARANTOR", List.of(duty(32, true, null, TODAY.minusDays(1)), notStarted));

    assertThat(resolve(fake, TOWN)).isEmpty();
  }

  @Test
  void zones_and_helpers_count_only_inside_the_target() {
    Fake fake = new Fake();
    fake.zones.add(new Zone(100, "新街滑坡", VILLAGE_A));
    fake.zones.add(new Zone(200, "别村滑坡", OTHER_VILLAGE));
    fake.duties.put("100/ZONE_GUARANTOR", List.of(duty(40, true, null, null)));
    fake.duties.put("200/ZONE_GUARANTOR", List.of(duty(41, true, null, null)));
    fake.helped.add(new Helped("张老人", 100, "新街滑坡", VILLAGE_A, 42L, "帮扶甲", "13600000042"));
    fake.helped.add(new Helped("李老人", 200, "别村滑坡", OTHER_VILLAGE, 43L, "帮扶别", "13600000043"));
    fake.helped.add(new Helped("王孩子", 100, "新街滑坡", VILLAGE_A, null, null, null));

    List<Recipient> list = resolve(fake, TOWN);

    assertThat(list).extracting(Recipient::personId).containsExactly(40L, 42L);
    assertThat(only(list, 42).reasons()).containsExactly("一对一帮扶人 · 张老人（新街滑坡）");
    assertThat(only(list, 42).mobile()).isEqualTo("13600000042");
    assertThat(resolve(fake, OTHER_VILLAGE)).extracting(Recipient::personId).containsExactly(41L, 43L);
  }

  @Test
  void one_person_with_several_reasons_is_one_row_listing_them_all_and_a_direct_reason_wins() {
    Fake fake = new Fake().answer(TOWN, "TOWN_EMERGENCY_OFFICER", 50, "多职者", Via.DEPUTY, TOWN)
        .answer(VILLAGE_A, "VILLAGE_SECRETARY", 50, "多职者", Via.PERSON, VILLAGE_A)
        .answer(VILLAGE_B, "VILLAGE_SECRETARY", 50, "多职者", Via.PARENT, TOWN);
    fake.zones.add(new Zone(100, "新街滑坡", VILLAGE_A));
    fake.duties.put("100/ZONE_GUARANTOR", List.of(new Duty(50, "多职者", "13900000050", true, null, null, null, false, null, null)));
    fake.helped.add(new Helped("张老人", 100, "新街滑坡", VILLAGE_A, 50L, "多职者", "13900000050"));

    List<Recipient> list = resolve(fake, TOWN, VILLAGE_A);

    assertThat(list).hasSize(1);
    Recipient r = list.get(0);
    assertThat(r.reasons()).containsExactly("镇街应急办负责人 · 双江镇（AB岗）", "村社书记 · 甲村", "村社书记 · 乙村（上级兜底：双江镇）",
        "隐患点包保责任人 · 新街滑坡", "一对一帮扶人 · 张老人（新街滑坡）");
    assertThat(r.via()).isEqualTo(Via.PERSON);
    assertThat(r.areaCode()).isEqualTo(TOWN);
  }

  @Test
  void no_target_means_the_whole_district_and_configured_roles_are_asked() {
    Fake fake = new Fake().answer(OTHER_VILLAGE, "DISASTER_INFORMANT", 60, "信息员", Via.PERSON, OTHER_VILLAGE)
        .answer(VILLAGE_A, "VILLAGE_SECRETARY", 61, "甲书记", Via.PERSON, VILLAGE_A);
    TargetingProperties informants = new TargetingProperties(List.of(), List.of(),
        List.of(org.anlan.directory.ResponsibilityRole.DISASTER_INFORMANT), List.of(), false, List.of(), null);

    assertThat(new RecipientResolver(fake, informants).resolve(List.of(), TODAY)).extracting(Recipient::personId).containsExactly(60L);
    assertThat(resolve(fake)).extracting(Recipient::personId).containsExactly(61L);
  }

  @Test
  void unit_duty_contacts_are_chosen_by_the_committees_of_the_warning_type() {
    Fake fake = new Fake();
    fake.answers.put(DISTRICT + "/UNIT_DUTY_CONTACT", List.of(
        new Answer(70, "水利联系人", "13900000070", Via.PERSON, DISTRICT, 7L, "区水利局"),
        new Answer(71, "市场联系人", "13900000071", Via.PERSON, DISTRICT, 8L, "区市场监管局"),
        new Answer(72, "气象联系人", "13900000072", Via.PERSON, DISTRICT, 9L, "区气象局"),
        new Answer(73, "新单位联系人", "13900000073", Via.PERSON, DISTRICT, 10L, "区新设局"),
        new Answer(74, "无单位联系人", "13900000074", Via.PERSON, DISTRICT)));
    fake.committees.put(7L, java.util.Set.of("区减灾委", "区安委会"));
    fake.committees.put(8L, java.util.Set.of("区安委会"));
    fake.committees.put(9L, java.util.Set.of("区减灾委"));
    RecipientResolver resolver = new RecipientResolver(fake, TargetingProperties.defaults());

    // natural hazards: 区减灾委 members, and units in no committee (warned rather than forgotten)
    assertThat(resolver.resolve(List.of(), WarningType.RAINSTORM, TODAY)).extracting(Recipient::personId)
        .containsExactly(70L, 72L, 73L, 74L);
    assertThat(resolver.resolve(List.of(), WarningType.WORK_SAFETY, TODAY)).extracting(Recipient::personId)
        .containsExactly(70L, 71L, 73L, 74L);
    // a type without committees, or no type: every unit
    assertThat(resolver.resolve(List.of(), WarningType.OTHER, TODAY)).hasSize(5);
    assertThat(resolver.resolve(List.of(), TODAY)).hasSize(5);
    assertThat(only(resolver.resolve(List.of(), WarningType.RAINSTORM, TODAY), 70).reasons())
        .containsExactly("成员单位值班联系人（区水利局） · 潼南区");

    // configured: work safety to 区安委会 and a 区防指 tag; any entry replaces the defaults (rainstorm: every unit)
    TargetingProperties configured = new TargetingProperties(List.of(org.anlan.directory.ResponsibilityRole.UNIT_DUTY_CONTACT),
        List.of(), List.of(), List.of(), false, List.of(org.anlan.directory.ResponsibilityRole.UNIT_DUTY_CONTACT),
        Map.of(WarningType.WORK_SAFETY, List.of(" 区防指 ", "区安委会")));
    assertThat(configured.committeesOf(WarningType.WORK_SAFETY)).containsExactly("区防指", "区安委会");
    assertThat(new RecipientResolver(fake, configured).resolve(List.of(), WarningType.RAINSTORM, TODAY)).hasSize(5);
    assertThat(new RecipientResolver(fake, configured).resolve(List.of(), WarningType.WORK_SAFETY, TODAY))
        .extracting(Recipient::personId).containsExactly(70L, 71L, 73L, 74L);
  }
}
