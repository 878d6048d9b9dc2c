/*
 * Danger zones (隐患点与危险区): the map layer for 一张图 (click a zone: its households, vulnerable
 * people, responsible people and nearest shelters), the list page and the zone page with the
 * households' Excel import/export and the 六落实 table (assign / remove for users who may change).
 * Plain Vue 3 registered with the web shell.
 */
(function () {
  'use strict';
  const A = window.Anlan;

  const KINDS = {
    GEO_HAZARD_POINT: ['地灾隐患点', 'Geo-hazard point'], LANDSLIDE: ['滑坡', 'Landslide'], COLLAPSE: ['崩塌', 'Rock fall'],
    DEBRIS_FLOW: ['泥石流', 'Debris flow'], FLASH_FLOOD_ZONE: ['山洪危险区', 'Flash-flood zone'],
    WATERLOGGING: ['内涝点', 'Waterlogging point'], OTHER: ['其他', 'Other']
  };
  const LEVELS = { SMALL: ['小型', 'Small'], MEDIUM: ['中型', 'Medium'], LARGE: ['大型', 'Large'], HUGE: ['特大型', 'Very large'] };
  const VULNERABLE = {
    ELDERLY_ALONE: ['独居老人', 'Elderly alone'], DISABLED: ['残疾人', 'Disabled'], BEDRIDDEN: ['卧床', 'Bedridden'],
    PREGNANT: ['孕妇', 'Pregnant'], CHILD_ALONE: ['留守儿童', 'Child alone'], OTHER: ['其他', 'Other']
  };
  const COLOURS = { SMALL: '#f0a020', MEDIUM: '#e67e22', LARGE: '#d35400', HUGE: '#c0392b' };
  const ANSWERS = { PERSON: ['本人在岗', 'in post'], DEPUTY: ['AB岗顶岗', 'deputy answers'], NOBODY: ['无人在岗', 'nobody available'] };
  const FOUND_BY = { PRIMARY: ['村社兜底', 'area fallback'], DEPUTY: ['村社兜底（AB岗）', 'area fallback (deputy)'],
    PARENT_AREA: ['上级区域兜底', 'parent-area fallback'] };
  const label = (map, code) => (map[code] ? A.t(map[code][0], map[code][1]) : code);
  const roleLabel = (r) => A.t(r.roleZh, r.roleEn);
  /** The town of a village (12-digit codes: town = first 9 digits + 000). */
  const townOf = (code) => code.substring(0, 9) + '000';
  const km = (m) => (m / 1000).toFixed(1) + ' km';

  function el(tag, text, attrs) {
    const e = document.createElement(tag);
    if (text != null) e.textContent = text;
    Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
    return e;
  }

  function table(id, heads, rows) {
    const t = el('table', null, { id, class: 'table' });
    const head = el('tr');
    heads.forEach((h) => head.append(el('th', h)));
    t.append(el('thead'), el('tbody'));
    t.tHead.append(head);
    rows.forEach((r) => {
      const tr = el('tr');
      r.forEach((c) => tr.append(el('td', c)));
      t.tBodies[0].append(tr);
    });
    return t;
  }

  /** The panel a click on a zone opens: its 六落实 people (then the area fallback), households with vulnerable people, nearest shelters. */
  async function panel(id) {
    const [detail, shelters] = await Promise.all([A.api.get('/api/v1/danger-zones/' + id),
      A.api.get('/api/v1/danger-zones/' + id + '/nearest-shelters', { k: 5 })]);
    const z = detail.zone;
    const div = el('div', null, { id: 'zone-panel', class: 'zone-panel' });
    div.append(el('strong', z.name), el('div', label(KINDS, z.kind) + ' · ' + label(LEVELS, z.threatLevel) + ' · '
      + A.t('住户 ', 'households ') + z.households + A.t('，人口 ', ', people ') + z.people));
    div.append(el('h4', A.t('六落实责任人', 'Responsible (六落实)')), table('zone-responsible', [A.t('角色', 'Role'),
      A.t('责任人', 'Person'), A.t('电话', 'Phone')], detail.responsible.map((r) => [roleLabel(r)
        + (r.fallback ? A.t('（兜底）', ' (fallback)') : ''), r.name, r.mobile || ''])));
    div.append(el('h4', A.t('住户', 'Households')), table('zone-households', [A.t('户主', 'Head'), A.t('人数', 'People'),
      A.t('电话', 'Phone'), A.t('重点人员（帮扶人）', 'Vulnerable (helper)')], detail.households.map((h) => [h.headName,
      String(h.members), h.phone, h.vulnerable.map((v) => v.name + ' ' + label(VULNERABLE, v.kind) + '（'
        + (v.helperName || A.t('未结对', 'unpaired')) + '）').join('；')])));
    div.append(el('h4', A.t('就近避难场所', 'Nearest shelters')), table('zone-shelters', [A.t('名称', 'Name'),
      A.t('距离', 'Distance'), A.t('空余', 'Free')], shelters.map((s) => [s.name, km(s.distanceMetres), String(s.free)])));
    const link = el('a', A.t('打开隐患点页面', 'Open the zone page'), { href: '#/risk/zones/' + id });
    div.append(link);
    return div;
  }

  A.registerMapLayer({
    id: 'danger-zones', title: ['隐患点与危险区', 'Danger zones'], order: 60,
    async load(map, options) {
      if (!map.getPane('dangerZones')) map.createPane('dangerZones').style.zIndex = 620;
      const geojson = await A.api.get('/api/v1/risk/layers/danger-zones.geojson', { area: (options || {}).area });
      return L.geoJSON(geojson, {
        pane: 'dangerZones',
        // style() is applied to points too, after pointToLayer: the class is set here for both
        style: (f) => ({ color: f.geometry.type === 'Point' ? '#ffffff' : COLOURS[f.properties.threatLevel] || '#e67e22',
          weight: 2, fillOpacity: f.geometry.type === 'Point' ? 0.95 : 0.35,
          className: 'danger-zone danger-zone-' + (f.geometry.type === 'Point' ? 'point ' : 'polygon ') + 'danger-zone-' + f.properties.id }),
        pointToLayer: (f, latlng) => L.circleMarker(latlng, { pane: 'dangerZones', radius: 7, weight: 2, color: '#ffffff',
          fillColor: COLOURS[f.properties.threatLevel] || '#e67e22', fillOpacity: 0.95 }),
        onEachFeature: (f, layer) => {
          layer.bindTooltip(f.properties.name);
          layer.on('click', async () => {
            try {
              layer.bindPopup(await panel(f.properties.id), { maxWidth: 460, maxHeight: 360 }).openPopup();
            } catch (e) {
              layer.bindPopup(el('div', (e.problem && e.problem.detail) || e.message)).openPopup();
            }
          });
        }
      });
    }
  });

  A.register({
    path: '/risk/zones', group: 'risk', title: ['隐患点与危险区', 'Danger zones'], order: 30,
    component: {
      props: ['params', 'query'],
      data: () => ({ list: [], unpaired: [], problem: null, result: null, progress: null }),
      template: `<div>
        <div class="toolbar">
          <a class="btn" :href="href('export.xlsx')">{{ $t('导出 Excel', 'Export Excel') }}</a>
          <a class="btn" :href="href('template.xlsx')">{{ $t('导入模板', 'Import template') }}</a>
          <label v-if="mayChange" class="btn">{{ $t('导入 Excel', 'Import Excel') }}<input id="zones-import" type="file" accept=".xlsx" hidden @change="upload"></label>
          <import-progress :progress="progress"></import-progress>
          <span v-if="result" class="muted">{{ $t('新增', 'created') }} {{ result.created }} · {{ $t('更新', 'updated') }} {{ result.updated }}</span>
        </div>
        <problem-box :problem="problem"></problem-box>
        <div class="table-wrap"><table id="zones-table" class="table">
          <thead><tr><th>{{ $t('编号', 'Code') }}</th><th>{{ $t('名称', 'Name') }}</th><th>{{ $t('类型', 'Kind') }}</th>
            <th>{{ $t('险情等级', 'Threat') }}</th><th>{{ $t('住户/人口', 'Households/people') }}</th>
            <th>{{ $t('重点人员（未结对）', 'Vulnerable (unpaired)') }}</th></tr></thead>
          <tbody><tr v-for="z in list" :key="z.id"><td>{{ z.code }}</td>
            <td><a :href="'#/risk/zones/' + z.id">{{ z.name }}</a></td><td>{{ kind(z.kind) }}</td><td>{{ level(z.threatLevel) }}</td>
            <td>{{ z.households }} / {{ z.people }}</td><td>{{ z.vulnerable }} ({{ z.unpaired }})</td></tr></tbody>
        </table></div>
        <div class="card" id="zones-unpaired"><h3>{{ $t('未结对帮扶人的重点人员', 'Vulnerable people without a helper') }}</h3>
          <ul><li v-for="v in unpaired" :key="v.id">{{ v.name }} · {{ vkind(v.kind) }} · {{ v.zoneName }}</li></ul></div>
      </div>`,
      computed: { mayChange() { return A.me && A.me.mayChange; } },
      created() { this.load(); },
      methods: {
        href(file) { return A.api.href('/api/v1/danger-zones/' + file, {}); },
        async load() {
          try {
            [this.list, this.unpaired] = await Promise.all([A.api.get('/api/v1/danger-zones'),
              A.api.get('/api/v1/vulnerable-people', { unpaired: true })]);
          } catch (e) {
            this.problem = e.problem || { detail: e.message };
          }
        },
        /** All rows or none; a refused file shows its per-row errors in the problem box. */
        async upload(event) {
          const form = new FormData();
          form.append('file', event.target.files[0]);
          event.target.value = '';
          this.problem = null; this.result = null;
          try {
            this.result = await A.api.upload('/api/v1/danger-zones/import', form, (p) => { this.progress = p; });
            await this.load();
          } catch (e) {
            this.problem = e.problem || { detail: e.message };
          }
        },
        kind(c) { return label(KINDS, c); },
        level(c) { return label(LEVELS, c); },
        vkind(c) { return label(VULNERABLE, c); }
      }
    }
  });

  /**
   * 包保/六落实: the zone's own people (by role), then its area's 网格员 and 村社书记 marked fallback; a user
   * who may change data assigns a person of the zone's town (or village) in a 六落实 role, or removes one.
   */
  const ZoneDuties = {
    props: ['zone', 'responsible'],
    emits: ['update:responsible'],
    data: () => ({ roles: [], people: [], q: '', form: { roleCode: '', personId: '', deputyPersonId: '' }, problem: null, busy: false }),
    template: `<div class="card" id="zone-duties">
      <h3>{{ $t('六落实责任人', 'Responsible people (六落实)') }}</h3>
      <div class="table-wrap"><table id="zone-duties-table" class="table">
        <thead><tr><th>{{ $t('角色', 'Role') }}</th><th>{{ $t('责任人', 'Person') }}</th><th>{{ $t('电话', 'Phone') }}</th>
          <th>{{ $t('AB岗', 'Deputy') }}</th><th>{{ $t('状态', 'Status') }}</th><th></th></tr></thead>
        <tbody>
          <tr v-for="r in responsible" :key="(r.fallback ? 'f' : 'z') + r.assignmentId + '-' + r.personId" :class="r.fallback ? 'zone-duty-fallback' : 'zone-duty-own'">
            <td>{{ $t(r.roleZh, r.roleEn) }}</td>
            <td>{{ r.name }} <span v-if="!r.available" class="badge">{{ $t('不在岗', 'away') }}</span></td>
            <td><a :href="'tel:' + r.mobile">{{ r.mobile }}</a></td>
            <td>{{ r.deputyName ? r.deputyName + ' ' + (r.deputyMobile || '') : '' }}</td>
            <td><span v-if="r.fallback" class="badge">{{ foundBy(r.foundBy) }}</span><span v-else>{{ answers(r.answers) }}</span>
              <span v-if="!r.fallback && !r.active" class="badge">{{ $t('不在有效期', 'not active') }}</span></td>
            <td><button v-if="mayChange && !r.fallback" class="btn btn-danger btn-small zone-duty-remove" :disabled="busy" @click="remove(r)">{{ $t('移除', 'Remove') }}</button></td>
          </tr>
          <tr v-if="!responsible.length"><td colspan="6" class="muted">{{ $t('没有责任人', 'Nobody') }}</td></tr>
        </tbody>
      </table></div>
      <div v-if="mayChange" id="zone-duty-form" class="form-grid">
        <label for="zone-duty-role">{{ $t('角色', 'Role') }} *</label>
        <select id="zone-duty-role" v-model="form.roleCode"><option value="" disabled>{{ $t('— 选择角色 —', '— choose a role —') }}</option>
          <option v-for="r in roles" :key="r.code" :value="r.code">{{ $t(r.zh, r.en) }}</option></select>
        <label for="zone-duty-q">{{ $t('查找人员', 'Find a person') }}</label>
        <input id="zone-duty-q" v-model="q" :placeholder="$t('姓名、手机或职务', 'name, mobile or position')" @change="loadPeople">
        <label for="zone-duty-person">{{ $t('责任人', 'Person') }} *</label>
        <select id="zone-duty-person" v-model="form.personId"><option value="" disabled>{{ $t('— 选择人员 —', '— choose a person —') }}</option>
          <option v-for="p in people" :key="p.id" :value="p.id">{{ personLabel(p) }}</option></select>
        <label for="zone-duty-deputy">{{ $t('AB岗', 'Deputy') }}</label>
        <select id="zone-duty-deputy" v-model="form.deputyPersonId"><option value="">{{ $t('（无）', '(none)') }}</option>
          <option v-for="p in people" :key="p.id" :value="p.id">{{ personLabel(p) }}</option></select>
        <span></span><div class="toolbar"><button id="zone-duty-save" class="btn btn-primary" :disabled="busy || !form.roleCode || !form.personId" @click="assign">{{ $t('分配', 'Assign') }}</button></div>
      </div>
      <problem-box :problem="problem"></problem-box>
    </div>`,
    computed: { mayChange() { return !!(A.me && A.me.mayChange); } },
    async created() {
      if (!this.mayChange) return;
      try {
        this.roles = await A.api.get('/api/v1/directory/roles', { target: 'DANGER_ZONE' });
        await this.loadPeople();
      } catch (e) {
        this.problem = e.problem || { detail: e.message };
      }
    },
    methods: {
      /** People of the zone's town (包保 is often a town cadre); of the village alone when the town is out of scope. */
      async loadPeople() {
        const q = this.q || undefined;
        try {
          this.people = (await A.api.get('/api/v1/people', { area: townOf(this.zone.areaCode), q, size: 500 })).items;
        } catch (e) {
          this.people = (await A.api.get('/api/v1/people', { area: this.zone.areaCode, q, size: 500 })).items;
        }
      },
      personLabel(p) { return p.name + ' · ' + (p.position || '') + ' · ' + p.mobile; },
      answers(c) { return label(ANSWERS, c); },
      foundBy(c) { return label(FOUND_BY, c); },
      async run(work) {
        this.problem = null;
        this.busy = true;
        try {
          await work();
          this.$emit('update:responsible', await A.api.get('/api/v1/danger-zones/' + this.zone.id + '/responsible'));
          return true;
        } catch (e) {
          this.problem = e.problem || { detail: e.message };
          return false;
        } finally {
          this.busy = false;
        }
      },
      async assign() {
        const f = this.form;
        const done = await this.run(() => A.api.post('/api/v1/danger-zones/' + this.zone.id + '/responsible',
          { roleCode: f.roleCode, personId: Number(f.personId), deputyPersonId: f.deputyPersonId ? Number(f.deputyPersonId) : null }));
        if (done) this.form = { roleCode: '', personId: '', deputyPersonId: '' };
      },
      async remove(r) {
        if (!window.confirm(A.t('确定移除' + r.roleZh + '“' + r.name + '”？', 'Remove ' + r.roleEn + ' "' + r.name + '"?'))) return;
        await this.run(() => A.api.del('/api/v1/danger-zones/' + this.zone.id + '/responsible/' + r.assignmentId));
      }
    }
  };

  A.register({
    path: '/risk/zones/:id', group: 'risk', hidden: true, title: ['隐患点', 'Danger zone'],
    component: {
      props: ['params', 'query'],
      components: { ZoneDuties },
      data: () => ({ detail: null, shelters: [], problem: null, progress: null, busy: false, result: null }),
      template: `<div v-if="detail">
        <h2 id="zone-title">{{ detail.zone.name }} <span class="muted">{{ detail.zone.code }}</span></h2>
        <p>{{ kind(detail.zone.kind) }} · {{ level(detail.zone.threatLevel) }} · {{ $t('住户', 'Households') }} {{ detail.zone.households }}
          · {{ $t('人口', 'People') }} {{ detail.zone.people }} · {{ $t('财产（万元）', 'Property (10k yuan)') }} {{ detail.zone.propertyWan }}</p>
        <problem-box :problem="problem"></problem-box>
        <div class="toolbar">
          <a class="btn" :href="'/api/v1/danger-zones/' + params.id + '/households.xlsx'">{{ $t('导出住户', 'Export households') }}</a>
          <a class="btn" href="/api/v1/danger-zones/households-template.xlsx">{{ $t('下载模板', 'Template') }}</a>
          <label class="btn" v-if="Anlan.me.mayChange">{{ $t('导入住户', 'Import households') }}
            <input id="zone-import" type="file" accept=".xlsx" style="display:none" @change="upload"></label>
          <import-progress id="zone-import-progress" :progress="progress"></import-progress>
          <span v-if="result" id="zone-import-result">{{ $t('新增', 'created') }} {{ result.created }} · {{ $t('更新', 'updated') }} {{ result.updated }}</span>
        </div>
        <zone-duties :zone="detail.zone" v-model:responsible="detail.responsible"></zone-duties>
        <div class="table-wrap"><table id="zone-households-table" class="table">
          <thead><tr><th>{{ $t('户主', 'Head') }}</th><th>{{ $t('人数', 'People') }}</th><th>{{ $t('电话', 'Phone') }}</th>
            <th>{{ $t('地址', 'Address') }}</th><th>{{ $t('重点人员', 'Vulnerable') }}</th><th>{{ $t('一对一帮扶人', 'Helper') }}</th></tr></thead>
          <tbody><tr v-for="h in detail.households" :key="h.id"><td>{{ h.headName }}</td><td>{{ h.members }}</td><td>{{ h.phone }}</td>
            <td>{{ h.address }}</td><td>{{ h.vulnerable.map(v => v.name + ' ' + vkind(v.kind)).join('；') }}</td>
            <td>{{ h.vulnerable.map(v => v.helperName ? v.helperName + ' ' + v.helperMobile : $t('未结对', 'unpaired')).join('；') }}</td></tr></tbody>
        </table></div>
        <div class="cards">
          <div class="card"><h3>{{ $t('就近避难场所', 'Nearest shelters') }}</h3>
            <p v-for="s in shelters" :key="s.id">{{ s.name }} · {{ km(s.distanceMetres) }} · {{ $t('空余', 'free') }} {{ s.free }}</p></div>
        </div>
      </div>
      <problem-box v-else :problem="problem"></problem-box>`,
      created() { this.load(); },
      methods: {
        async load() {
          try {
            [this.detail, this.shelters] = await Promise.all([A.api.get('/api/v1/danger-zones/' + this.params.id),
              A.api.get('/api/v1/danger-zones/' + this.params.id + '/nearest-shelters', { k: 5 })]);
          } catch (e) {
            this.problem = e.problem || { detail: e.message };
          }
        },
        /** All rows or none: the upload, then the server's phases (read, check, write) with row counts, then the result. */
        async upload(event) {
          const file = event.target.files[0];
          if (!file) return;
          const form = new FormData();
          form.append('file', file);
          event.target.value = '';
          this.problem = null;
          this.result = null;
          this.busy = true;
          try {
            this.result = await A.api.upload('/api/v1/danger-zones/' + this.params.id + '/households.xlsx', form, (p) => { this.progress = p; });
            await this.load();
          } catch (e) {
            this.problem = e.problem || { detail: e.message };
          }
          this.busy = false;
        },
        kind(c) { return label(KINDS, c); },
        level(c) { return label(LEVELS, c); },
        vkind(c) { return label(VULNERABLE, c); },
        km
      }
    }
  });
})();
