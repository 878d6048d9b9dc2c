/*
 * Resources edit forms (应急资源): shelter, rescue team (members, equipment), warehouse and expert.
 * Each is a component `<x-form :record @saved @cancel>` (record null: create) on the shared
 * A.formMixin; the pages of pages.js and teams.js open them. Also the labels of the module's codes.
 */
(function () {
  'use strict';
  const A = window.Anlan;

  const LABELS = {
    SHELTER_TYPES: {
      EMERGENCY_SHELTER: ['应急避难场所', 'Emergency shelter'], TEMPORARY_SHELTER: ['临时避灾点', 'Temporary shelter'],
      INDOOR_SHELTER: ['室内避难场所', 'Indoor shelter'], RESETTLEMENT_SITE: ['集中安置点', 'Resettlement site']
    },
    SHELTER_STATUS: { OPEN: ['已启用', 'Open'], READY: ['待用', 'Ready'], CLOSED: ['已关闭', 'Closed'], UNAVAILABLE: ['不可用', 'Unavailable'] },
    FACILITIES: {
      WATER: ['供水', 'Water'], POWER: ['供电', 'Power'], MEDICAL: ['医疗', 'Medical'], TOILETS: ['厕所', 'Toilets'],
      KITCHEN: ['厨房/供餐', 'Kitchen'], BEDDING: ['床铺被褥', 'Bedding'], BROADCAST: ['广播', 'Broadcast'],
      ACCESSIBLE: ['无障碍设施', 'Accessible'], LIGHTING: ['应急照明', 'Lighting']
    },
    TEAM_TYPES: {
      PROFESSIONAL: ['专业队伍', 'Professional'], TOWN_COMPREHENSIVE: ['镇街综合应急队伍', 'Town comprehensive'],
      SOCIAL: ['社会救援力量', 'Social'], ENTERPRISE: ['企业队伍', 'Enterprise']
    },
    TEAM_STATUS: { STANDBY: ['待命', 'Standby'], DEPLOYED: ['已出动', 'Deployed'], UNAVAILABLE: ['不可用', 'Unavailable'] },
    EQUIPMENT_STATUS: { GOOD: ['完好', 'Good'], UNDER_REPAIR: ['维修中', 'Under repair'], SCRAPPED: ['报废', 'Scrapped'] }
  };
  const label = (map, code) => (map[code] ? A.t(map[code][0], map[code][1]) : code);
  A.resourceLabels = Object.assign({ label }, LABELS);

  const COMMON_FIELDS = {
    name: ['名称', 'Name'], type: ['类型', 'Type'], areaCode: ['所属区域', 'Area'], lon: ['经度', 'Longitude'], lat: ['纬度', 'Latitude'],
    address: ['地址', 'Address'], status: ['状态', 'Status'], note: ['备注', 'Note'], version: ['版本', 'Version']
  };
  const text = (v) => (v == null ? '' : v);
  const trimmed = (v) => A.blankToNull(typeof v === 'string' ? v.trim() : v);
  const point = (e) => ({ lon: A.numberOrNull(e.lon), lat: A.numberOrNull(e.lat) });

  /** The person's "name mobile" for a picker's label (the id alone when the directory does not answer). */
  async function personLabel(id) {
    if (id == null) return '';
    try { const p = await A.api.get('/api/v1/people/' + id); return p.name + ' ' + p.mobile; } catch (e) { return '#' + id; }
  }

  /**
   * One edit form: `o.id` names the elements (`#<id>-form`, `#<id>-save`), `o.base` the API,
   * `o.blank()`/`o.fromRecord(r)` the form's values, `o.toBody(edit, vm)` the request body (the
   * version read is added), `o.fields` the form-grid rows of the template.
   */
  function editor(o) {
    return {
      mixins: [A.formMixin],
      props: { record: { type: Object, default: null } },
      emits: ['saved', 'cancel'],
      fieldLabels: Object.assign({}, COMMON_FIELDS, o.fieldLabels),
      data() {
        return Object.assign({ edit: this.record ? o.fromRecord(this.record) : o.blank(), id: this.record ? this.record.id : null,
          version: this.record ? this.record.version : null, labels: LABELS }, o.data ? o.data() : {});
      },
      template: `<div id="${o.id}-form" class="card"><h3>{{ id ? $t('${o.title[1][0]}', '${o.title[1][1]}') : $t('${o.title[0][0]}', '${o.title[0][1]}') }}</h3>
        <div class="form-grid">${o.fields}</div>
        <problem-box :problem="formProblem" @reload="reload"></problem-box>
        <div class="toolbar"><button id="${o.id}-save" type="button" class="btn btn-primary" :disabled="busy" @click="save">{{ busy ? $t('保存中…', 'Saving…') : $t('保存', 'Save') }}</button>
          <button id="${o.id}-cancel" type="button" class="btn" @click="$emit('cancel')">{{ $t('取消', 'Cancel') }}</button></div></div>`,
      created() { if (o.created) o.created.call(this); },
      mounted() { this.$el.scrollIntoView && this.$el.scrollIntoView({ block: 'nearest' }); },
      computed: o.computed || {},
      methods: Object.assign({
        lbl(pair) { return A.t(pair[0], pair[1]); },
        async save() {
          const body = Object.assign(o.toBody(this.edit, this), { version: this.version });
          const saved = await this.run(() => (this.id ? A.api.put(o.base + '/' + this.id, body) : A.api.post(o.base, body)));
          if (saved) this.$emit('saved', saved);
        },
        /** After a 409: the record as it is now, replacing what was typed. */
        async reload() {
          const fresh = await this.run(() => A.api.get(o.base + '/' + this.id));
          if (!fresh) return;
          this.edit = o.fromRecord(fresh);
          this.version = fresh.version;
          if (o.created) o.created.call(this);
        }
      }, o.methods || {})
    };
  }

  const POINT = `<label>{{ $t('位置', 'Location') }} *</label><point-picker v-model:lon="edit.lon" v-model:lat="edit.lat" id-prefix="ID"></point-picker>`;
  const NOTE = `<label for="ID-note">{{ $t('备注', 'Note') }}</label><textarea id="ID-note" v-model="edit.note" maxlength="500"></textarea>`;
  const fields = (id, html) => html.replace(/ID/g, id);

  const shelterForm = editor({
    id: 'shelter', base: '/api/v1/shelters', title: [['新建避难场所', 'New shelter'], ['修改避难场所', 'Edit shelter']],
    fieldLabels: { capacity: ['容纳人数', 'Capacity'], occupancy: ['已安置人数', 'Sheltered now'], managerPersonId: ['管理责任人', 'Manager'],
      managerPhone: ['管理员电话', 'Manager phone'], facilities: ['设施', 'Facilities'] },
    data: () => ({ managerLabel: '' }),
    blank: () => ({ name: '', type: 'TEMPORARY_SHELTER', capacity: '', occupancy: 0, areaCode: '', lon: '', lat: '', address: '',
      managerPersonId: null, managerPhone: '', facilities: [], status: 'READY', note: '' }),
    fromRecord: (r) => ({ name: r.name, type: r.type, capacity: r.capacity, occupancy: r.occupancy, areaCode: r.areaCode, lon: r.lon, lat: r.lat,
      address: text(r.address), managerPersonId: r.managerPersonId, managerPhone: text(r.managerPhone), facilities: (r.facilities || []).slice(),
      status: r.status, note: text(r.note) }),
    toBody: (e) => Object.assign({ name: e.name.trim(), type: e.type, capacity: A.numberOrNull(e.capacity), occupancy: A.numberOrNull(e.occupancy),
      areaCode: e.areaCode, address: trimmed(e.address), managerPersonId: e.managerPersonId, managerPhone: trimmed(e.managerPhone),
      facilities: e.facilities, status: e.status, note: trimmed(e.note) }, point(e)),
    async created() {
      this.managerLabel = await personLabel(this.edit.managerPersonId);
      if (!this.id && !this.edit.areaCode) {
        // a town or village officer files it under their own area; the district is not a shelter's area
        const mine = (await A.areas().catch(() => [])).find((a) => a.code === A.me.scope);
        if (mine && mine.level !== 'DISTRICT') this.edit.areaCode = mine.code;
      }
    },
    fields: fields('shelter', `
      <label for="shelter-name">{{ $t('名称', 'Name') }} *</label><input id="shelter-name" v-model="edit.name" maxlength="100">
      <label for="shelter-type">{{ $t('类型', 'Type') }} *</label>
      <select id="shelter-type" v-model="edit.type"><option v-for="(v, k) in labels.SHELTER_TYPES" :key="k" :value="k">{{ lbl(v) }}</option></select>
      <label for="shelter-capacity">{{ $t('容纳人数', 'Capacity') }} *</label><input id="shelter-capacity" v-model="edit.capacity" type="number" min="1" inputmode="numeric">
      <label for="shelter-occupancy">{{ $t('已安置人数', 'Sheltered now') }}</label><input id="shelter-occupancy" v-model="edit.occupancy" type="number" min="0" inputmode="numeric">
      <label for="shelter-area">{{ $t('所属区域（镇街或村社）', 'Area (town or village)') }} *</label><area-select id="shelter-area" v-model="edit.areaCode" level="TOWN|VILLAGE"></area-select>
      ${POINT}
      <label for="shelter-address">{{ $t('地址', 'Address') }}</label><input id="shelter-address" v-model="edit.address" maxlength="200">
      <label>{{ $t('管理责任人', 'Manager') }}</label><person-picker id="shelter-manager" v-model="edit.managerPersonId" :label="managerLabel"></person-picker>
      <label for="shelter-phone">{{ $t('管理员电话', 'Manager phone') }}</label><input id="shelter-phone" v-model="edit.managerPhone" maxlength="20" inputmode="tel">
      <label>{{ $t('设施', 'Facilities') }}</label><span class="checks" id="shelter-facilities">
        <label v-for="(v, k) in labels.FACILITIES" :key="k"><input type="checkbox" :value="k" v-model="edit.facilities"> {{ lbl(v) }}</label></span>
      <label for="shelter-status">{{ $t('状态', 'Status') }} *</label>
      <select id="shelter-status" v-model="edit.status"><option v-for="(v, k) in labels.SHELTER_STATUS" :key="k" :value="k">{{ lbl(v) }}</option></select>
      ${NOTE}`)
  });

  const member = (m) => ({ name: m ? m.name : '', phone: m ? text(m.phone) : '', skills: m ? (m.skills || []).join('、') : '', certificates: m ? text(m.certificates) : '' });
  const equipment = (q) => ({ name: q ? q.name : '', category: q ? text(q.category) : '', quantity: q ? q.quantity : 1, status: q ? q.status : 'GOOD' });

  const teamForm = editor({
    id: 'team', base: '/api/v1/teams', title: [['新建救援队伍', 'New rescue team'], ['修改救援队伍', 'Edit rescue team']],
    fieldLabels: { leaderPersonId: ['队长', 'Leader'], dutyPhone: ['值班电话', 'Duty phone'], statusReason: ['状态原因', 'Status reason'],
      members: ['队员', 'Members'], 'members.name': ['队员姓名', 'Member name'], 'members.phone': ['队员电话', 'Member phone'],
      'members.skills': ['技能', 'Skills'], 'members.certificates': ['证书', 'Certificates'], equipment: ['装备', 'Equipment'],
      'equipment.name': ['装备名称', 'Equipment name'], 'equipment.category': ['装备类别', 'Equipment category'],
      'equipment.quantity': ['装备数量', 'Equipment quantity'], 'equipment.status': ['装备状态', 'Equipment status'] },
    data: () => ({ leaderLabel: '' }),
    blank: () => ({ name: '', type: 'TOWN_COMPREHENSIVE', areaCode: A.me.scope || '', lon: '', lat: '', leaderPersonId: null, dutyPhone: '',
      status: 'STANDBY', statusReason: '', members: [member()], equipment: [], note: '' }),
    fromRecord: (r) => ({ name: r.name, type: r.type, areaCode: r.areaCode, lon: r.lon, lat: r.lat, leaderPersonId: r.leaderPersonId,
      dutyPhone: text(r.dutyPhone), status: r.status, statusReason: text(r.statusReason), members: (r.members || []).map(member),
      equipment: (r.equipment || []).map(equipment), note: text(r.note) }),
    toBody: (e) => Object.assign({ name: e.name.trim(), type: e.type, areaCode: e.areaCode, leaderPersonId: e.leaderPersonId,
      dutyPhone: trimmed(e.dutyPhone), status: e.status, statusReason: e.status === 'STANDBY' ? null : trimmed(e.statusReason), note: trimmed(e.note),
      // a row left empty is not a member
      members: e.members.filter((m) => m.name.trim() || m.phone.trim() || m.skills.trim()).map((m) => ({ name: m.name.trim(),
        phone: trimmed(m.phone), skills: A.splitList(m.skills), certificates: trimmed(m.certificates) })),
      equipment: e.equipment.filter((q) => q.name.trim()).map((q) => ({ name: q.name.trim(), category: trimmed(q.category),
        quantity: A.numberOrNull(q.quantity), status: q.status })) }, point(e)),
    async created() { this.leaderLabel = await personLabel(this.edit.leaderPersonId); },
    methods: { addMember() { this.edit.members.push(member()); }, addEquipment() { this.edit.equipment.push(equipment()); } },
    fields: fields('team', `
      <label for="team-name">{{ $t('名称', 'Name') }} *</label><input id="team-name" v-model="edit.name" maxlength="100">
      <label for="team-type">{{ $t('类型', 'Type') }} *</label>
      <select id="team-type" v-model="edit.type"><option v-for="(v, k) in labels.TEAM_TYPES" :key="k" :value="k">{{ lbl(v) }}</option></select>
      <label for="team-area">{{ $t('所属区域', 'Area') }} *</label><area-select id="team-area" v-model="edit.areaCode"></area-select>
      ${POINT.replace('位置', '驻地').replace('Location', 'Base')}
      <label>{{ $t('队长', 'Leader') }}</label><person-picker id="team-leader" v-model="edit.leaderPersonId" :label="leaderLabel"></person-picker>
      <label for="team-phone">{{ $t('值班电话', 'Duty phone') }}</label><input id="team-phone" v-model="edit.dutyPhone" maxlength="20" inputmode="tel">
      <label for="team-status-select">{{ $t('状态', 'Status') }} *</label>
      <select id="team-status-select" v-model="edit.status"><option v-for="(v, k) in labels.TEAM_STATUS" :key="k" :value="k">{{ lbl(v) }}</option></select>
      <template v-if="edit.status !== 'STANDBY'"><label for="team-status-reason">{{ $t('原因', 'Reason') }} *</label>
        <input id="team-status-reason" v-model="edit.statusReason" maxlength="200"></template>
      <div class="full form-rows"><h4>{{ $t('队员', 'Members') }} ({{ edit.members.length }})</h4>
        <div class="table-wrap"><table id="team-members-edit" class="table"><thead><tr><th>{{ $t('姓名', 'Name') }} *</th><th>{{ $t('电话', 'Phone') }}</th>
          <th>{{ $t('技能（用、分隔）', 'Skills (separated by 、 or ,)') }}</th><th>{{ $t('证书', 'Certificates') }}</th><th></th></tr></thead>
          <tbody><tr v-for="(m, i) in edit.members" :key="i"><td><input v-model="m.name" class="member-name" maxlength="50"></td>
            <td><input v-model="m.phone" class="member-phone" maxlength="20" inputmode="tel"></td>
            <td><input v-model="m.skills" class="member-skills" :placeholder="$t('水域救援、山地搜救', 'e.g. 水域救援、山地搜救')"></td>
            <td><input v-model="m.certificates" maxlength="300"></td>
            <td><button type="button" class="btn btn-small" @click="edit.members.splice(i, 1)">{{ $t('移除', 'Remove') }}</button></td></tr></tbody></table></div>
        <button id="team-member-add" type="button" class="btn btn-small" @click="addMember">{{ $t('添加队员', 'Add member') }}</button></div>
      <div class="full form-rows"><h4>{{ $t('装备', 'Equipment') }} ({{ edit.equipment.length }})</h4>
        <div class="table-wrap"><table id="team-equipment-edit" class="table"><thead><tr><th>{{ $t('名称', 'Name') }} *</th><th>{{ $t('类别', 'Category') }}</th>
          <th>{{ $t('数量', 'Quantity') }}</th><th>{{ $t('状态', 'Status') }}</th><th></th></tr></thead>
          <tbody><tr v-for="(q, i) in edit.equipment" :key="i"><td><input v-model="q.name" maxlength="100"></td><td><input v-model="q.category" maxlength="50"></td>
            <td><input v-model="q.quantity" type="number" min="0"></td>
            <td><select v-model="q.status"><option v-for="(v, k) in labels.EQUIPMENT_STATUS" :key="k" :value="k">{{ lbl(v) }}</option></select></td>
            <td><button type="button" class="btn btn-small" @click="edit.equipment.splice(i, 1)">{{ $t('移除', 'Remove') }}</button></td></tr></tbody></table></div>
        <button type="button" class="btn btn-small" @click="addEquipment">{{ $t('添加装备', 'Add equipment') }}</button></div>
      ${NOTE}`)
  });

  const warehouseForm = editor({
    id: 'warehouse', base: '/api/v1/warehouses', title: [['新建物资仓库', 'New warehouse'], ['修改物资仓库', 'Edit warehouse']],
    fieldLabels: { level: ['级别', 'Level'], managerPersonId: ['管理员', 'Keeper'], managerPhone: ['管理员电话', 'Keeper phone'] },
    data: () => ({ managerLabel: '', areas: [] }),
    blank: () => ({ name: '', areaCode: A.me.scope || '', lon: '', lat: '', address: '', managerPersonId: null, managerPhone: '', note: '' }),
    fromRecord: (r) => ({ name: r.name, areaCode: r.areaCode, lon: r.lon, lat: r.lat, address: text(r.address), managerPersonId: r.managerPersonId,
      managerPhone: text(r.managerPhone), note: text(r.note) }),
    // the level follows the area: a town's warehouse is a town warehouse
    computed: {
      level() { const a = this.areas.find((x) => x.code === this.edit.areaCode); return a ? a.level : null; },
      levelName() { return this.level ? A.levelName(this.level) : '—'; }
    },
    toBody: (e, vm) => Object.assign({ name: e.name.trim(), level: vm.level, areaCode: e.areaCode, address: trimmed(e.address),
      managerPersonId: e.managerPersonId, managerPhone: trimmed(e.managerPhone), note: trimmed(e.note) }, point(e)),
    async created() {
      [this.managerLabel, this.areas] = await Promise.all([personLabel(this.edit.managerPersonId), A.areas().catch(() => [])]);
    },
    fields: fields('warehouse', `
      <label for="warehouse-name">{{ $t('名称', 'Name') }} *</label><input id="warehouse-name" v-model="edit.name" maxlength="100">
      <label for="warehouse-area">{{ $t('所属区域', 'Area') }} *</label><area-select id="warehouse-area" v-model="edit.areaCode"></area-select>
      <label>{{ $t('级别', 'Level') }}</label><span id="warehouse-level">{{ levelName }}</span>
      ${POINT}
      <label for="warehouse-address">{{ $t('地址', 'Address') }}</label><input id="warehouse-address" v-model="edit.address" maxlength="200">
      <label>{{ $t('管理员', 'Keeper') }}</label><person-picker id="warehouse-manager" v-model="edit.managerPersonId" :label="managerLabel"></person-picker>
      <label for="warehouse-phone">{{ $t('管理员电话', 'Keeper phone') }}</label><input id="warehouse-phone" v-model="edit.managerPhone" maxlength="20" inputmode="tel">
      ${NOTE}`)
  });

  const EXPERT_FIELDS = ['地质灾害', '危化品', '防汛', '医疗', '森林防火', '地震', '气象', '消防'];
  const expertForm = editor({
    id: 'expert', base: '/api/v1/experts', title: [['新建专家', 'New expert'], ['修改专家', 'Edit expert']],
    fieldLabels: { name: ['姓名', 'Name'], field: ['专业领域', 'Field'], organisation: ['单位', 'Organisation'], title: ['职称', 'Title'], phone: ['电话', 'Phone'] },
    data: () => ({ suggestions: EXPERT_FIELDS }),
    blank: () => ({ name: '', field: '', organisation: '', title: '', phone: '', areaCode: A.me.scope || '', note: '' }),
    fromRecord: (r) => ({ name: r.name, field: r.field, organisation: text(r.organisation), title: text(r.title), phone: text(r.phone),
      areaCode: r.areaCode, note: text(r.note) }),
    toBody: (e) => ({ name: e.name.trim(), field: e.field.trim(), organisation: trimmed(e.organisation), title: trimmed(e.title),
      phone: trimmed(e.phone), areaCode: e.areaCode, note: trimmed(e.note) }),
    fields: fields('expert', `
      <label for="expert-name">{{ $t('姓名', 'Name') }} *</label><input id="expert-name" v-model="edit.name" maxlength="50">
      <label for="expert-field">{{ $t('专业领域', 'Field') }} *</label><input id="expert-field" v-model="edit.field" maxlength="50" list="expert-field-list">
      <datalist id="expert-field-list"><option v-for="f in suggestions" :key="f" :value="f"></option></datalist>
      <label for="expert-organisation">{{ $t('单位', 'Organisation') }}</label><input id="expert-organisation" v-model="edit.organisation" maxlength="100">
      <label for="expert-title">{{ $t('职称', 'Title') }}</label><input id="expert-title" v-model="edit.title" maxlength="50">
      <label for="expert-phone">{{ $t('电话', 'Phone') }}</label><input id="expert-phone" v-model="edit.phone" maxlength="20" inputmode="tel">
      <label for="expert-area">{{ $t('所属区域', 'Area') }} *</label><area-select id="expert-area" v-model="edit.areaCode"></area-select>
      ${NOTE}`)
  });

  A.resourceForms = { shelterForm, teamForm, warehouseForm, expertForm };
})();
