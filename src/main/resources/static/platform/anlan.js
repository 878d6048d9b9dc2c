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
    props: { problem: { type: Object, default: null } },
    template: `
      <div v-if="problem" class="problem card" role="alert">
        <strong>{{ problem.title || $t('出错了', 'Something went wrong') }}</strong>
        <span v-if="problem.status" class="muted"> ({{ problem.status }}<template v-if="problem.code">, {{ problem.code }}</template>)</span>
        <p v-if="problem.detail">{{ problem.detail }}</p>
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
        flatAreas = flatAreas || Anlan.api.get('/api/v1/areas', { flat: true });
        this.areas = await flatAreas;
      } catch (e) {
        flatAreas = null;
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

  window.Anlan = Anlan;
})();
