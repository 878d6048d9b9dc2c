/*
 * window.Anlan: the small contract every module's pages.js codes against.
 * Pages register here before main.js creates the Vue app; see main.js for the shell.
 */
(function () {
  'use strict';
  const { ref, reactive, markRaw } = Vue;

  const LANG_KEY = 'anlan.lang';
  const langRef = ref(localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh');
  const pages = [];
  const components = {};
  const route = reactive({ path: '/', params: {}, query: {}, page: null, key: '' });

  const GROUPS = [
    { id: 'dashboard', title: ['总览', 'Overview'] },
    { id: 'map', title: ['一张图', 'Map'] },
    { id: 'monitoring', title: ['监测预警', 'Monitoring'] },
    { id: 'warning', title: ['预警', 'Warnings'] },
    { id: 'duty', title: ['值班', 'Duty'] },
    { id: 'area', title: ['行政区划', 'Areas'] },
    { id: 'directory', title: ['通讯录与责任', 'Directory & duties'] },
    { id: 'resources', title: ['应急资源', 'Resources'] },
    { id: 'risk', title: ['风险', 'Risk'] },
    { id: 'admin', title: ['系统管理', 'Administration'] },
  ];

  function t(zh, en) {
    return langRef.value === 'en' && en != null && en !== '' ? en : zh;
  }

  function cookie(name) {
    const hit = document.cookie.split('; ').find((c) => c.startsWith(name + '='));
    return hit ? decodeURIComponent(hit.substring(name.length + 1)) : null;
  }

  // ---- HTTP ---------------------------------------------------------------

  function href(url, params) {
    if (!params) return url;
    const q = new URLSearchParams();
    Object.entries(params).forEach(([k, v]) => {
      if (v === undefined || v === null || v === '') return;
      (Array.isArray(v) ? v : [v]).forEach((x) => q.append(k, x));
    });
    const s = q.toString();
    return s ? url + (url.includes('?') ? '&' : '?') + s : url;
  }

  async function request(method, url, body) {
    const headers = { Accept: 'application/json', 'Accept-Language': langRef.value === 'en' ? 'en' : 'zh-CN' };
    const xsrf = cookie('XSRF-TOKEN');
    if (xsrf) headers['X-XSRF-TOKEN'] = xsrf;
    let payload;
    if (body instanceof FormData) {
      payload = body;
    } else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const res = await fetch(url, { method, headers, body: payload, credentials: 'same-origin' });
    const text = await res.text();
    let data = null;
    if (text) {
      try { data = JSON.parse(text); } catch (e) { data = text; }
    }
    if (res.status === 401) {
      window.location.href = '/login';
    }
    if (!res.ok) {
      const problem = data && typeof data === 'object' ? data : { title: res.statusText || 'HTTP ' + res.status, status: res.status, detail: typeof data === 'string' ? data.substring(0, 300) : undefined };
      const err = new Error(problem.detail || problem.title || 'HTTP ' + res.status);
      err.status = res.status;
      err.problem = problem;
      throw err;
    }
    return data;
  }

  // ---- imports: upload, then the server's own progress ---------------------

  /** A random import id shaped like a UUID (crypto.randomUUID needs https; getRandomValues does not). */
  function importId() {
    const hex = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
  }

  /** Test hook: the phases the last import went through, as the page saw them. */
  window.__anlanImport = { id: null, phases: [], last: null };

  /**
   * Posts a workbook with an X-Import-Id header. onProgress (optional) gets {phase, done, total,
   * percent}: phase UPLOADING while the browser sends the file, then, polled every 300 ms from
   * GET /api/v1/imports/{id}/progress, RECEIVED, READING, CHECKING, WRITING, and at the end DONE or
   * REFUSED (read once more after the answer). Resolves with the JSON answer; a non-2xx answer throws
   * like request() (with .status and .problem), 401 goes to /login.
   */
  function upload(url, formData, onProgress) {
    const id = importId();
    const seen = window.__anlanImport = { id, phases: [], last: null };
    const report = (p) => {
      if (!p) return;
      if (seen.phases[seen.phases.length - 1] !== p.phase) seen.phases.push(p.phase);
      seen.last = p;
      if (onProgress) onProgress(p);
    };
    const poll = () => request('GET', '/api/v1/imports/' + id + '/progress').catch(() => null);
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      let timer = null;
      let polling = false;
      xhr.open('POST', url);
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.setRequestHeader('Accept-Language', langRef.value === 'en' ? 'en' : 'zh-CN');
      xhr.setRequestHeader('X-Import-Id', id);
      const xsrf = cookie('XSRF-TOKEN');
      if (xsrf) xhr.setRequestHeader('X-XSRF-TOKEN', xsrf);
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) report({ phase: 'UPLOADING', done: e.loaded, total: e.total, percent: Math.round(100 * e.loaded / e.total) });
      };
      xhr.upload.onload = () => {
        timer = setInterval(async () => {
          if (polling) return;
          polling = true;
          const p = await poll();
          polling = false;
          if (timer && p) report(p);
        }, 300);
      };
      xhr.onloadend = async () => {
        clearInterval(timer);
        timer = null;
        const ok = xhr.status >= 200 && xhr.status < 300;
        report((await poll()) || { phase: ok ? 'DONE' : 'REFUSED', done: 0, total: 0, percent: 100 });
        let data = null;
        try { data = xhr.responseText ? JSON.parse(xhr.responseText) : null; } catch (e) { data = xhr.responseText; }
        if (xhr.status === 401) window.location.href = '/login';
        if (ok) { resolve(data); return; }
        const problem = data && typeof data === 'object' ? data : { title: xhr.statusText || 'HTTP ' + xhr.status, status: xhr.status };
        const err = new Error(problem.detail || problem.title || 'HTTP ' + xhr.status);
        err.status = xhr.status;
        err.problem = problem;
        reject(err);
      };
      report({ phase: 'UPLOADING', done: 0, total: 0, percent: 0 });
      xhr.send(formData);
    });
  }

  const api = {
    get: (url, params) => request('GET', href(url, params)),
    post: (url, body) => request('POST', url, body === undefined ? {} : body),
    put: (url, body) => request('PUT', url, body === undefined ? {} : body),
    del: (url) => request('DELETE', url),
    upload,
    href,
  };

  // ---- pages and the hash router -----------------------------------------

  function register(page) {
    if (!page || !page.path || !page.component) throw new Error('Anlan.register needs path and component');
    const segments = page.path.replace(/^\/+|\/+$/g, '').split('/').filter(Boolean);
    pages.push(markRaw({
      path: page.path,
      group: page.group || 'dashboard',
      title: page.title || [page.path, page.path],
      order: page.order == null ? 100 : page.order,
      hidden: !!page.hidden,
      roles: page.roles || null,
      component: markRaw(page.component),
      segments,
    }));
  }

  // ---- map overlays that modules add to 一张图 -----------------------------

  /**
   * A module adds a layer to the map page: { id, title: [zh, en], order, load: async (map) => L.Layer,
   * legend: () => html (optional) }. The map page calls load() once per visit and lists the layer
   * in its layer control.
   */
  const mapLayers = [];
  function registerMapLayer(layer) {
    if (!layer || !layer.id || typeof layer.load !== 'function') throw new Error('Anlan.registerMapLayer needs id and load');
    mapLayers.push(markRaw(Object.assign({ order: 100, title: [layer.id, layer.id] }, layer)));
    mapLayers.sort((a, b) => a.order - b.order);
  }

  function match(path) {
    const parts = path.replace(/^\/+|\/+$/g, '').split('/').filter(Boolean).map(decodeURIComponent);
    let best = null;
    let bestScore = -1;
    for (const page of pages) {
      if (page.segments.length !== parts.length) continue;
      const params = {};
      let score = 0;
      let ok = true;
      page.segments.forEach((seg, i) => {
        if (seg.startsWith(':')) params[seg.substring(1)] = parts[i];
        else if (seg === parts[i]) score++;
        else ok = false;
      });
      if (ok && score > bestScore) {
        best = { page, params };
        bestScore = score;
      }
    }
    return best;
  }

  function resolve() {
    const hash = window.location.hash.replace(/^#/, '') || '/';
    const [rawPath, rawQuery] = hash.split('?');
    const path = rawPath.startsWith('/') ? rawPath : '/' + rawPath;
    const query = {};
    new URLSearchParams(rawQuery || '').forEach((v, k) => { query[k] = v; });
    const found = match(path);
    route.path = path;
    route.query = query;
    route.params = found ? found.params : {};
    route.page = found ? found.page : null;
    route.key = hash;
  }

  function navigate(path) {
    const target = '#' + (path.startsWith('/') ? path : '/' + path);
    if (window.location.hash === target) resolve();
    else window.location.hash = target;
  }

  window.addEventListener('hashchange', resolve);

  function hasRole(role) {
    return (Anlan.me.roles || []).includes(role);
  }

  function visible(page) {
    return !page.roles || page.roles.some(hasRole);
  }

  const Anlan = {
    register,
    registerMapLayer,
    mapLayers,
    t,
    api,
    navigate,
    route,
    pages,
    groups: GROUPS,
    me: reactive({ username: '', roles: [], scope: '', personId: null, mayChange: false }),
    config: reactive({ tileUrl: '', tileAttribution: '', maxZoom: 18, version: '' }),
    hasRole,
    visible,
    cookie,
    resolve,
    /** Register a global component (before main.js mounts the app). */
    component(name, definition) {
      components[name] = markRaw(definition);
    },
    components,
    levelName(level) {
      return { DISTRICT: t('区县', 'District'), TOWN: t('镇街', 'Town'), VILLAGE: t('村社', 'Village') }[level] || level;
    },
    sourceName(source) {
      return {
        SOURCE: t('来源数据', 'Published source'),
        ESTIMATED: t('估算', 'Estimated'),
        SCHEMATIC: t('示意位置', 'Schematic'),
      }[source] || source || '—';
    },
    roleName(role) {
      return {
        DISTRICT_ADMIN: t('区管理员', 'District admin'),
        DUTY_OFFICER: t('值班员', 'Duty officer'),
        DEPARTMENT_USER: t('行业部门', 'Department'),
        TOWN_OFFICER: t('镇街干部', 'Town officer'),
        VILLAGE_OFFICER: t('村社干部', 'Village officer'),
        LEADER: t('领导（只读）', 'Leader (read-only)'),
      }[role] || role;
    },
    formatTime(value) {
      if (!value) return '';
      const d = new Date(value);
      if (isNaN(d)) return String(value);
      const p = (n) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
    },
  };

  Object.defineProperty(Anlan, 'lang', {
    enumerable: true,
    get: () => langRef.value,
    set: (value) => {
      langRef.value = value === 'en' ? 'en' : 'zh';
      localStorage.setItem(LANG_KEY, langRef.value);
      document.documentElement.lang = langRef.value === 'en' ? 'en' : 'zh-CN';
    },
  });
  document.documentElement.lang = langRef.value === 'en' ? 'en' : 'zh-CN';

  // ---- global components --------------------------------------------------

  Anlan.component('problem-box', {
    // onReload: a listener @reload; with it a stale-version 409 offers a reload button
    props: { problem: { type: Object, default: null }, onReload: { type: Function, default: null } },
    computed: {
      stale() { return !!this.problem && this.problem.status === 409 && this.problem.code === 'conflict.stale-version'; },
    },
    template: `
      <div v-if="problem" class="problem card" role="alert">
        <strong>{{ problem.title || $t('出错了', 'Something went wrong') }}</strong>
        <span v-if="problem.status" class="muted"> ({{ problem.status }}<template v-if="problem.code">, {{ problem.code }}</template>)</span>
        <p v-if="problem.detail">{{ problem.detail }}</p>
        <p v-if="stale" class="problem-stale">{{ $t('别人刚修改过这条记录。请重新加载，看到最新内容后再修改（本次填写的内容不会保存）。',
          'Someone changed this record meanwhile. Reload it, check the latest values, then make your change again (what you typed is not saved).') }}
          <button v-if="onReload" type="button" class="btn btn-small problem-reload" @click="onReload()">{{ $t('重新加载', 'Reload') }}</button></p>
        <table v-if="problem.errors && problem.errors.length" class="table">
          <thead><tr><th>{{ $t('字段', 'Field') }}</th><th>{{ $t('问题', 'Message') }}</th></tr></thead>
          <tbody><tr v-for="(e, i) in problem.errors" :key="i"><td><code>{{ e.field }}</code></td><td>{{ e.message }}</td></tr></tbody>
        </table>
        <table v-if="problem.rows && problem.rows.length" class="table">
          <thead><tr><th>{{ $t('工作表', 'Sheet') }}</th><th>{{ $t('行', 'Row') }}</th><th>{{ $t('列', 'Column') }}</th><th>{{ $t('问题', 'Message') }}</th></tr></thead>
          <tbody><tr v-for="(r, i) in problem.rows" :key="i"><td>{{ r.sheet }}</td><td>{{ r.row }}</td><td>{{ r.column }}</td><td>{{ r.message }}</td></tr></tbody>
        </table>
        <p v-if="problem.instance" class="muted small">{{ problem.instance }}</p>
      </div>`,
  });

  const IMPORT_PHASES = {
    UPLOADING: ['正在上传', 'Uploading'],
    RECEIVED: ['已收到文件，等待处理', 'File received, waiting'],
    READING: ['正在读取行', 'Reading rows'],
    CHECKING: ['正在检查行', 'Checking rows'],
    WRITING: ['正在写入', 'Writing'],
    DONE: ['导入完成', 'Imported'],
    REFUSED: ['未导入：文件有错误', 'Not imported: the file has errors'],
  };

  /** The progress of an import from Anlan.api.upload's onProgress: a bar and the phase in words. */
  Anlan.component('import-progress', {
    props: { progress: { type: Object, default: null } },
    computed: {
      words() {
        const p = this.progress;
        const name = IMPORT_PHASES[p.phase] ? t(IMPORT_PHASES[p.phase][0], IMPORT_PHASES[p.phase][1]) : p.phase;
        if (p.phase === 'UPLOADING') return name + ' ' + p.percent + '%';
        if (p.phase === 'DONE') return name + t('：' + p.total + ' 行', ': ' + p.total + ' rows');
        if (p.phase === 'REFUSED' || !p.total) return name;
        return name + ' ' + p.done + ' / ' + p.total;
      },
    },
    template: `
      <span v-if="progress" class="import-progress" :data-phase="progress.phase" role="status">
        <progress max="100" :value="progress.percent"></progress> <span class="import-phase">{{ words }}</span>
      </span>`,
  });

  let flatAreas = null;
  /** The areas the caller may see, as a flat list (`/api/v1/areas?flat=true`), fetched once per page load. */
  Anlan.areas = function () {
    flatAreas = flatAreas || api.get('/api/v1/areas', { flat: true }).catch((e) => { flatAreas = null; throw e; });
    return flatAreas;
  };
  Anlan.component('area-select', {
    props: {
      modelValue: { type: String, default: '' },
      level: { type: String, default: '' },
      required: { type: Boolean, default: false },
      disabled: { type: Boolean, default: false },
      id: { type: String, default: undefined },
    },
    emits: ['update:modelValue'],
    data: () => ({ areas: [] }),
    async created() {
      try {
        this.areas = await Anlan.areas();
      } catch (e) {
        this.areas = [];
      }
    },
    computed: {
      options() {
        const depth = { DISTRICT: 0, TOWN: 1, VILLAGE: 2 };
        return this.areas.slice().sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
          .filter((a) => !this.level || this.level.split(/[|,]/).includes(a.level))
          .map((a) => ({ code: a.code, label: '\u3000'.repeat(this.level ? 0 : depth[a.level] || 0) + a.name }));
      },
    },
    template: `
      <select class="area-select" :id="id" :value="modelValue" :required="required" :disabled="disabled"
              @change="$emit('update:modelValue', $event.target.value)">
        <option value="">{{ $t('— 选择区域 —', '— choose an area —') }}</option>
        <option v-for="o in options" :key="o.code" :value="o.code">{{ o.label }}</option>
      </select>`,
  });

  // ---- edit forms -----------------------------------------------------------

  /**
   * What every edit form shares (a Vue mixin): `problem` and `busy`, `mayChange` (false for a
   * read-only user: hide the buttons that change things), `formProblem` (the problem with the
   * field names of a 400 shown as the form's labels, from the component option
   * `fieldLabels: {name: [zh, en]}`; `members[2].name` is looked up as `members.name` and keeps
   * its row number) and `run(work)`: clears the problem, sets busy while the work runs, keeps the
   * problem+json of a failure and answers undefined then.
   */
  Anlan.formMixin = {
    data: () => ({ problem: null, busy: false }),
    computed: {
      mayChange() { return !!Anlan.me.mayChange; },
      formProblem() {
        const p = this.problem;
        const labels = this.$options.fieldLabels || {};
        if (!p || !Array.isArray(p.errors)) return p;
        return Object.assign({}, p, { errors: p.errors.map((e) => {
          const field = String(e.field || '');
          const rows = [];
          const key = field.replace(/\[(\d+)\]/g, (m, n) => { rows.push(Number(n) + 1); return ''; });
          const label = labels[key];
          if (!label) return e;
          return Object.assign({}, e, { field: t(label[0], label[1]) + rows.map((n) => ' #' + n).join('') });
        }) });
      },
    },
    methods: {
      async run(work) {
        this.problem = null;
        this.busy = true;
        try {
          return await work();
        } catch (e) {
          this.problem = e.problem || { detail: e.message };
          return undefined;
        } finally {
          this.busy = false;
        }
      },
    },
  };

  /** '' and undefined as null (optional fields the server wants absent rather than blank). */
  Anlan.blankToNull = (v) => (v === '' || v === undefined ? null : v);
  /** A typed number as a Number, blank as null, anything else as typed (the server says what is wrong). */
  Anlan.numberOrNull = (v) => {
    if (v === '' || v === null || v === undefined) return null;
    const n = Number(v);
    return Number.isFinite(n) ? n : v;
  };
  /** Tags typed in one box: split on , ， 、 ; ；, trimmed, blanks dropped. */
  Anlan.splitList = (text) => String(text || '').split(/[,，、;；]/).map((x) => x.trim()).filter(Boolean);

  /** Finds a person of the directory by name or mobile; v-model is the person id, `label` the text shown for it. */
  Anlan.component('person-picker', {
    props: ['modelValue', 'label'],
    emits: ['update:modelValue'],
    data() {
      return { q: this.label || '', hits: [], open: false, asked: 0, failed: '' };
    },
    watch: {
      label(v) { this.q = v || ''; },
    },
    template: `<span class="person-picker" style="position:relative;display:inline-block;width:100%">
      <input v-model="q" @input="search" @focus="open = hits.length > 0" @blur="closeSoon" @keydown.esc="open = false"
        :placeholder="$t('输入姓名或手机号', 'Name or mobile')" style="width:100%">
      <span v-if="open" class="card" style="position:absolute;z-index:1000;top:100%;left:0;right:0;max-height:14em;overflow:auto;padding:0">
        <a v-for="p in hits" :key="p.id" href="#" class="picker-hit" @click.prevent="pick(p)" style="display:block;padding:.4em .6em">
          {{ p.name }} <span class="muted">{{ p.mobile }} {{ p.position || '' }}</span></a>
        <span v-if="failed" class="problem" style="display:block;padding:.4em .6em">{{ failed }}</span>
        <span v-else-if="hits.length === 0" class="muted" style="display:block;padding:.4em .6em">{{ $t('没有找到', 'Nobody found') }}</span>
        <a href="#" class="muted" @click.prevent="pick(null)" style="display:block;padding:.4em .6em">{{ $t('（不选）', '(none)') }}</a>
      </span></span>`,
    methods: {
      async search() {
        // the text no longer names the person chosen before: no one is chosen until a hit is picked
        if (this.modelValue != null) this.$emit('update:modelValue', null);
        const q = this.q.trim();
        const asked = ++this.asked;
        this.failed = '';
        if (q.length < 1) { this.hits = []; this.open = false; return; }
        try {
          const page = await api.get('/api/v1/people', { q, size: 20 });
          if (asked !== this.asked) return; // a later search has been sent
          this.hits = page.items;
        } catch (e) {
          if (asked !== this.asked) return;
          this.hits = [];
          this.failed = e.message;
        }
        this.open = true;
      },
      closeSoon() {
        // after a click on a hit has been handled (blur comes first)
        setTimeout(() => { this.open = false; }, 250);
      },
      pick(p) {
        this.open = false;
        this.q = p ? p.name + ' ' + p.mobile : '';
        this.$emit('update:modelValue', p ? p.id : null);
      },
    },
  });

  let scopeGeojson = null;
  /**
   * A point typed as longitude/latitude or picked with a click on a small map of the caller's
   * scope: `<point-picker v-model:lon v-model:lat id-prefix="shelter">` renders the inputs
   * `#shelter-lon`, `#shelter-lat` and the map `#shelter-map`; a click writes both (6 decimals).
   */
  Anlan.component('point-picker', {
    props: { lon: { type: [Number, String], default: '' }, lat: { type: [Number, String], default: '' }, idPrefix: { type: String, default: 'point' } },
    emits: ['update:lon', 'update:lat'],
    template: `<div class="point-picker">
      <div class="point-picker-inputs">
        <label :for="idPrefix + '-lon'">{{ $t('经度', 'Longitude') }}</label>
        <input :id="idPrefix + '-lon'" :value="lon" inputmode="decimal" @input="$emit('update:lon', $event.target.value)">
        <label :for="idPrefix + '-lat'">{{ $t('纬度', 'Latitude') }}</label>
        <input :id="idPrefix + '-lat'" :value="lat" inputmode="decimal" @input="$emit('update:lat', $event.target.value)">
      </div>
      <div :id="idPrefix + '-map'" ref="map" class="point-picker-map"></div>
      <p class="muted small">{{ $t('点击地图选定位置，或直接填写经纬度（WGS-84）。', 'Click the map to set the point, or type longitude and latitude (WGS-84).') }}</p>
    </div>`,
    async mounted() {
      if (!window.L || !Anlan.areaMap) return;
      // every click sets the point
      const map = Anlan.areaMap.clickMap(this.$refs.map, (at) => {
        this.$emit('update:lon', at.lng.toFixed(6));
        this.$emit('update:lat', at.lat.toFixed(6));
      });
      this.map = map;
      this.place();
      try {
        scopeGeojson = scopeGeojson || api.get('/api/v1/areas/geojson').catch((e) => { scopeGeojson = null; throw e; });
        const geojson = await scopeGeojson;
        if (this.map !== map) return;
        const layers = Anlan.areaMap.draw(map, geojson, { labels: false });
        if (this.marker) map.setView(this.marker.getLatLng(), 13);
        else Anlan.areaMap.fit(map, layers);
      } catch (e) { /* the inputs still work without the outline */ }
    },
    beforeUnmount() {
      if (this.map) this.map.remove();
      this.map = null;
    },
    watch: {
      lon() { this.place(); },
      lat() { this.place(); },
    },
    methods: {
      place() {
        if (!this.map) return;
        const lon = Number(this.lon);
        const lat = Number(this.lat);
        const valid = this.lon !== '' && this.lat !== '' && this.lon != null && this.lat != null
          && Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
        if (!valid) {
          if (this.marker) { this.marker.remove(); this.marker = null; }
          return;
        }
        if (!this.marker) {
          this.marker = L.circleMarker([lat, lon], { radius: 8, color: '#c0392b', weight: 3, fillColor: '#fff', fillOpacity: 1, className: 'point-picker-marker' }).addTo(this.map);
        } else {
          this.marker.setLatLng([lat, lon]);
        }
      },
    },
  });

  window.Anlan = Anlan;
})();
