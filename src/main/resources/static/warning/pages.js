/*
 * 预警 (warnings): the list (#/warning/warnings, status filter), one warning (#/warning/warnings/:id, every
 * field, the lifecycle buttons its status and the user's rights allow, the CAP download), the draft form
 * (#/warning/warnings/new, /:id/edit — for an issued warning the same form sends 更新) and the CAP 1.2
 * upload (#/warning/cap, the schema errors of a 422 listed by line and column).
 */
(function () {
  'use strict';
  const A = window.Anlan;
  if (!A) return;

  const TYPES = {
    RAINSTORM: ['暴雨', 'Rainstorm'], FLASH_FLOOD: ['山洪', 'Flash flood'], GEOLOGICAL: ['地质灾害', 'Geological hazard'],
    FOREST_FIRE: ['森林火险', 'Forest fire danger'], WEATHER: ['气象', 'Weather'], WORK_SAFETY: ['安全生产', 'Work safety'],
    OTHER: ['其他', 'Other'],
  };
  const LEVELS = {
    BLUE: { colour: '#1e6fd9', name: ['蓝色', 'Blue'] }, YELLOW: { colour: '#e0b000', name: ['黄色', 'Yellow'] },
    ORANGE: { colour: '#f07800', name: ['橙色', 'Orange'] }, RED: { colour: '#d0191c', name: ['红色', 'Red'] },
  };
  const STATUS = {
    DRAFT: ['草稿', 'Draft'], AWAITING_APPROVAL: ['待审批', 'Awaiting approval'], ISSUED: ['已发布', 'Issued'],
    UPDATED: ['已更新', 'Updated'], LIFTED: ['已解除', 'Lifted'], EXPIRED: ['已过期', 'Expired'], EXTERNAL: ['外部预警', 'External'],
    DISCARDED: ['已作废', 'Discarded'],
  };
  const SOURCES = { ALARM: ['监测告警', 'Alarm'], MANUAL: ['人工', 'Manual'], CAP: ['CAP 导入', 'CAP import'] };
  const MEASURES = {
    CUT_OFF: ['断', 'Cut off'], BAN: ['禁', 'No entry'], STOP: ['停', 'Stop work/school'], EVACUATE: ['撤', 'Evacuate'],
    DISPERSE: ['疏', 'Disperse'],
  };
  const pair = (map, code) => (map[code] ? A.t(map[code][0], map[code][1]) : code || '');

  let policy = null;
  /** The approval policy (level → roles), fetched once. */
  async function approval() {
    if (!policy) policy = await A.api.get('/api/v1/warnings/approval');
    return policy;
  }
  const mayApprove = (pol, level) => !!pol && (pol[level || 'BLUE'] || []).some((r) => A.hasRole(r));

  let areaNames = null;
  async function names() {
    if (!areaNames) {
      areaNames = {};
      try { (await A.areas()).forEach((a) => { areaNames[a.code] = a.name; }); } catch (e) { /* codes then */ }
    }
    return areaNames;
  }

  /** ISO instant → the value of an <input type="datetime-local"> in local time, and back. */
  function toLocal(iso) {
    if (!iso) return '';
    const d = new Date(iso);
    const p = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
  }
  const fromLocal = (v) => (v ? new Date(v).toISOString() : null);

  A.component('warning-level', {
    props: { level: { type: String, default: null } },
    computed: {
      name() { return this.level ? pair({ [this.level]: LEVELS[this.level].name }, this.level) : A.t('未定级', 'No level'); },
      style() {
        const l = LEVELS[this.level];
        return l ? { background: l.colour, color: this.level === 'YELLOW' ? '#2b2300' : '#fff' } : {};
      },
    },
    template: `<span class="badge warning-level" :data-level="level || 'NONE'" :style="style">{{ name }}</span>`,
  });

  const WarningList = {
    props: ['params', 'query'],
    data: () => ({ warnings: [], status: '', problem: null, names: {}, STATUS }),
    computed: { mayChange() { return !!A.me.mayChange; } },
    template: `<div>
      <h1>{{ $t('预警', 'Warnings') }}</h1>
      <div class="toolbar">
        <label>{{ $t('状态', 'Status') }} <select id="warning-status" v-model="status" @change="load">
          <option value="">{{ $t('全部', 'All') }}</option>
          <option v-for="(l, code) in STATUS" :key="code" :value="code">{{ $t(l[0], l[1]) }}</option></select></label>
        <a v-if="mayChange" id="warning-new" class="btn btn-primary" href="#/warning/warnings/new">{{ $t('新建预警', 'New warning') }}</a>
        <a v-if="mayChange" id="warning-cap-import" class="btn" href="#/warning/cap">{{ $t('导入 CAP', 'Import CAP') }}</a>
      </div>
      <problem-box :problem="problem"></problem-box>
      <div class="table-wrap"><table class="table" id="warning-table">
        <thead><tr><th>{{ $t('标题', 'Title') }}</th><th>{{ $t('级别', 'Level') }}</th><th class="hide-phone">{{ $t('类型', 'Type') }}</th>
          <th>{{ $t('状态', 'Status') }}</th><th class="hide-phone">{{ $t('来源', 'Source') }}</th><th class="hide-phone">{{ $t('区域', 'Areas') }}</th>
          <th class="hide-phone">{{ $t('生效 — 失效', 'Effective — expires') }}</th></tr></thead>
        <tbody><tr v-for="w in warnings" :key="w.id" :data-warning="w.id" :data-status="w.status">
          <td><a :href="'#/warning/warnings/' + w.id">{{ w.title }}</a></td>
          <td><warning-level :level="w.level"></warning-level></td>
          <td class="hide-phone">{{ label(TYPES, w.type) }}</td>
          <td class="warning-status">{{ label(STATUS, w.status) }}</td>
          <td class="hide-phone"><span class="badge source">{{ label(SOURCES, w.source) }}</span></td>
          <td class="hide-phone">{{ areas(w) }}</td>
          <td class="hide-phone small">{{ A.formatTime(w.effective) }} — {{ A.formatTime(w.expires) }}</td></tr>
          <tr v-if="!warnings.length"><td colspan="7" class="muted">{{ $t('没有预警。', 'No warnings.') }}</td></tr></tbody>
      </table></div>
    </div>`,
    async created() {
      this.A = A;
      this.TYPES = TYPES;
      this.SOURCES = SOURCES;
      this.names = await names();
      await this.load();
    },
    methods: {
      label: pair,
      areas(w) { return w.areaCodes.length ? w.areaCodes.map((c) => this.names[c] || c).join('、') : (w.polygon.length ? A.t('绘制区域', 'drawn area') : ''); },
      async load() {
        this.problem = null;
        try { this.warnings = await A.api.get('/api/v1/warnings', { status: this.status }); } catch (e) { this.problem = e.problem; }
      },
    },
  };

  const WarningPage = {
    mixins: [A.formMixin],
    props: ['params', 'query'],
    data: () => ({ w: null, policy: null, names: {}, reason: '', discardReason: '' }),
    computed: {
      id() { return this.params.id; },
      approver() { return this.w && mayApprove(this.policy, this.w.level); },
      live() { return this.w && (this.w.status === 'ISSUED' || this.w.status === 'UPDATED'); },
    },
    template: `<div>
      <p><a href="#/warning/warnings">← {{ $t('预警列表', 'Warnings') }}</a></p>
      <problem-box :problem="formProblem" @reload="load"></problem-box>
      <div v-if="w" class="card" id="warning-page" :data-status="w.status">
        <h1>{{ w.title }} <warning-level :level="w.level"></warning-level></h1>
        <p><strong id="warning-status-label">{{ label(STATUS, w.status) }}</strong> · {{ label(TYPES, w.type) }} ·
          <span class="badge source">{{ label(SOURCES, w.source) }}</span>
          <span v-if="w.sourceRef" class="muted small"> {{ w.sourceRef }}</span></p>
        <div class="toolbar">
          <template v-if="w.status === 'DRAFT' && mayChange">
            <a id="warning-edit" class="btn" :href="'#/warning/warnings/' + w.id + '/edit'">{{ $t('修改', 'Edit') }}</a>
            <button id="warning-submit" class="btn btn-primary" :disabled="busy" @click="act('submit')">{{ $t('提交审批', 'Submit for approval') }}</button>
          </template>
          <template v-if="w.status === 'AWAITING_APPROVAL' && approver">
            <button id="warning-approve" class="btn btn-primary" :disabled="busy" @click="act('approve')">{{ $t('审批并发布', 'Approve and issue') }}</button>
            <button id="warning-return" class="btn" :disabled="busy" @click="act('return')">{{ $t('退回', 'Return to draft') }}</button>
          </template>
          <template v-if="live && approver">
            <a id="warning-update" class="btn" :href="'#/warning/warnings/' + w.id + '/edit'">{{ $t('更新', 'Update') }}</a>
            <input id="warning-lift-reason" v-model="reason" :placeholder="$t('解除原因', 'Reason for lifting')">
            <button id="warning-lift" class="btn btn-danger" :disabled="busy" @click="lift">{{ $t('解除', 'Lift') }}</button>
          </template>
          <template v-if="(w.status === 'DRAFT' && mayChange) || (w.status === 'AWAITING_APPROVAL' && approver)">
            <input id="warning-discard-reason" v-model="discardReason" maxlength="500" :placeholder="$t('作废原因（如：误报、重复）', 'Reason for discarding (e.g. false alarm, duplicate)')">
            <button id="warning-discard" class="btn btn-danger" :disabled="busy" @click="discard">{{ $t('作废', 'Discard') }}</button>
          </template>
          <button v-if="w.status === 'EXTERNAL' && !w.adoptedAs && mayChange" id="warning-adopt" class="btn" :disabled="busy" @click="adopt">{{ $t('采用为草稿', 'Adopt as draft') }}</button>
          <a v-if="w.adoptedAs" :href="'#/warning/warnings/' + w.adoptedAs">{{ $t('已采用为草稿 #', 'Adopted as draft #') }}{{ w.adoptedAs }}</a>
          <a v-if="w.issueCount > 0 && w.status !== 'EXTERNAL'" id="warning-board" class="btn" :href="'#/warning/warnings/' + w.id + '/board'">{{ $t('叫应看板', '叫应 board') }}</a>
          <a id="warning-cap" class="btn btn-link" :href="'/api/v1/warnings/' + w.id + '/cap'" target="_blank">{{ $t('下载 CAP', 'Download CAP') }}</a>
        </div>
        <table class="table"><tbody>
          <tr><th>{{ $t('正文', 'Text') }}</th><td style="white-space: pre-wrap">{{ w.text }}</td></tr>
          <tr><th>{{ $t('措施', 'Measures') }}</th><td id="warning-measures">{{ w.measures.map((m) => label(MEASURES, m)).join('、') }}</td></tr>
          <tr><th>{{ $t('防御指引', 'Instructions') }}</th><td style="white-space: pre-wrap">{{ w.instructions }}</td></tr>
          <tr v-if="w.titleEn"><th>English</th><td><strong>{{ w.titleEn }}</strong><br>{{ w.textEn }}<br>{{ w.instructionsEn }}</td></tr>
          <tr><th>{{ $t('区域', 'Areas') }}</th><td>{{ w.areaCodes.map((c) => names[c] || c).join('、') }}
            <span v-if="w.polygon.length" class="muted">{{ $t('（含绘制区域）', '(with a drawn area)') }}</span></td></tr>
          <tr><th>{{ $t('生效', 'Effective') }}</th><td>{{ A.formatTime(w.effective) }}</td></tr>
          <tr><th>{{ $t('失效', 'Expires') }}</th><td>{{ A.formatTime(w.expires) }}</td></tr>
          <tr><th>{{ $t('拟稿', 'Drafted by') }}</th><td>{{ w.createdBy }} {{ A.formatTime(w.createdAt) }}</td></tr>
          <tr v-if="w.submittedBy"><th>{{ $t('提交人', 'Submitted by') }}</th><td>{{ w.submittedBy }}</td></tr>
          <tr v-if="w.approvedBy"><th>{{ $t('签发人', 'Approved by') }}</th><td id="warning-approved-by">{{ w.approvedBy }}</td></tr>
          <tr v-if="w.capIdentifier"><th>{{ $t('CAP 标识', 'CAP identifier') }}</th><td><code>{{ w.capIdentifier }}</code> ({{ $t('第', 'message ') }}{{ w.issueCount }}{{ $t('次发布', '') }})</td></tr>
          <tr v-if="w.liftReason"><th>{{ $t('解除原因', 'Reason lifted') }}</th><td>{{ w.liftReason }}</td></tr>
          <tr v-if="w.discardedBy"><th>{{ $t('作废', 'Discarded') }}</th><td id="warning-discarded">{{ w.discardedBy }}<span v-if="w.discardReason">：{{ w.discardReason }}</span></td></tr>
        </tbody></table>
        <warning-recipients v-if="w.status !== 'EXTERNAL'" :warning="w"></warning-recipients>
      </div>
    </div>`,
    async created() {
      this.A = A;
      this.STATUS = STATUS;
      this.TYPES = TYPES;
      this.SOURCES = SOURCES;
      this.MEASURES = MEASURES;
      try { this.policy = await approval(); } catch (e) { this.policy = null; }
      this.names = await names();
      await this.load();
    },
    methods: {
      label: pair,
      async load() {
        const w = await this.run(() => A.api.get('/api/v1/warnings/' + this.id));
        if (w) this.w = w;
      },
      async act(step) {
        const w = await this.run(() => A.api.post('/api/v1/warnings/' + this.id + '/' + step));
        if (w) this.w = w;
      },
      async lift() {
        const w = await this.run(() => A.api.post('/api/v1/warnings/' + this.id + '/lift', { reason: this.reason }));
        if (w) this.w = w;
      },
      async discard() {
        if (!window.confirm(A.t('确定作废此预警？作废后不能再修改或发布。', 'Discard this warning? It can then no longer be changed or issued.'))) return;
        const w = await this.run(() => A.api.post('/api/v1/warnings/' + this.id + '/discard', { reason: this.discardReason }));
        if (w) this.w = w;
      },
      async adopt() {
        const d = await this.run(() => A.api.post('/api/v1/warnings/' + this.id + '/adopt'));
        if (d) A.navigate('/warning/warnings/' + d.id);
      },
    },
  };

  /**
   * 接收人: before issue, who would receive the warning if issued now (preview); from issue on, the list frozen
   * with it. One row per person with all reasons; AB岗 and 上级兜底 marked.
   */
  A.component('warning-recipients', {
    props: ['warning'],
    data: () => ({ rows: null, problem: null }),
    computed: {
      frozen() { return !['DRAFT', 'AWAITING_APPROVAL'].includes(this.warning.status); },
    },
    template: `<div id="warning-recipients" :data-count="rows ? rows.length : ''">
      <h2>{{ frozen ? $t('接收人（发布时确定）', 'Recipients (fixed at issue)') : $t('接收人预览（如现在发布）', 'Recipients if issued now') }}
        <span v-if="rows" class="muted small">{{ rows.length }} {{ $t('人', 'people') }}</span></h2>
      <problem-box :problem="problem"></problem-box>
      <div v-if="rows && rows.length" class="table-wrap"><table class="table">
        <thead><tr><th>{{ $t('姓名', 'Name') }}</th><th>{{ $t('手机', 'Mobile') }}</th><th>{{ $t('为何接收', 'Why') }}</th></tr></thead>
        <tbody><tr v-for="r in rows" :key="r.personId" class="recipient-row" :data-via="r.via">
          <td>{{ r.name }} <span v-if="r.via === 'DEPUTY'" class="badge">{{ $t('AB岗', 'deputy') }}</span>
            <span v-if="r.via === 'PARENT'" class="badge">{{ $t('上级兜底', 'parent area') }}</span></td>
          <td class="nowrap">{{ r.mobile }}</td>
          <td><div v-for="reason in r.reasons" :key="reason" class="small">{{ reason }}</div></td>
        </tr></tbody></table></div>
      <p v-else-if="rows" class="muted">{{ $t('没有接收人。', 'Nobody.') }}</p>
    </div>`,
    watch: { 'warning.status'() { this.load(); } },
    created() { this.load(); },
    methods: {
      async load() {
        try {
          this.rows = await A.api.get('/api/v1/warnings/' + this.warning.id + (this.frozen ? '/recipients' : '/recipients/preview'));
          this.problem = null;
        } catch (e) {
          this.problem = e.problem || { detail: String(e) };
        }
      },
    },
  });

  const blank = () => ({ type: 'RAINSTORM', level: '', title: '', text: '', instructions: '', measures: [], areaCodes: [],
    polygon: [], effective: '', expires: '', titleEn: '', textEn: '', instructionsEn: '' });

  /**
   * 绘制预警范围: a map of the district; each click adds a corner ([lon, lat], WGS-84) of the warning's polygon, drawn
   * as it grows; undo removes the last corner, clear all of them. The server closes the ring. With area codes too, the
   * polygon refines the CAP area; alone, it chooses the towns it meets as the targets.
   */
  A.component('polygon-drawer', {
    props: { modelValue: { type: Array, default: () => [] } },
    emits: ['update:modelValue'],
    template: `<div class="polygon-drawer">
      <div ref="map" id="warning-polygon-map" class="point-picker-map"></div>
      <p class="muted small"><span id="warning-polygon-count">{{ modelValue.length }}</span> {{ $t('个顶点；点击地图逐点绘制预警范围（至少 3 点）。', 'corners; click the map to draw the warning area, corner by corner (3 at least).') }}
        <button type="button" id="warning-polygon-undo" class="btn btn-small" :disabled="!modelValue.length" @click="undo">{{ $t('撤销一点', 'Undo a corner') }}</button>
        <button type="button" id="warning-polygon-clear" class="btn btn-small" :disabled="!modelValue.length" @click="clear">{{ $t('清除', 'Clear') }}</button></p>
    </div>`,
    async mounted() {
      if (!window.L || !A.areaMap) return;
      const map = A.areaMap.clickMap(this.$refs.map,
        (at) => this.$emit('update:modelValue', this.modelValue.concat([[Number(at.lng.toFixed(6)), Number(at.lat.toFixed(6))]])));
      this.map = map;
      this.draw();
      try {
        const geojson = await A.api.get('/api/v1/areas/geojson');
        if (this.map !== map) return;
        const layers = A.areaMap.draw(map, geojson, { labels: false });
        if (this.shape) map.fitBounds(this.shape.getBounds(), { padding: [20, 20] });
        else A.areaMap.fit(map, layers);
      } catch (e) { /* corners can still be drawn without the outline */ }
    },
    beforeUnmount() {
      if (this.map) this.map.remove();
      this.map = null;
    },
    watch: { modelValue() { this.draw(); } },
    methods: {
      undo() { this.$emit('update:modelValue', this.modelValue.slice(0, -1)); },
      clear() { this.$emit('update:modelValue', []); },
      draw() {
        if (!this.map) return;
        if (this.shape) { this.shape.remove(); this.shape = null; }
        const corners = this.modelValue.map((p) => [p[1], p[0]]);
        if (!corners.length) return;
        this.shape = (corners.length >= 3 ? L.polygon(corners, { color: '#d0191c', weight: 2, fillOpacity: 0.15, className: 'warning-polygon' })
          : L.polyline(corners, { color: '#d0191c', weight: 2, dashArray: '4 4' })).addTo(this.map);
      },
    },
  });

  /** A stored polygon is a closed ring (last corner = first); the drawer edits the open list of corners. */
  const closedToOpen = (ring) => (ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1]
    ? ring.slice(0, -1) : ring.slice());

  const WarningForm = {
    mixins: [A.formMixin],
    props: ['params', 'query'],
    fieldLabels: {
      type: ['类型', 'Type'], level: ['级别', 'Level'], title: ['标题', 'Title'], text: ['正文', 'Text'],
      instructions: ['防御指引', 'Instructions'], areaCodes: ['区域', 'Areas'], effective: ['生效', 'Effective'], expires: ['失效', 'Expires'],
    },
    // the drawer's map is made when its section opens (a map made hidden has no size to fit the district to)
    data: () => ({ edit: blank(), record: null, area: '', names: {}, loaded: false, polygonOpen: false }),
    computed: {
      id() { return this.params.id; },
      updating() { return !!this.record && (this.record.status === 'ISSUED' || this.record.status === 'UPDATED'); },
    },
    template: `<div>
      <p><a :href="id ? '#/warning/warnings/' + id : '#/warning/warnings'">← {{ $t('返回', 'Back') }}</a></p>
      <h1>{{ updating ? $t('更新预警', 'Update warning') : id ? $t('修改预警草稿', 'Edit draft') : $t('新建预警', 'New warning') }}</h1>
      <p v-if="updating" class="notice">{{ $t('保存即重新发布（CAP Update），需要该级别的审批权限。', 'Saving re-issues the warning (CAP Update); it needs the approval right for the level.') }}</p>
      <form v-if="loaded" id="warning-form" class="card form-grid" @submit.prevent="save">
        <label>{{ $t('类型', 'Type') }} <select id="warning-type" v-model="edit.type">
          <option v-for="(l, code) in TYPES" :key="code" :value="code">{{ $t(l[0], l[1]) }}</option></select></label>
        <label>{{ $t('级别', 'Level') }} <select id="warning-level" v-model="edit.level">
          <option value="">{{ $t('— 未定级 —', '— none yet —') }}</option>
          <option v-for="(l, code) in LEVELS" :key="code" :value="code">{{ $t(l.name[0], l.name[1]) }}</option></select></label>
        <label>{{ $t('标题', 'Title') }} <input id="warning-title" v-model="edit.title" required maxlength="200"></label>
        <label>{{ $t('正文', 'Text') }} <textarea id="warning-text" v-model="edit.text" rows="4" maxlength="4000"></textarea></label>
        <fieldset id="warning-measures-input"><legend>{{ $t('断禁停撤疏', 'Measures') }}</legend>
          <label v-for="(l, code) in MEASURES" :key="code" style="display:inline-block; margin-right: 12px">
            <input type="checkbox" :value="code" v-model="edit.measures" :data-measure="code"> {{ $t(l[0], l[0] + ' ' + l[1]) }}</label></fieldset>
        <label>{{ $t('防御指引', 'Instructions') }} <textarea id="warning-instructions" v-model="edit.instructions" rows="3" maxlength="2000"></textarea></label>
        <div><span>{{ $t('区域', 'Areas') }}</span>
          <div id="warning-areas"><span v-for="c in edit.areaCodes" :key="c" class="badge" :data-area="c">{{ names[c] || c }}
            <button type="button" class="btn-link" @click="removeArea(c)" :title="$t('移除', 'Remove')">×</button></span></div>
          <area-select id="warning-area" v-model="area"></area-select>
          <button type="button" id="warning-area-add" class="btn btn-small" @click="addArea" :disabled="!area">{{ $t('添加', 'Add') }}</button></div>
        <details :open="polygonOpen" @toggle="polygonOpen = $event.target.open"><summary id="warning-polygon-toggle">{{ $t('绘制范围（可选）', 'Drawn area (optional)') }}</summary>
          <polygon-drawer v-if="polygonOpen" v-model="edit.polygon"></polygon-drawer></details>
        <label>{{ $t('生效', 'Effective') }} <input id="warning-effective" type="datetime-local" v-model="edit.effective"></label>
        <label>{{ $t('失效', 'Expires') }} <input id="warning-expires" type="datetime-local" v-model="edit.expires"></label>
        <details><summary>English</summary>
          <label>Title <input id="warning-title-en" v-model="edit.titleEn" maxlength="200"></label>
          <label>Text <textarea v-model="edit.textEn" rows="3" maxlength="4000"></textarea></label>
          <label>Instructions <textarea v-model="edit.instructionsEn" rows="2" maxlength="2000"></textarea></label></details>
        <problem-box :problem="formProblem" @reload="load"></problem-box>
        <div><button id="warning-save" type="submit" class="btn btn-primary" :disabled="busy">{{ updating ? $t('保存并重新发布', 'Save and re-issue') : $t('保存', 'Save') }}</button></div>
      </form>
    </div>`,
    async created() {
      this.TYPES = TYPES;
      this.LEVELS = LEVELS;
      this.MEASURES = MEASURES;
      this.names = await names();
      await this.load();
    },
    methods: {
      async load() {
        if (!this.id) { this.loaded = true; return; }
        const r = await this.run(() => A.api.get('/api/v1/warnings/' + this.id));
        if (!r) return;
        this.record = r;
        this.edit = {
          type: r.type, level: r.level || '', title: r.title, text: r.text || '', instructions: r.instructions || '',
          measures: r.measures.slice(), areaCodes: r.areaCodes.slice(), effective: toLocal(r.effective), expires: toLocal(r.expires),
          polygon: closedToOpen(r.polygon || []),
          titleEn: r.titleEn || '', textEn: r.textEn || '', instructionsEn: r.instructionsEn || '',
        };
        this.polygonOpen = this.edit.polygon.length > 0;
        this.loaded = true;
      },
      addArea() {
        if (this.area && !this.edit.areaCodes.includes(this.area)) this.edit.areaCodes.push(this.area);
        this.area = '';
      },
      removeArea(c) { this.edit.areaCodes = this.edit.areaCodes.filter((x) => x !== c); },
      body() {
        const e = this.edit;
        const s = (v) => A.blankToNull(typeof v === 'string' ? v.trim() : v);
        return {
          type: e.type, level: s(e.level), title: e.title.trim(), text: s(e.text), instructions: s(e.instructions), measures: e.measures,
          areaCodes: e.areaCodes, polygon: e.polygon, effective: fromLocal(e.effective), expires: fromLocal(e.expires),
          titleEn: s(e.titleEn), textEn: s(e.textEn), instructionsEn: s(e.instructionsEn), version: this.record ? this.record.version : null,
        };
      },
      async save() {
        const url = !this.id ? '/api/v1/warnings' : '/api/v1/warnings/' + this.id;
        const w = await this.run(() => (!this.id ? A.api.post(url, this.body())
          : this.updating ? A.api.post(url + '/update', this.body()) : A.api.put(url, this.body())));
        if (w) A.navigate('/warning/warnings/' + w.id);
      },
    },
  };

  const CapImport = {
    mixins: [A.formMixin],
    props: ['params', 'query'],
    data: () => ({ file: null, feeds: null, feedProblem: null, polling: false, open: {} }),
    template: `<div>
      <p><a href="#/warning/warnings">← {{ $t('预警列表', 'Warnings') }}</a></p>
      <h1>{{ $t('导入 CAP 预警', 'Import a CAP alert') }}</h1>
      <div class="card">
        <p class="muted">{{ $t('上传其他发布单位的 CAP 1.2 报文（XML；CAP 1.1 按 1.2 读取），按 CAP 1.2 模式校验后作为外部预警保存，可再采用为本单位草稿。', 'Upload another sender\\'s CAP 1.2 message (XML; CAP 1.1 is read as 1.2). It is checked against the CAP 1.2 schema and kept as an external warning, which can then be adopted as a draft.') }}</p>
        <input id="cap-file" type="file" accept=".xml,.cap,application/xml,text/xml" @change="file = $event.target.files[0] || null">
        <button id="cap-upload" class="btn btn-primary" :disabled="busy || !file" @click="upload">{{ $t('导入', 'Import') }}</button>
        <problem-box id="cap-problem" :problem="problem"></problem-box>
      </div>
      <h2>{{ $t('外部 CAP 源', 'Polled CAP feeds') }}</h2>
      <div class="card" id="cap-feeds">
        <p class="muted">{{ $t('按 anlan.warning.feed.urls 定时拉取的外部预警源（本节点的拉取状态）。', 'External warning sources polled on a schedule (anlan.warning.feed.urls), as polled on this node.') }}
          <button id="cap-feeds-poll" class="btn" :disabled="polling" @click="pollNow">{{ $t('立即拉取', 'Poll now') }}</button></p>
        <problem-box :problem="feedProblem"></problem-box>
        <p v-if="feeds && !feeds.length" id="cap-feeds-none" class="muted">{{ $t('未配置外部 CAP 源。', 'No CAP feed is configured.') }}</p>
        <table v-if="feeds && feeds.length" class="table">
          <thead><tr><th>{{ $t('地址', 'Address') }}</th><th>{{ $t('最近拉取', 'Last polled') }}</th><th>{{ $t('拉取次数', 'Polls') }}</th>
            <th>{{ $t('已导入', 'Imported') }}</th><th>{{ $t('已有', 'Known') }}</th><th>{{ $t('拒收', 'Refused') }}</th><th>{{ $t('错误', 'Error') }}</th></tr></thead>
          <tbody>
            <template v-for="f in feeds" :key="f.url">
              <tr class="cap-feed">
                <td class="small">{{ f.url }}</td><td class="small">{{ f.lastPolledAt ? A.formatTime(f.lastPolledAt) : $t('尚未拉取', 'not yet') }}</td>
                <td>{{ f.polls }}</td><td>{{ f.imported }}</td><td>{{ f.known }}</td>
                <td><a v-if="f.rejected.length" href="" @click.prevent="open[f.url] = !open[f.url]">{{ f.rejected.length }}</a><span v-else>0</span></td>
                <td class="small"><span :class="{ danger: f.lastError }">{{ f.lastError || '' }}</span></td>
              </tr>
              <tr v-if="open[f.url]" v-for="r in f.rejected" :key="f.url + r.where + r.at" class="cap-feed-rejected small">
                <td colspan="2">{{ r.where }}</td><td colspan="2">{{ A.formatTime(r.at) }}</td>
                <td colspan="3">{{ r.code }}: {{ r.message }}<span v-if="Array.isArray(r.errors)"> — <span v-for="e in r.errors.slice(0, 5)">{{ $t('第 ', 'line ') }}{{ e.line }}{{ $t(' 行：', ': ') }}{{ e.message }}; </span></span></td>
              </tr>
            </template>
          </tbody>
        </table>
      </div>
    </div>`,
    created() { this.A = A; },
    mounted() { this.loadFeeds(); },
    methods: {
      async loadFeeds() {
        try { this.feeds = await A.api.get('/api/v1/warnings/feeds'); this.feedProblem = null; } catch (e) { this.feedProblem = e.problem; }
      },
      async pollNow() {
        this.polling = true;
        try { this.feeds = await A.api.post('/api/v1/warnings/feeds/poll'); this.feedProblem = null; } catch (e) { this.feedProblem = e.problem; }
        this.polling = false;
      },
      async upload() {
        const xml = await this.file.text();
        const w = await this.run(async () => {
          const headers = { 'Content-Type': 'application/xml', Accept: 'application/json', 'Accept-Language': A.lang === 'en' ? 'en' : 'zh-CN' };
          const xsrf = A.cookie('XSRF-TOKEN');
          if (xsrf) headers['X-XSRF-TOKEN'] = xsrf;
          const res = await fetch('/api/v1/warnings/cap', { method: 'POST', headers, body: xml, credentials: 'same-origin' });
          const data = await res.json().catch(() => null);
          if (!res.ok) {
            const problem = data || { status: res.status, title: 'HTTP ' + res.status };
            // schema errors come as {line, column, message}: show them in the problem box's table
            if (Array.isArray(problem.errors)) {
              problem.errors = problem.errors.map((e) => ({ field: A.t('第 ', 'line ') + e.line + A.t(' 行 第 ', ', column ') + e.column + A.t(' 列', ''), message: e.message }));
            }
            const err = new Error(problem.detail || problem.title);
            err.problem = problem;
            throw err;
          }
          return data;
        });
        if (w) A.navigate('/warning/warnings/' + w.id);
      },
    },
  };

  A.register({ path: '/warning/warnings', group: 'warning', title: ['预警', 'Warnings'], order: 10, component: WarningList });
  A.register({ path: '/warning/warnings/new', group: 'warning', title: ['新建预警', 'New warning'], hidden: true, component: WarningForm });
  A.register({ path: '/warning/warnings/:id', group: 'warning', title: ['预警详情', 'Warning'], hidden: true, component: WarningPage });
  A.register({ path: '/warning/warnings/:id/edit', group: 'warning', title: ['修改预警', 'Edit warning'], hidden: true, component: WarningForm });
  A.register({ path: '/warning/cap', group: 'warning', title: ['导入 CAP', 'Import CAP'], order: 20, component: CapImport });
})();
