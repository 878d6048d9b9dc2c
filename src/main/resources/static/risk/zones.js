/*
 * Danger zones (隐患点与危险区): the map layer for 一张图 (click a zone: its households, vulnerable
 * people, responsible people and nearest shelters), the list page and the zone page with the
 * households' Excel import/export. Plain Vue 3 registered with the web shell.
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
  const label = (map, code) => (map[code] ? A.t(map[code][0], map[code][1]) : code);
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

  /** The panel a click on a zone opens: households with vulnerable people, responsible people, nearest shelters. */
  async function panel(id) {
    const [detail, shelters] = await Promise.all([A.api.get('/api/v1/danger-zones/' + id),
      A.api.get('/api/v1/danger-zones/' + id + '/nearest-shelters', { k: 5 })]);
    const z = detail.zone;
    const div = el('div', null, { id: 'zone-panel', class: 'zone-panel' });
    div.append(el('strong', z.name), el('div', label(KINDS, z.kind) + ' · ' + label(LEVELS, z.threatLevel) + ' · '
      + A.t('住户 ', 'households ') + z.households + A.t('，人口 ', ', people ') + z.people));
    div.append(el('h4', A.t('住户', 'Households')), table('zone-households', [A.t('户主', 'Head'), A.t('人数', 'People'),
      A.t('电话', 'Phone'), A.t('重点人员（帮扶人）', 'Vulnerable (helper)')], detail.households.map((h) => [h.headName,
      String(h.members), h.phone, h.vulnerable.map((v) => v.name + ' ' + label(VULNERABLE, v.kind) + '（'
        + (v.helperName || A.t('未结对', 'unpaired')) + '）').join('；')])));
    const people = detail.responsible.flatMap((r) => r.people.map((p) => p.name + ' ' + (p.mobile || '')));
    div.append(el('h4', A.t('责任人（网格员、村社书记）', 'Responsible (grid worker, secretary)')),
      el('div', people.join('；') || '—'));
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

  A.register({
    path: '/risk/zones/:id', group: 'risk', hidden: true, title: ['隐患点', 'Danger zone'],
    component: {
      props: ['params', 'query'],
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
        <div class="table-wrap"><table id="zone-households-table" class="table">
          <thead><tr><th>{{ $t('户主', 'Head') }}</th><th>{{ $t('人数', 'People') }}</th><th>{{ $t('电话', 'Phone') }}</th>
            <th>{{ $t('地址', 'Address') }}</th><th>{{ $t('重点人员', 'Vulnerable') }}</th><th>{{ $t('一对一帮扶人', 'Helper') }}</th></tr></thead>
          <tbody><tr v-for="h in detail.households" :key="h.id"><td>{{ h.headName }}</td><td>{{ h.members }}</td><td>{{ h.phone }}</td>
            <td>{{ h.address }}</td><td>{{ h.vulnerable.map(v => v.name + ' ' + vkind(v.kind)).join('；') }}</td>
            <td>{{ h.vulnerable.map(v => v.helperName ? v.helperName + ' ' + v.helperMobile : $t('未结对', 'unpaired')).join('；') }}</td></tr></tbody>
        </table></div>
        <div class="cards">
          <div class="card"><h3>{{ $t('责任人', 'Responsible') }}</h3>
            <p v-for="r in detail.responsible" :key="r.roleCode">{{ r.roleCode }}: {{ r.people.map(p => p.name + ' ' + (p.mobile || '')).join('；') || '—' }}</p>
            <p class="muted">{{ $t('按村社分工显示；逐点"六落实"责任分工待后续实现。', 'Shown by area; per-zone assignments come later.') }}</p></div>
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
