/*
 * Resources pages (应急资源): shelters with the village coverage check, and "nearest available".
 * Shelters are created and edited with A.resourceForms.shelterForm (forms.js); plain Vue 3 registered with the web shell.
 */
(function () {
  'use strict';
  const A = window.Anlan;

  const { SHELTER_TYPES: TYPES, SHELTER_STATUS: STATUSES } = A.resourceLabels;
  const label = (map, code) => (map[code] ? A.t(map[code][0], map[code][1]) : code);

  /** Export, template and all-or-nothing import of one workbook (teams, warehouses, shelters, experts); shared by the resources pages as A.excelBar. */
  A.excelBar = {
    props: ['base', 'area'],
    emits: ['imported'],
    data() { return { file: null, result: null, problem: null, busy: false, progress: null }; },
    template: `<span class="excel-bar">
      <a class="btn btn-small" :href="href(base + '/export.xlsx')">{{ $t('导出', 'Export') }}</a>
      <a class="btn btn-small" :href="href(base + '/template.xlsx')">{{ $t('模板', 'Template') }}</a>
      <template v-if="mayChange"><input type="file" accept=".xlsx" @change="file = $event.target.files[0]">
        <button class="btn btn-small" :disabled="!file || busy" @click="upload">{{ $t('导入', 'Import') }}</button></template>
      <import-progress :progress="progress"></import-progress>
      <span v-if="result" class="muted">{{ $t('新增', 'created') }} {{ result.created }} · {{ $t('更新', 'updated') }} {{ result.updated }}</span>
      <problem-box :problem="problem"></problem-box></span>`,
    computed: { mayChange() { return A.me && A.me.mayChange; } },
    methods: {
      href(url) { return A.api.href(url, this.area ? { area: this.area } : {}); },
      async upload() {
        this.busy = true; this.problem = null; this.result = null;
        const form = new FormData();
        form.append('file', this.file);
        try {
          this.result = await A.api.upload(this.base + '/import', form, (p) => { this.progress = p; });
          this.$emit('imported');
        } catch (e) { this.problem = e.problem || { detail: e.message }; }
        this.busy = false;
      }
    }
  };

  A.register({
    path: '/resources/shelters', group: 'resources', title: ['避难场所', 'Shelters'], order: 10,
    component: {
      props: ['params', 'query'], components: { excelBar: A.excelBar, shelterForm: A.resourceForms.shelterForm },
      data() {
        return { areas: [], area: '', list: [], coverage: null, problem: null, editing: null, saved: null };
      },
      computed: { mayChange() { return !!A.me.mayChange; } },
      template: `<div>
        <div class="toolbar">
          <select id="shelters-area" v-model="area" @change="load">
            <option value="">{{ $t('全部（我的辖区）', 'All (my area)') }}</option>
            <option v-for="a in areas" :key="a.code" :value="a.code">{{ indent(a) }}</option></select>
          <button v-if="mayChange" id="shelter-new" class="btn btn-primary" @click="open(null)">{{ $t('新建避难场所', 'New shelter') }}</button>
          <excel-bar base="/api/v1/shelters" :area="area" @imported="load"></excel-bar>
        </div>
        <problem-box :problem="problem"></problem-box>
        <shelter-form v-if="editing" :key="editing.key" :record="editing.record" @saved="done" @cancel="editing = null"></shelter-form>
        <p v-if="saved" id="shelter-saved" class="card notice">{{ $t('已保存：', 'Saved: ') }}{{ saved }}</p>
        <div v-if="coverage" id="shelters-coverage" class="card">
          <h3>{{ $t('临时避灾点覆盖', 'Temporary shelter coverage') }}</h3>
          <p>{{ $t('村社', 'Villages') }} {{ coverage.villages }} · {{ $t('已覆盖', 'covered') }} {{ coverage.covered }} ·
            <strong>{{ $t('未覆盖', 'uncovered') }} {{ coverage.uncovered }}</strong></p>
          <ul><li v-for="v in coverage.uncoveredVillages" :key="v.code">{{ v.townName }} {{ v.name }} <span class="muted">{{ v.code }}</span></li></ul>
        </div>
        <div class="table-wrap"><table id="shelters-table" class="table">
          <thead><tr><th>{{ $t('名称', 'Name') }}</th><th>{{ $t('类型', 'Type') }}</th><th>{{ $t('状态', 'Status') }}</th>
            <th>{{ $t('容纳/空余', 'Capacity/free') }}</th><th class="hide-phone">{{ $t('区域', 'Area') }}</th><th v-if="mayChange"></th></tr></thead>
          <tbody><tr v-for="s in list" :key="s.id" :data-id="s.id"><td>{{ s.name }}</td><td>{{ type(s.type) }}</td><td>{{ status(s.status) }}</td>
            <td class="capacity">{{ s.capacity }} / {{ s.free }}</td><td class="hide-phone">{{ areaName(s.areaCode) }}</td>
            <td v-if="mayChange"><button class="btn btn-small shelter-edit" @click="open(s)">{{ $t('修改', 'Edit') }}</button></td></tr></tbody>
        </table></div>
      </div>`,
      async created() {
        try {
          this.areas = await A.api.get('/api/v1/areas', { flat: true });
        } catch (e) {
          this.problem = e.problem || { detail: e.message };
        }
        await this.load();
      },
      methods: {
        async load() {
          this.problem = null;
          const params = this.area ? { area: this.area } : {};
          try {
            [this.list, this.coverage] = await Promise.all([A.api.get('/api/v1/shelters', params),
              A.api.get('/api/v1/shelters/coverage', params)]);
          } catch (e) {
            this.problem = e.problem || { detail: e.message };
          }
        },
        open(shelter) {
          this.saved = null;
          this.editing = { record: shelter, key: shelter ? shelter.id : 'new-' + Date.now() };
        },
        async done(shelter) {
          this.editing = null;
          this.saved = shelter.name;
          await this.load();
        },
        indent(a) {
          return ({ TOWN: '\u3000', VILLAGE: '\u3000\u3000' }[a.level] || '') + a.shortName;
        },
        areaName(code) {
          const a = this.areas.find(x => x.code === code);
          return a ? a.shortName : code;
        },
        type(code) { return label(TYPES, code); },
        status(code) { return label(STATUSES, code); }
      }
    }
  });

  A.register({
    path: '/resources/nearest', group: 'resources', title: ['就近调用', 'Nearest available'], order: 20,
    component: {
      props: ['params', 'query'],
      data() {
        return { lon: '105.7434', lat: '30.2190', k: 5, minFree: 1, hits: null, problem: null };
      },
      template: `<div>
        <div class="toolbar">
          <label>{{ $t('经度', 'Longitude') }} <input id="nearest-lon" v-model="lon" inputmode="decimal" size="10"></label>
          <label>{{ $t('纬度', 'Latitude') }} <input id="nearest-lat" v-model="lat" inputmode="decimal" size="10"></label>
          <label>k <input id="nearest-k" v-model.number="k" type="number" min="1" max="50" style="width:4em"></label>
          <label>{{ $t('最少空余', 'Min. free') }} <input id="nearest-min-free" v-model.number="minFree" type="number" min="0" style="width:5em"></label>
          <button id="nearest-search" class="btn btn-primary" @click="search">{{ $t('查询避难场所', 'Find shelters') }}</button>
        </div>
        <problem-box :problem="problem"></problem-box>
        <div v-if="hits" class="table-wrap"><table id="nearest-table" class="table">
          <thead><tr><th>{{ $t('名称', 'Name') }}</th><th>{{ $t('直线距离', 'Distance') }}</th><th>{{ $t('空余', 'Free') }}</th></tr></thead>
          <tbody><tr v-for="h in hits" :key="h.id"><td>{{ h.name }}</td><td>{{ (h.distanceMetres / 1000).toFixed(2) }} km</td><td>{{ h.free }}</td></tr></tbody>
        </table></div>
      </div>`,
      methods: {
        async search() {
          this.problem = null;
          try {
            this.hits = await A.api.get('/api/v1/nearest', { lon: this.lon, lat: this.lat, kind: 'shelter', k: this.k, minFree: this.minFree });
          } catch (e) {
            this.hits = null;
            this.problem = e.problem || { detail: e.message };
          }
        }
      }
    }
  });
})();
