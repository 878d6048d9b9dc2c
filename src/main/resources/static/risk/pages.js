/*
 * Risk pages (风险): enterprises with their major hazard sources and assessments (四色 badge),
 * hazard-bearing bodies, the calculators, and two layers on 一张图. Plain Vue 3 registered with the shell.
 */
(function () {
  'use strict';
  const A = window.Anlan;

  const INDUSTRIES = {
    HAZARDOUS_CHEMICALS: ['危险化学品', 'Hazardous chemicals'], NON_COAL_MINE: ['非煤矿山', 'Non-coal mine'],
    INDUSTRY_TRADE: ['工贸', 'Industry & trade'], OIL_GAS: ['油气', 'Oil & gas'], CONSTRUCTION: ['建设施工', 'Construction'],
    FIREWORKS: ['烟花爆竹', 'Fireworks'], OTHER: ['其他', 'Other']
  };
  const STATUSES = { OPERATING: ['在营', 'Operating'], SUSPENDED: ['停产', 'Suspended'], CLOSED: ['关闭', 'Closed'] };
  const KINDS = {
    SCHOOL: ['学校', 'School'], HOSPITAL: ['医院', 'Hospital'], NURSING_HOME: ['养老院', 'Nursing home'],
    RESERVOIR: ['水库', 'Reservoir'], BRIDGE: ['桥梁', 'Bridge'], MARKET: ['集贸市场', 'Market'], STATION: ['车站', 'Station'],
    OTHER: ['其他', 'Other']
  };
  const COLOURS = {
    RED: ['红', 'red', '#c0392b'], ORANGE: ['橙', 'orange', '#e67e22'], YELLOW: ['黄', 'yellow', '#f1c40f'],
    BLUE: ['蓝', 'blue', '#2e86c1']
  };
  const label = (map, code) => (map[code] ? A.t(map[code][0], map[code][1]) : (code || ''));
  const esc = (v) => String(v == null ? '' : v).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const blank = (v) => (v == null || String(v).trim() === '' ? null : v);
  const fail = (vm, e) => { vm.problem = e.problem || { detail: e.message }; };

  const colourBadge = {
    props: ['colour'],
    template: `<span v-if="colour" class="badge risk-colour" :data-colour="colour"
      :style="{ background: hex(), color: colour === 'YELLOW' ? '#333' : '#fff' }">{{ name() }}</span>
      <span v-else class="muted">—</span>`,
    methods: {
      hex() { return COLOURS[this.colour] ? COLOURS[this.colour][2] : '#999'; },
      name() { return label(COLOURS, this.colour); }
    }
  };

  function emptyEnterprise() {
    return { name: '', creditCode: '', industry: 'HAZARDOUS_CHEMICALS', address: '', lon: '', lat: '', areaCode: A.me.scope || '',
      responsiblePersonId: null, legalRepresentative: '', employees: null, status: 'OPERATING', version: null };
  }

  A.register({
    path: '/risk/enterprises', group: 'risk', title: ['企业', 'Enterprises'], order: 10,
    component: {
      props: ['params', 'query'], components: { 'colour-badge': colourBadge },
      data() { return { areas: [], area: '', industry: '', list: [], problem: null, edit: null, progress: null }; },
      template: `<div>
        <div class="toolbar">
          <area-select id="enterprises-area" v-model="area" :areas="areas" :blank="$t('全部（我的辖区）', 'All (my area)')" @update:modelValue="load"></area-select>
          <select id="enterprises-industry" v-model="industry" @change="load"><option value="">{{ $t('全部行业', 'All industries') }}</option>
            <option v-for="(n, c) in INDUSTRIES" :key="c" :value="c">{{ $t(n[0], n[1]) }}</option></select>
          <button v-if="A.me.mayChange" id="enterprise-new" class="btn btn-primary" @click="edit = emptyEnterprise()">{{ $t('新建企业', 'New enterprise') }}</button>
          <a class="btn" :href="A.api.href('/api/v1/enterprises/export.xlsx', area ? { area } : {})">{{ $t('导出 Excel', 'Export Excel') }}</a>
          <a class="btn" :href="A.api.href('/api/v1/enterprises/template.xlsx', {})">{{ $t('导入模板', 'Import template') }}</a>
          <label v-if="A.me.mayChange" class="btn">{{ $t('导入 Excel', 'Import Excel') }}<input id="enterprises-import" type="file" accept=".xlsx" hidden @change="upload"></label>
          <import-progress :progress="progress"></import-progress>
        </div>
        <problem-box :problem="problem"></problem-box>
        <enterprise-form v-if="edit" :value="edit" :areas="areas" @saved="edit = null; load()" @cancel="edit = null"></enterprise-form>
        <div class="table-wrap"><table id="enterprises-table" class="table">
          <thead><tr><th>{{ $t('企业名称', 'Name') }}</th><th>{{ $t('风险', 'Risk') }}</th><th>{{ $t('行业', 'Industry') }}</th>
            <th class="hide-phone">{{ $t('统一社会信用代码', 'Credit code') }}</th><th class="hide-phone">{{ $t('区域', 'Area') }}</th></tr></thead>
          <tbody><tr v-for="e in list" :key="e.id">
            <td><a :href="'#/risk/enterprises/' + e.id">{{ e.name }}</a></td><td><colour-badge :colour="e.colour"></colour-badge></td>
            <td>{{ label(INDUSTRIES, e.industry) }}</td><td class="hide-phone"><code>{{ e.creditCode }}</code></td>
            <td class="hide-phone">{{ areaName(e.areaCode) }}</td></tr>
            <tr v-if="list.length === 0"><td colspan="5" class="muted">{{ $t('没有企业', 'No enterprises') }}</td></tr></tbody>
        </table></div>
      </div>`,
      async created() {
        this.A = A; this.INDUSTRIES = INDUSTRIES; this.label = label; this.emptyEnterprise = emptyEnterprise;
        try { this.areas = await A.api.get('/api/v1/areas', { flat: true }); } catch (e) { fail(this, e); }
        await this.load();
      },
      methods: {
        async load() {
          this.problem = null;
          try {
            this.list = await A.api.get('/api/v1/enterprises', { area: this.area || undefined, industry: this.industry || undefined });
          } catch (e) { fail(this, e); }
        },
        async upload(event) {
          const form = new FormData();
          form.append('file', event.target.files[0]);
          event.target.value = '';
          this.problem = null;
          try { await A.api.upload('/api/v1/enterprises/import', form, (p) => { this.progress = p; }); await this.load(); } catch (e) { fail(this, e); }
        },
        areaName(code) { const a = this.areas.find(x => x.code === code); return a ? a.shortName : code; }
      }
    }
  });

  const enterpriseForm = {
    props: ['value', 'areas'], emits: ['saved', 'cancel'],
    data() { return { e: Object.assign({}, this.value), problem: null, busy: false }; },
    template: `<div id="enterprise-form" class="card">
      <h3>{{ e.id ? $t('修改企业', 'Edit enterprise') : $t('新建企业', 'New enterprise') }}</h3>
      <div class="form-grid">
        <label for="enterprise-name">{{ $t('企业名称', 'Name') }} *</label><input id="enterprise-name" v-model="e.name" maxlength="100">
        <label for="enterprise-code">{{ $t('统一社会信用代码', 'Credit code') }} *</label><input id="enterprise-code" v-model="e.creditCode" maxlength="18">
        <label for="enterprise-industry">{{ $t('行业', 'Industry') }} *</label>
        <select id="enterprise-industry" v-model="e.industry"><option v-for="(n, c) in INDUSTRIES" :key="c" :value="c">{{ $t(n[0], n[1]) }}</option></select>
        <label for="enterprise-area">{{ $t('所属区域', 'Area') }} *</label><area-select id="enterprise-area" v-model="e.areaCode" :areas="areas" blank=" "></area-select>
        <label for="enterprise-lon">{{ $t('经度', 'Longitude') }} *</label><input id="enterprise-lon" v-model="e.lon" inputmode="decimal">
        <label for="enterprise-lat">{{ $t('纬度', 'Latitude') }} *</label><input id="enterprise-lat" v-model="e.lat" inputmode="decimal">
        <label for="enterprise-address">{{ $t('地址', 'Address') }}</label><input id="enterprise-address" v-model="e.address" maxlength="200">
        <label for="enterprise-legal">{{ $t('法定代表人', 'Legal representative') }}</label><input id="enterprise-legal" v-model="e.legalRepresentative" maxlength="50">
        <label for="enterprise-person">{{ $t('安全负责人（人员编号）', 'Responsible person (id)') }}</label><input id="enterprise-person" v-model="e.responsiblePersonId" inputmode="numeric">
        <label for="enterprise-employees">{{ $t('从业人数', 'Employees') }}</label><input id="enterprise-employees" v-model="e.employees" type="number" min="0">
        <label for="enterprise-status">{{ $t('状态', 'Status') }} *</label>
        <select id="enterprise-status" v-model="e.status"><option v-for="(n, c) in STATUSES" :key="c" :value="c">{{ $t(n[0], n[1]) }}</option></select>
      </div>
      <problem-box :problem="problem"></problem-box>
      <div class="toolbar"><button id="enterprise-save" class="btn btn-primary" :disabled="busy" @click="save">{{ $t('保存', 'Save') }}</button>
        <button class="btn" @click="$emit('cancel')">{{ $t('取消', 'Cancel') }}</button></div>
    </div>`,
    created() { this.INDUSTRIES = INDUSTRIES; this.STATUSES = STATUSES; },
    methods: {
      async save() {
        const b = Object.assign({}, this.e);
        ['address', 'legalRepresentative', 'responsiblePersonId', 'employees'].forEach(k => { b[k] = blank(b[k]); });
        b.lon = blank(b.lon) == null ? null : Number(b.lon);
        b.lat = blank(b.lat) == null ? null : Number(b.lat);
        this.busy = true; this.problem = null;
        try {
          const saved = b.id ? await A.api.put('/api/v1/enterprises/' + b.id, b) : await A.api.post('/api/v1/enterprises', b);
          this.$emit('saved', saved);
        } catch (e) { fail(this, e); } finally { this.busy = false; }
      }
    }
  };

  A.register({
    path: '/risk/enterprises/:id', group: 'risk', title: ['企业详情', 'Enterprise'], hidden: true,
    component: {
      props: ['params', 'query'], components: { 'colour-badge': colourBadge, 'enterprise-form': enterpriseForm },
      data() {
        return { e: null, sources: [], assessments: [], areas: [], problem: null, editing: false,
          src: { name: '', unit: '', exposedPopulation: 0, lines: '液氯,7782-50-5,10,' },
          ass: { method: 'LEC', l: 6, e: 6, c: 7, s: 3, note: '' } };
      },
      template: `<div>
        <problem-box :problem="problem"></problem-box>
        <div v-if="e" id="enterprise-detail" class="card">
          <h2>{{ e.name }} <colour-badge :colour="e.colour"></colour-badge></h2>
          <p><code>{{ e.creditCode }}</code> · {{ label(INDUSTRIES, e.industry) }} · {{ label(STATUSES, e.status) }} · {{ e.address }}</p>
          <p class="muted">{{ $t('法定代表人', 'Legal representative') }} {{ e.legalRepresentative || '—' }} · {{ $t('从业人数', 'Employees') }} {{ e.employees == null ? '—' : e.employees }}
            · {{ e.lon.toFixed(5) }}, {{ e.lat.toFixed(5) }} · {{ $t('评估颜色', 'Assessed colour') }} <colour-badge :colour="e.assessedColour"></colour-badge></p>
          <div class="toolbar" v-if="A.me.mayChange"><button id="enterprise-edit" class="btn" @click="editing = true">{{ $t('修改', 'Edit') }}</button>
            <button class="btn btn-danger" @click="remove">{{ $t('删除', 'Delete') }}</button></div>
        </div>
        <enterprise-form v-if="editing && e" :value="e" :areas="areas" @saved="editing = false; load()" @cancel="editing = false"></enterprise-form>
        <div class="card"><h3>{{ $t('重大危险源', 'Major hazard sources') }}</h3>
          <div class="table-wrap"><table id="sources-table" class="table"><thead><tr><th>{{ $t('名称', 'Name') }}</th><th>{{ $t('级别', 'Grade') }}</th>
            <th>S</th><th>R</th><th class="hide-phone">{{ $t('物质', 'Substances') }}</th></tr></thead>
            <tbody><tr v-for="s in sources" :key="s.id"><td>{{ s.name }}</td><td>{{ $t(s.grade.zh, s.grade.en) }}</td><td>{{ s.s }}</td><td>{{ s.r }}</td>
              <td class="hide-phone">{{ s.substances.map(x => x.name + ' ' + x.quantityTonnes + ' t').join('; ') }}</td></tr>
              <tr v-if="sources.length === 0"><td colspan="5" class="muted">{{ $t('无', 'None') }}</td></tr></tbody></table></div>
          <div v-if="A.me.mayChange" class="form-grid">
            <label>{{ $t('名称', 'Name') }}</label><input id="source-name" v-model="src.name" maxlength="100">
            <label>{{ $t('单元', 'Unit') }}</label><input v-model="src.unit" maxlength="100">
            <label>{{ $t('500 m 内暴露人数', 'People exposed within 500 m') }}</label><input v-model.number="src.exposedPopulation" type="number" min="0">
            <label>{{ $t('物质（每行：名称,CAS,吨,类别…）', 'Substances (one a line: name,CAS,t,classes…)') }}</label><textarea id="source-lines" v-model="src.lines"></textarea>
          </div>
          <button v-if="A.me.mayChange" id="source-save" class="btn btn-primary" @click="addSource">{{ $t('辨识分级并保存', 'Grade and save') }}</button>
        </div>
        <div class="card"><h3>{{ $t('风险评估', 'Assessments') }}</h3>
          <div class="table-wrap"><table id="assessments-table" class="table"><thead><tr><th>{{ $t('时间', 'When') }}</th><th>{{ $t('方法', 'Method') }}</th>
            <th>{{ $t('输入', 'Inputs') }}</th><th>{{ $t('分值', 'Score') }}</th><th>{{ $t('颜色', 'Colour') }}</th><th class="hide-phone">{{ $t('评估人', 'By') }}</th></tr></thead>
            <tbody><tr v-for="a in assessments" :key="a.id"><td>{{ A.formatTime ? A.formatTime(a.assessedAt) : a.assessedAt }}</td><td>{{ a.method }}</td><td>{{ a.inputs }}</td>
              <td>{{ a.score }}</td><td><colour-badge :colour="a.colour"></colour-badge></td><td class="hide-phone">{{ a.assessedBy }}</td></tr>
              <tr v-if="assessments.length === 0"><td colspan="6" class="muted">{{ $t('无', 'None') }}</td></tr></tbody></table></div>
          <div v-if="A.me.mayChange" class="toolbar">
            <select id="assessment-method" v-model="ass.method"><option value="LEC">LEC</option><option value="MATRIX">{{ $t('风险矩阵', 'Matrix') }}</option></select>
            <label>L <input v-model.number="ass.l" type="number" step="any" style="width:5em"></label>
            <label v-if="ass.method === 'LEC'">E <input v-model.number="ass.e" type="number" step="any" style="width:5em"></label>
            <label v-if="ass.method === 'LEC'">C <input v-model.number="ass.c" type="number" step="any" style="width:5em"></label>
            <label v-if="ass.method === 'MATRIX'">S <input v-model.number="ass.s" type="number" style="width:5em"></label>
            <button id="assessment-save" class="btn btn-primary" @click="assess">{{ $t('评估', 'Assess') }}</button>
          </div>
        </div>
      </div>`,
      async created() {
        this.A = A; this.INDUSTRIES = INDUSTRIES; this.STATUSES = STATUSES; this.label = label;
        await this.load();
        try { this.areas = await A.api.get('/api/v1/areas', { flat: true }); } catch (e) { /* the form falls back to codes */ }
      },
      methods: {
        base() { return '/api/v1/enterprises/' + encodeURIComponent(this.params.id); },
        async load() {
          try {
            [this.e, this.sources, this.assessments] = await Promise.all([A.api.get(this.base()),
              A.api.get(this.base() + '/hazard-sources'), A.api.get(this.base() + '/assessments')]);
          } catch (e) { fail(this, e); }
        },
        async addSource() {
          this.problem = null;
          const substances = this.src.lines.split('\n').map(l => l.trim()).filter(Boolean).map(l => {
            const [name, cas, q, ...classes] = l.split(/[,，]/).map(x => x.trim());
            return { name, cas: blank(cas), quantityTonnes: Number(q), hazardClasses: classes.filter(Boolean) };
          });
          try {
            await A.api.post(this.base() + '/hazard-sources', { name: this.src.name, unit: blank(this.src.unit),
              exposedPopulation: this.src.exposedPopulation, substances });
            await this.load();
          } catch (e) { fail(this, e); }
        },
        async assess() {
          this.problem = null;
          const a = this.ass;
          const body = a.method === 'LEC' ? { method: 'LEC', l: a.l, e: a.e, c: a.c } : { method: 'MATRIX', l: a.l, s: a.s };
          try { await A.api.post(this.base() + '/assessments', body); await this.load(); } catch (e) { fail(this, e); }
        },
        async remove() {
          if (!window.confirm(A.t('删除该企业？', 'Delete this enterprise?'))) return;
          try { await A.api.del(this.base()); A.navigate('/risk/enterprises'); } catch (e) { fail(this, e); }
        }
      }
    }
  });

  A.register({
    path: '/risk/bodies', group: 'risk', title: ['承灾体', 'Hazard-bearing bodies'], order: 20,
    component: {
      props: ['params', 'query'],
      data() { return { areas: [], area: '', kind: '', list: [], problem: null, edit: null, progress: null }; },
      template: `<div>
        <div class="toolbar">
          <area-select id="bodies-area" v-model="area" :areas="areas" :blank="$t('全部（我的辖区）', 'All (my area)')" @update:modelValue="load"></area-select>
          <select id="bodies-kind" v-model="kind" @change="load"><option value="">{{ $t('全部类型', 'All kinds') }}</option>
            <option v-for="(n, c) in KINDS" :key="c" :value="c">{{ $t(n[0], n[1]) }}</option></select>
          <button v-if="A.me.mayChange" id="body-new" class="btn btn-primary" @click="start(null)">{{ $t('新建承灾体', 'New body') }}</button>
          <a class="btn" :href="A.api.href('/api/v1/hazard-bearing-bodies/export.xlsx', area ? { area } : {})">{{ $t('导出 Excel', 'Export Excel') }}</a>
          <a class="btn" :href="A.api.href('/api/v1/hazard-bearing-bodies/template.xlsx', {})">{{ $t('导入模板', 'Import template') }}</a>
          <label v-if="A.me.mayChange" class="btn">{{ $t('导入 Excel', 'Import Excel') }}<input id="bodies-import" type="file" accept=".xlsx" hidden @change="upload"></label>
          <import-progress :progress="progress"></import-progress>
        </div>
        <problem-box :problem="problem"></problem-box>
        <div v-if="edit" id="body-form" class="card"><div class="form-grid">
          <label>{{ $t('名称', 'Name') }} *</label><input id="body-name" v-model="edit.name" maxlength="100">
          <label>{{ $t('类型', 'Kind') }} *</label><select v-model="edit.kind"><option v-for="(n, c) in KINDS" :key="c" :value="c">{{ $t(n[0], n[1]) }}</option></select>
          <label>{{ $t('所属区域', 'Area') }} *</label><area-select v-model="edit.areaCode" :areas="areas" blank=" "></area-select>
          <label>{{ $t('经度', 'Longitude') }} *</label><input v-model="edit.lon" inputmode="decimal">
          <label>{{ $t('纬度', 'Latitude') }} *</label><input v-model="edit.lat" inputmode="decimal">
          <label>{{ $t('容纳/人数', 'People') }}</label><input v-model="edit.people" type="number" min="0">
          <label>{{ $t('责任人（人员编号）', 'Responsible person (id)') }}</label><input v-model="edit.responsiblePersonId" inputmode="numeric">
          <label>{{ $t('备注', 'Note') }}</label><textarea v-model="edit.note" maxlength="500"></textarea></div>
          <div class="toolbar"><button id="body-save" class="btn btn-primary" @click="save">{{ $t('保存', 'Save') }}</button>
            <button class="btn" @click="edit = null">{{ $t('取消', 'Cancel') }}</button></div></div>
        <div class="table-wrap"><table id="bodies-table" class="table">
          <thead><tr><th>{{ $t('名称', 'Name') }}</th><th>{{ $t('类型', 'Kind') }}</th><th>{{ $t('人数', 'People') }}</th>
            <th class="hide-phone">{{ $t('区域', 'Area') }}</th><th></th></tr></thead>
          <tbody><tr v-for="b in list" :key="b.id"><td>{{ b.name }}</td><td>{{ label(KINDS, b.kind) }}</td><td>{{ b.people }}</td>
            <td class="hide-phone">{{ areaName(b.areaCode) }}</td>
            <td><template v-if="A.me.mayChange"><button class="btn" @click="start(b)">{{ $t('修改', 'Edit') }}</button>
              <button class="btn btn-danger" @click="remove(b)">{{ $t('删除', 'Delete') }}</button></template></td></tr>
            <tr v-if="list.length === 0"><td colspan="5" class="muted">{{ $t('没有承灾体', 'No bodies') }}</td></tr></tbody>
        </table></div>
      </div>`,
      async created() {
        this.A = A; this.KINDS = KINDS; this.label = label;
        try { this.areas = await A.api.get('/api/v1/areas', { flat: true }); } catch (e) { fail(this, e); }
        await this.load();
      },
      methods: {
        async load() {
          this.problem = null;
          try { this.list = await A.api.get('/api/v1/hazard-bearing-bodies', { area: this.area || undefined, kind: this.kind || undefined }); } catch (e) { fail(this, e); }
        },
        start(b) {
          this.edit = b ? Object.assign({}, b) : { name: '', kind: 'SCHOOL', areaCode: A.me.scope || '', lon: '', lat: '', people: null, responsiblePersonId: null, note: '' };
        },
        async save() {
          const b = Object.assign({}, this.edit);
          ['people', 'responsiblePersonId', 'note'].forEach(k => { b[k] = blank(b[k]); });
          b.lon = Number(b.lon); b.lat = Number(b.lat);
          this.problem = null;
          try {
            if (b.id) await A.api.put('/api/v1/hazard-bearing-bodies/' + b.id, b); else await A.api.post('/api/v1/hazard-bearing-bodies', b);
            this.edit = null; await this.load();
          } catch (e) { fail(this, e); }
        },
        async remove(b) {
          if (!window.confirm(A.t('删除 ', 'Delete ') + b.name + '?')) return;
          try { await A.api.del('/api/v1/hazard-bearing-bodies/' + b.id); await this.load(); } catch (e) { fail(this, e); }
        },
        async upload(event) {
          const form = new FormData();
          form.append('file', event.target.files[0]);
          event.target.value = '';
          this.problem = null;
          try { await A.api.upload('/api/v1/hazard-bearing-bodies/import', form, (p) => { this.progress = p; }); await this.load(); } catch (e) { fail(this, e); }
        },
        areaName(code) { const a = this.areas.find(x => x.code === code); return a ? a.shortName : code; }
      }
    }
  });

  A.register({
    path: '/risk/calculators', group: 'risk', title: ['风险计算器', 'Calculators'], order: 30,
    component: {
      props: ['params', 'query'], components: { 'colour-badge': colourBadge },
      data() {
        return { lines: '液氯,7782-50-5,10,\n汽油,86290-81-5,100,W5.1', people: 120, gb: null,
          lec: { l: 6, e: 6, c: 7 }, lecOut: null, m: { l: 3, s: 4 }, mOut: null, problem: null };
      },
      template: `<div>
        <problem-box :problem="problem"></problem-box>
        <div class="card"><h3>GB 18218-2018 {{ $t('重大危险源辨识与分级', 'major hazard identification and grading') }}</h3>
          <div class="form-grid"><label>{{ $t('物质（每行：名称,CAS,吨,类别…）', 'Substances (one a line: name,CAS,t,classes…)') }}</label><textarea id="calc-gb-lines" v-model="lines" rows="4"></textarea>
            <label>{{ $t('500 m 内暴露人数', 'People exposed within 500 m') }}</label><input id="calc-gb-people" v-model.number="people" type="number" min="0"></div>
          <button id="calc-gb" class="btn btn-primary" @click="grade">{{ $t('计算', 'Calculate') }}</button>
          <p v-if="gb" id="calc-gb-result">S = {{ gb.s }} · {{ gb.identified ? $t('构成重大危险源', 'major hazard source') : $t('不构成重大危险源', 'not a major hazard source') }}
            <template v-if="gb.identified"> · α = {{ gb.alpha }} · R = {{ gb.r }} · <strong>{{ $t(gb.grade.zh, gb.grade.en) }}</strong></template></p></div>
        <div class="card"><h3>LEC</h3><div class="toolbar">
          <label>L <input id="calc-lec-l" v-model.number="lec.l" type="number" step="any" style="width:5em"></label>
          <label>E <input v-model.number="lec.e" type="number" step="any" style="width:5em"></label>
          <label>C <input v-model.number="lec.c" type="number" step="any" style="width:5em"></label>
          <button id="calc-lec" class="btn btn-primary" @click="scoreLec">{{ $t('计算', 'Calculate') }}</button></div>
          <p v-if="lecOut" id="calc-lec-result">D = {{ lecOut.d }} · {{ $t(lecOut.band.zh, lecOut.band.en) }} · <colour-badge :colour="lecOut.colour.code"></colour-badge></p></div>
        <div class="card"><h3>{{ $t('风险矩阵', 'Risk matrix') }} L × S</h3><div class="toolbar">
          <label>L <input v-model.number="m.l" type="number" min="1" max="5" style="width:4em"></label>
          <label>S <input v-model.number="m.s" type="number" min="1" max="5" style="width:4em"></label>
          <button id="calc-matrix" class="btn btn-primary" @click="scoreMatrix">{{ $t('计算', 'Calculate') }}</button></div>
          <p v-if="mOut" id="calc-matrix-result">{{ mOut.product }} · <colour-badge :colour="mOut.colour.code"></colour-badge></p></div>
      </div>`,
      methods: {
        async grade() {
          this.problem = null;
          const substances = this.lines.split('\n').map(l => l.trim()).filter(Boolean).map(l => {
            const [name, cas, q, ...classes] = l.split(/[,，]/).map(x => x.trim());
            return { name, cas: blank(cas), quantityTonnes: Number(q), hazardClasses: classes.filter(Boolean) };
          });
          try { this.gb = await A.api.post('/api/v1/risk/gb18218', { substances, exposedPopulation: this.people }); } catch (e) { this.gb = null; fail(this, e); }
        },
        async scoreLec() {
          this.problem = null;
          try { this.lecOut = await A.api.post('/api/v1/risk/lec', this.lec); } catch (e) { this.lecOut = null; fail(this, e); }
        },
        async scoreMatrix() {
          this.problem = null;
          try { this.mOut = await A.api.post('/api/v1/risk/matrix', this.m); } catch (e) { this.mOut = null; fail(this, e); }
        }
      }
    }
  });

  A.registerMapLayer({
    id: 'enterprises', order: 50, title: ['企业（四色）', 'Enterprises (risk colour)'],
    load: async (map, options) => {
      const data = await A.api.get('/api/v1/risk/layers/enterprises.geojson', { area: (options || {}).area });
      const group = L.layerGroup();
      data.features.forEach((f) => {
        const p = f.properties;
        const [lon, lat] = f.geometry.coordinates;
        const hex = COLOURS[p.colour] ? COLOURS[p.colour][2] : '#7f8c8d';
        L.circleMarker([lat, lon], { radius: 6, color: '#333', weight: 1, fillColor: hex, fillOpacity: 0.9, className: 'risk-enterprise' })
          .bindPopup(`<strong>${esc(p.name)}</strong><br>${esc(label(INDUSTRIES, p.kind))} · ${esc(p.colour ? label(COLOURS, p.colour) : A.t('未评估', 'not assessed'))}`
            + (p.grade ? `<br>${A.t('重大危险源', 'Major hazard source')} ${esc(p.grade)}${A.t('级', '')}` : '')
            + `<br><a href="#/risk/enterprises/${encodeURIComponent(p.id)}">${A.t('查看企业', 'Open the enterprise')} &rarr;</a>`)
          .addTo(group);
      });
      return group;
    }
  });

  A.registerMapLayer({
    id: 'hazard-bearing-bodies', order: 60, title: ['承灾体', 'Hazard-bearing bodies'],
    load: async (map, options) => {
      const data = await A.api.get('/api/v1/risk/layers/hazard-bearing-bodies.geojson', { area: (options || {}).area });
      const group = L.layerGroup();
      data.features.forEach((f) => {
        const p = f.properties;
        const [lon, lat] = f.geometry.coordinates;
        L.circleMarker([lat, lon], { radius: 4, color: '#5c3d8a', weight: 2, fillColor: '#fff', fillOpacity: 1, className: 'risk-body' })
          .bindPopup(`<strong>${esc(p.name)}</strong><br>${esc(label(KINDS, p.kind))} · ${A.t('人数', 'people')} ${esc(p.people)}`)
          .addTo(group);
      });
      return group;
    }
  });
})();
