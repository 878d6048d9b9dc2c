/* 行政区划: the area tree and one area's page. */
(function () {
  'use strict';
  if (!window.Anlan) return;

  function sourceBadge(source) {
    return { SOURCE: 'source', ESTIMATED: 'estimated', SCHEMATIC: 'schematic' }[source] || '';
  }

  const AreaNode = {
    name: 'area-node',
    props: { node: Object, open: Object },
    computed: {
      expanded() { return !!this.open[this.node.code]; },
      kids() { return this.node.children || []; },
    },
    methods: { sourceBadge },
    template: `
      <li>
        <span class="twisty" v-if="kids.length" @click="open[node.code] = !expanded"
              :aria-label="expanded ? $t('收起', 'Collapse') : $t('展开', 'Expand')">{{ expanded ? '▾' : '▸' }}</span>
        <span class="twisty" v-else>·</span>
        <a :href="'#/area/' + node.code">{{ node.name }}</a>
        <span class="badge">{{ Anlan.levelName(node.level) }}</span>
        <span v-if="kids.length" class="muted small"> {{ kids.length }} {{ node.level === 'DISTRICT' ? $t('个镇街', 'towns') : $t('个村社', 'villages') }}</span>
        <span v-if="node.centreSource && node.centreSource !== 'SOURCE'" class="badge" :class="sourceBadge(node.centreSource)">{{ Anlan.sourceName(node.centreSource) }}</span>
        <ul v-if="expanded && kids.length">
          <area-node v-for="c in kids" :key="c.code" :node="c" :open="open"></area-node>
        </ul>
      </li>`,
  };

  const AreaTree = {
    props: ['params', 'query'],
    components: { AreaNode },
    data: () => ({ root: null, problem: null, open: Vue.reactive({}), filter: '' }),
    async created() {
      try {
        this.root = await Anlan.api.get('/api/v1/areas');
        this.open[this.root.code] = true;
      } catch (e) {
        this.problem = e.problem || { title: e.message };
      }
    },
    computed: {
      all() {
        const out = [];
        const walk = (n) => { out.push(n); (n.children || []).forEach(walk); };
        if (this.root) walk(this.root);
        return out;
      },
      towns() { return this.all.filter((a) => a.level === 'TOWN').length; },
      villages() { return this.all.filter((a) => a.level === 'VILLAGE').length; },
      matches() {
        const q = this.filter.trim();
        if (!q) return [];
        return this.all.filter((a) => a.name.includes(q) || a.code.startsWith(q)).slice(0, 50);
      },
    },
    methods: {
      setAll(value) {
        this.all.filter((a) => (a.children || []).length).forEach((a) => { this.open[a.code] = value; });
        if (!value && this.root) this.open[this.root.code] = true;
      },
    },
    template: `
      <div>
        <h1>{{ $t('行政区划', 'Administrative areas') }}</h1>
        <problem-box :problem="problem"></problem-box>
        <div class="card" v-if="root">
          <div class="toolbar">
            <span>{{ root.name }}: <strong>{{ towns }}</strong> {{ $t('个镇街', 'towns') }}, <strong>{{ villages }}</strong> {{ $t('个村社', 'villages/communities') }}</span>
            <span class="spacer"></span>
            <input type="search" v-model="filter" :placeholder="$t('按名称或代码查找', 'Find by name or code')">
            <button class="btn btn-small" @click="setAll(true)">{{ $t('全部展开', 'Expand all') }}</button>
            <button class="btn btn-small" @click="setAll(false)">{{ $t('全部收起', 'Collapse all') }}</button>
          </div>
          <ul v-if="filter.trim()" class="tree">
            <li v-for="a in matches" :key="a.code"><a :href="'#/area/' + a.code">{{ a.name }}</a>
              <span class="badge">{{ Anlan.levelName(a.level) }}</span> <code class="muted small">{{ a.code }}</code></li>
            <li v-if="!matches.length" class="muted">{{ $t('没有匹配的区划。', 'No matching area.') }}</li>
          </ul>
          <ul v-else class="tree"><area-node :node="root" :open="open"></area-node></ul>
          <p class="muted small">{{ $t('村社位置为示意位置；镇街范围为估算，非法定界线。', 'Village positions are schematic; town areas are estimates, not legal boundaries.') }}</p>
        </div>
      </div>`,
  };

  const AreaDetail = {
    props: ['params', 'query'],
    data: () => ({ detail: null, problem: null }),
    async created() {
      try {
        this.detail = await Anlan.api.get('/api/v1/areas/' + encodeURIComponent(this.params.code));
        this.$nextTick(() => this.drawMap());
      } catch (e) {
        this.problem = e.problem || { title: e.message };
      }
    },
    beforeUnmount() {
      if (this.map) this.map.remove();
    },
    computed: {
      area() { return this.detail && this.detail.area; },
    },
    methods: {
      sourceBadge,
      async drawMap() {
        if (!this.$refs.map || !window.L) return;
        this.map = Anlan.areaMap.baseMap(this.$refs.map, { scrollWheelZoom: false });
        try {
          const geojson = await Anlan.api.get('/api/v1/areas/geojson', { root: this.area.code });
          if (!this.map) return;
          const layers = Anlan.areaMap.draw(this.map, geojson, { rootCode: this.area.code, labels: this.area.level !== 'VILLAGE' });
          Anlan.areaMap.fit(this.map, layers);
          if (this.area.level === 'VILLAGE' && this.area.centre) this.map.setView([this.area.centre.lat, this.area.centre.lon], 13);
        } catch (e) {
          this.problem = e.problem || { title: e.message };
        }
      },
      provenance(source) {
        return {
          SOURCE: Anlan.t('来自公开来源数据（见 area/SOURCES.md），已转换为 WGS-84。', 'From the published source (see area/SOURCES.md), converted to WGS-84.'),
          ESTIMATED: Anlan.t('估算：来源数据缺少此点，由安澜推算，仅供参考。', 'Estimated: the source lacks this point; Anlan computed it, for reference only.'),
          SCHEMATIC: Anlan.t('示意位置：没有公开坐标，仅用于在地图上示意，不代表实际位置。', 'Schematic: no published coordinates; placed for display only, not the real location.'),
        }[source] || Anlan.t('没有中心点。', 'No centre point.');
      },
    },
    template: `
      <div>
        <problem-box :problem="problem"></problem-box>
        <template v-if="area">
          <div class="breadcrumb">
            <a href="#/area">{{ $t('行政区划', 'Areas') }}</a>
            <a v-for="a in detail.ancestors" :key="a.code" :href="'#/area/' + a.code">{{ a.name }}</a>
            <span>{{ area.name }}</span>
          </div>
          <h1>{{ area.name }} <span class="badge">{{ Anlan.levelName(area.level) }}</span></h1>
          <div class="card">
            <div class="form-grid">
              <label>{{ $t('区划代码', 'Code') }}</label><div><code>{{ area.code }}</code></div>
              <label>{{ $t('简称', 'Short name') }}</label><div>{{ area.shortName || '—' }}</div>
              <label>{{ $t('级别', 'Level') }}</label><div>{{ Anlan.levelName(area.level) }}</div>
              <label>{{ $t('中心点', 'Centre') }}</label>
              <div><template v-if="area.centre">{{ area.centre.lon.toFixed(5) }}, {{ area.centre.lat.toFixed(5) }} </template>
                <span class="badge" :class="sourceBadge(area.centreSource)">{{ Anlan.sourceName(area.centreSource) }}</span></div>
              <label>{{ $t('位置来源', 'Provenance') }}</label><div class="muted">{{ provenance(area.centreSource) }}</div>
              <template v-if="area.level !== 'VILLAGE'">
                <label>{{ $t('下辖', 'Contains') }}</label>
                <div><template v-if="area.level === 'DISTRICT'">{{ detail.towns }} {{ $t('个镇街', 'towns') }}, </template>{{ detail.villages }} {{ $t('个村社', 'villages/communities') }}</div>
              </template>
            </div>
          </div>
          <div class="card">
            <div ref="map" class="map-small"></div>
            <p class="muted small">{{ $t('镇街范围为估算（虚线），村社为示意位置。', 'Town areas are estimates (dashed); villages are schematic positions.') }}
              <a href="#/map">{{ $t('打开一张图', 'Open the map') }}</a></p>
          </div>
          <div class="card" v-if="detail.children.length">
            <h2>{{ $t('下级区划', 'Subdivisions') }} ({{ detail.children.length }})</h2>
            <div class="table-wrap"><table class="table">
              <thead><tr><th>{{ $t('名称', 'Name') }}</th><th>{{ $t('代码', 'Code') }}</th><th>{{ $t('级别', 'Level') }}</th><th>{{ $t('中心点来源', 'Centre provenance') }}</th></tr></thead>
              <tbody>
                <tr v-for="c in detail.children" :key="c.code">
                  <td><a :href="'#/area/' + c.code">{{ c.name }}</a></td>
                  <td><code>{{ c.code }}</code></td>
                  <td>{{ Anlan.levelName(c.level) }}</td>
                  <td><span class="badge" :class="sourceBadge(c.centreSource)">{{ Anlan.sourceName(c.centreSource) }}</span></td>
                </tr>
              </tbody>
            </table></div>
          </div>
        </template>
      </div>`,
  };

  Anlan.register({ path: '/area', group: 'area', title: ['区划树', 'Area tree'], order: 10, component: AreaTree });
  Anlan.register({ path: '/area/:code', group: 'area', title: ['区划详情', 'Area'], order: 20, component: AreaDetail, hidden: true });
})();
