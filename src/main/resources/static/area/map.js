/*
 * 一张图: the district on a Leaflet map, drawn from /api/v1/areas/geojson.
 * Works offline: tiles are added only when the server names a tile URL.
 * Anlan.areaMap.draw(...) is reused by the small map on the area detail page.
 */
(function () {
  'use strict';
  if (!window.Anlan) return;
  const t = Anlan.t;

  const STYLE = {
    outline: { color: '#b03a2e', weight: 3, opacity: 0.95, fillColor: '#b03a2e', fillOpacity: 0.03, className: 'district-outline' },
    estimated: { color: '#4f7cac', weight: 1.5, opacity: 0.8, dashArray: '6 5', fillColor: '#4f7cac', fillOpacity: 0.06, className: 'estimated-area' },
    village: { radius: 3, color: '#ffffff', weight: 1, fillColor: '#6c7a89', fillOpacity: 0.9 },
  };

  function esc(value) {
    return String(value == null ? '' : value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  function popup(props) {
    const provenance = props.kind === 'boundary' && props.source === 'ESTIMATED'
      ? t('估算范围（由镇街中心点推算，非法定界线）', 'Estimated area (derived from town centres, not a legal boundary)')
      : props.source === 'SCHEMATIC'
        ? t('示意位置（无公开坐标，仅供示意）', 'Schematic position (no published coordinates)')
        : props.source === 'ESTIMATED'
          ? t('估算中心点（来源缺少坐标）', 'Estimated centre (the source has no coordinates)')
          : t('来源数据', 'Published source');
    return `<strong>${esc(props.name)}</strong><br>`
      + `${t('代码', 'Code')}: <code>${esc(props.code)}</code><br>`
      + `${t('级别', 'Level')}: ${esc(Anlan.levelName(props.level))}<br>`
      + `${t('位置来源', 'Provenance')}: ${esc(provenance)}<br>`
      + `<a href="#/area/${encodeURIComponent(props.code)}">${t('查看区划详情', 'Open the area page')} &rarr;</a>`;
  }

  function townIcon(props, labels) {
    const estimated = props.source === 'ESTIMATED';
    const name = props.shortName || props.name;
    return L.divIcon({
      className: 'town-marker' + (estimated ? ' estimated' : ''),
      iconSize: [12, 12],
      iconAnchor: [6, 6],
      popupAnchor: [0, -6],
      html: '<span class="dot"></span>' + (labels ? `<span class="label">${esc(name)}${estimated ? ' *' : ''}</span>` : ''),
    });
  }

  /**
   * Draws a FeatureCollection on a map. Returns the layer groups and counts; the root boundary
   * (district outline, or the scope's own area) is the one whose level is highest in the data.
   */
  function draw(map, geojson, options) {
    const opts = Object.assign({ labels: true, rootCode: null }, options || {});
    const features = geojson.features || [];
    const boundaries = features.filter((f) => f.properties.kind === 'boundary');
    const rank = { DISTRICT: 0, TOWN: 1, VILLAGE: 2 };
    const rootFeature = opts.rootCode
      ? boundaries.find((f) => f.properties.code === opts.rootCode)
      : boundaries.slice().sort((a, b) => rank[a.properties.level] - rank[b.properties.level])[0];

    const outline = L.featureGroup();
    const areas = L.featureGroup();
    const towns = L.featureGroup();
    const villages = L.featureGroup();
    let townCount = 0;
    let villageCount = 0;

    boundaries.forEach((f) => {
      const p = f.properties;
      const estimated = p.source === 'ESTIMATED';
      const isRoot = f === rootFeature && !estimated;
      const layer = L.geoJSON(f, { style: isRoot ? STYLE.outline : estimated ? STYLE.estimated : STYLE.outline });
      layer.bindPopup(popup(p));
      if (estimated) {
        layer.bindTooltip(esc(p.shortName || p.name) + ' · ' + t('估算范围', 'estimated area'), { sticky: true });
      }
      (isRoot ? outline : areas).addLayer(layer);
    });

    features.filter((f) => f.properties.kind === 'centre').forEach((f) => {
      const p = f.properties;
      const [lon, lat] = f.geometry.coordinates;
      if (p.level === 'TOWN') {
        const marker = L.marker([lat, lon], { icon: townIcon(p, opts.labels), title: p.name, riseOnHover: true });
        marker.bindPopup(popup(p));
        towns.addLayer(marker);
        townCount++;
      } else if (p.level === 'VILLAGE') {
        const marker = L.circleMarker([lat, lon], STYLE.village);
        marker.bindPopup(popup(p));
        marker.bindTooltip(esc(p.name) + ' · ' + t('示意位置', 'schematic'));
        villages.addLayer(marker);
        villageCount++;
      } else {
        const marker = L.circleMarker([lat, lon], { radius: 5, color: '#b03a2e', weight: 2, fillColor: '#fff', fillOpacity: 1 });
        marker.bindPopup(popup(p));
        outline.addLayer(marker);
      }
    });

    [areas, outline, villages, towns].forEach((g) => g.addTo(map));
    return { outline, areas, towns, villages, townCount, villageCount, hasOutline: !!rootFeature };
  }

  function fit(map, layers) {
    const group = layers.outline.getLayers().length ? layers.outline
      : layers.areas.getLayers().length ? layers.areas : layers.towns;
    if (group.getLayers().length) map.fitBounds(group.getBounds(), { padding: [20, 20] });
    else map.setView([30.19, 105.84], 10);
  }

  function baseMap(element, options) {
    const map = L.map(element, Object.assign({ zoomSnap: 0.25, maxZoom: Anlan.config.maxZoom || 18 }, options || {}));
    if (Anlan.config.tileUrl && Anlan.config.tileUrl.trim()) {
      L.tileLayer(Anlan.config.tileUrl, { attribution: Anlan.config.tileAttribution || '', maxZoom: Anlan.config.maxZoom || 18 }).addTo(map);
    } else {
      element.classList.add('map-notiles');
    }
    return map;
  }

  /**
   * A map of the district for picking places: every click outside the controls goes to onClick(latLng), taken before
   * Leaflet opens an area's popup (the point picker, the warning polygon drawer).
   */
  function clickMap(element, onClick, options) {
    const map = baseMap(element, Object.assign({ scrollWheelZoom: false }, options || {}));
    map.setView([30.19, 105.84], 10);
    element.addEventListener('click', (ev) => {
      if (ev.target.closest('.leaflet-control')) return;
      ev.stopPropagation();
      if (map.dragging && map.dragging.moved()) return; // the end of a pan, not a pick
      onClick(map.mouseEventToLatLng(ev));
    }, true);
    return map;
  }

  function legend(layers) {
    const control = L.control({ position: 'bottomright' });
    control.onAdd = () => {
      const div = L.DomUtil.create('div', 'map-legend');
      div.innerHTML = `<strong>${t('图例', 'Legend')}</strong><br>`
        + (layers.outline.getLayers().length ? `<span class="sw outline"></span>${t('区界（来源数据）', 'District outline (source)')}<br>` : '')
        + `<span class="sw estimated"></span>${t('镇街估算范围（非法定界线）', 'Town areas, estimated (not legal boundaries)')}<br>`
        + `<span class="sw dot town"></span>${t('镇街中心', 'Town centre')}<br>`
        + `<span class="sw dot town-est"></span>${t('镇街中心（估算）*', 'Town centre (estimated) *')}<br>`
        + `<span class="sw dot village"></span>${t('村社 — 示意位置', 'Village — schematic position')}`;
      L.DomEvent.disableClickPropagation(div);
      return div;
    };
    return control;
  }

  /**
   * A small grid clustering (no markercluster WebJar): below `maxZoom`, markers falling in one
   * `cell`-pixel square are drawn as one count bubble that zooms in on click; from `maxZoom` on,
   * every marker is drawn. Markers need getLatLng() (markers and circle markers).
   */
  const GridCluster = L.LayerGroup.extend({
    initialize(markers, options) {
      L.LayerGroup.prototype.initialize.call(this);
      this._all = markers;
      this._opts = Object.assign({ maxZoom: 12, cell: 56, className: '' }, options || {});
    },
    onAdd(map) {
      map.on('zoomend', this._redraw, this);
      this._redraw();
    },
    onRemove(map) {
      map.off('zoomend', this._redraw, this);
      L.LayerGroup.prototype.onRemove.call(this, map);
    },
    _redraw() {
      const map = this._map;
      if (!map) return;
      this.clearLayers();
      const { maxZoom, cell, className } = this._opts;
      if (map.getZoom() >= maxZoom) {
        this._all.forEach((m) => this.addLayer(m));
        return;
      }
      const cells = new Map();
      this._all.forEach((m) => {
        const p = map.project(m.getLatLng());
        const key = Math.floor(p.x / cell) + ':' + Math.floor(p.y / cell);
        if (!cells.has(key)) cells.set(key, []);
        cells.get(key).push(m);
      });
      cells.forEach((members) => {
        if (members.length === 1) {
          this.addLayer(members[0]);
          return;
        }
        const bounds = L.latLngBounds(members.map((m) => m.getLatLng()));
        const size = members.length < 10 ? 26 : members.length < 50 ? 32 : 38;
        const bubble = L.marker(bounds.getCenter(), {
          icon: L.divIcon({ className: 'grid-cluster ' + className, iconSize: [size, size], html: '<span>' + members.length + '</span>' }),
          title: t('点击放大', 'Click to zoom in'),
        });
        bubble.on('click', () => map.fitBounds(bounds.pad(0.3), { maxZoom }));
        this.addLayer(bubble);
      });
    },
  });

  Anlan.areaMap = { draw, fit, baseMap, clickMap, popup, gridCluster: (markers, options) => new GridCluster(markers, options) };

  /** Where each kind of "what is near" result opens. */
  const NEAR_KINDS = [
    { kind: 'shelter', title: ['避难场所（有空位）', 'Shelters with free places'], colour: '#2e9d5b',
      link: () => '#/resources/shelters' },
    { kind: 'team', title: ['待命救援队伍', 'Rescue teams on standby'], colour: '#d35400',
      link: (r) => '#/resources/teams/' + encodeURIComponent(r.id) },
    { kind: 'warehouse', title: ['物资仓库', 'Warehouses'], colour: '#1565c0',
      link: (r) => '#/resources/warehouses/' + encodeURIComponent(r.id) },
  ];

  function distance(metres) {
    return metres < 1000 ? Math.round(metres) + ' m' : (metres / 1000).toFixed(metres < 10000 ? 2 : 1) + ' km';
  }

  const MapPage = {
    fullBleed: true,
    props: ['params', 'query'],
    data: () => ({ problem: null, counts: null, area: '', nearMode: false, near: null, nearLoading: false }),
    mounted() {
      this.map = baseMap(this.$refs.map);
      this.overlays = [];
      this.generation = 0;
      this.map.createPane('near').style.zIndex = 640;
      this.nearLayer = L.layerGroup().addTo(this.map);
      this.map.on('contextmenu', (e) => this.whatIsNear(e.latlng));
      // in pick mode a click anywhere (also on a marker, which would open its popup) is the point asked about
      this.$refs.map.addEventListener('click', (ev) => {
        if (!this.nearMode || ev.target.closest('.leaflet-control')) return;
        ev.stopPropagation();
        this.nearMode = false;
        this.whatIsNear(this.map.mouseEventToLatLng(ev));
      }, true);
      this.load();
      this.loadModuleLayers();
      this.stopLang = Vue.watch(() => Anlan.lang, () => this.render());
    },
    beforeUnmount() {
      if (this.stopLang) this.stopLang();
      if (this.map) this.map.remove();
      this.map = null;
      window.__anlanMap = undefined;
      window.__anlanLeafletMap = undefined;
    },
    watch: {
      area() {
        this.zoomToArea();
        this.reloadModuleLayers();
      },
      nearMode(on) {
        if (this.$refs.map) this.$refs.map.classList.toggle('near-picking', on);
      },
    },
    methods: {
      async load() {
        try {
          this.geojson = await Anlan.api.get('/api/v1/areas/geojson');
          this.render(true);
        } catch (e) {
          this.problem = e.problem || { title: e.message };
        }
      },
      /**
       * Layers other modules registered with Anlan.registerMapLayer, loaded with {area}; one failing
       * does not stop the rest. A newer call (another area chosen) makes an older one stop adding.
       */
      async loadModuleLayers() {
        const generation = ++this.generation;
        const options = { area: this.area || undefined };
        for (const def of Anlan.mapLayers) {
          try {
            const layer = await def.load(this.map, options);
            if (generation !== this.generation || !this.map) return;
            if (layer) {
              layer.addTo(this.map);
              this.overlays.push({ def, layer });
              this.renderControl();
            }
          } catch (e) {
            if (generation === this.generation) this.problem = e.problem || { title: e.message };
          }
        }
        if (generation === this.generation) this.publish(true);
      },
      reloadModuleLayers() {
        this.overlays.forEach(({ layer }) => this.map.removeLayer(layer));
        this.overlays = [];
        this.problem = null;
        this.publish(false);
        this.renderControl();
        this.loadModuleLayers();
      },
      zoomToArea() {
        if (!this.geojson || !this.map) return;
        if (!this.area) {
          if (this.layers) fit(this.map, this.layers);
          return;
        }
        const features = (this.geojson.features || []).filter((f) => f.properties.code === this.area);
        const boundary = features.find((f) => f.properties.kind === 'boundary');
        const centre = features.find((f) => f.properties.kind === 'centre');
        if (boundary) this.map.fitBounds(L.geoJSON(boundary).getBounds(), { padding: [20, 20] });
        else if (centre) this.map.setView([centre.geometry.coordinates[1], centre.geometry.coordinates[0]], 13);
      },
      /** 这里附近有什么: the nearest shelters with free places, teams on standby and warehouses. */
      async whatIsNear(latlng) {
        this.nearLayer.clearLayers();
        L.circleMarker(latlng, { pane: 'near', radius: 9, color: '#b03a2e', weight: 4, fillColor: '#fff', fillOpacity: 1, className: 'near-origin' })
          .addTo(this.nearLayer);
        this.nearLoading = true;
        this.near = { lon: latlng.lng, lat: latlng.lat, groups: [] };
        const params = { lon: latlng.lng.toFixed(6), lat: latlng.lat.toFixed(6), k: 5, area: this.area || undefined };
        const groups = await Promise.all(NEAR_KINDS.map(async (k) => {
          try {
            return { ...k, rows: await Anlan.api.get('/api/v1/nearest', { ...params, kind: k.kind }), error: null };
          } catch (e) {
            return { ...k, rows: [], error: (e.problem && (e.problem.detail || e.problem.title)) || e.message };
          }
        }));
        if (!this.map) return;
        this.nearLoading = false;
        this.near = { lon: latlng.lng, lat: latlng.lat, groups };
        groups.forEach((g) => g.rows.forEach((r) => {
          L.polyline([latlng, [r.lat, r.lon]], { pane: 'near', color: g.colour, weight: 3, opacity: 0.85, dashArray: '6 4', className: 'near-line' })
            .addTo(this.nearLayer);
          L.circleMarker([r.lat, r.lon], { pane: 'near', radius: 6, color: g.colour, weight: 3, fillColor: '#fff', fillOpacity: 1, className: 'near-result' })
            .bindTooltip(esc(r.name) + ' · ' + distance(r.distanceMetres)).addTo(this.nearLayer);
        }));
        if (window.__anlanMap) window.__anlanMap.near = groups.reduce((n, g) => n + g.rows.length, 0);
      },
      closeNear() {
        this.near = null;
        this.nearLayer.clearLayers();
      },
      distance,
      rowLink(group, row) { return group.link(row); },
      /** The test hook: what is drawn, and whether the module layers have finished loading. */
      publish(layersLoaded) {
        window.__anlanMap = window.__anlanMap || {};
        window.__anlanMap.area = this.area;
        window.__anlanMap.layersLoaded = layersLoaded;
        window.__anlanMap.overlays = Object.fromEntries(this.overlays.map(({ def, layer }) => [def.id, layer.anlanItems || null]));
      },
      render(first) {
        if (!this.geojson || !this.map) return;
        if (this.layers) ['outline', 'areas', 'towns', 'villages'].forEach((k) => this.map.removeLayer(this.layers[k]));
        if (this.legend) this.map.removeControl(this.legend);
        const layers = draw(this.map, this.geojson);
        this.layers = layers;
        this.renderControl();
        this.legend = legend(layers).addTo(this.map);
        if (first) fit(this.map, layers);
        this.counts = { towns: layers.townCount, villages: layers.villageCount };
        const previous = window.__anlanMap || {};
        window.__anlanMap = Object.assign(previous, { outlineLoaded: layers.hasOutline, towns: layers.townCount, villages: layers.villageCount });
        window.__anlanLeafletMap = this.map;
        this.$refs.map.dataset.testid = 'district-outline';
        this.$refs.map.dataset.towns = String(layers.townCount);
      },
      /** The layer control: the area layers, then the module layers loaded so far (no redraw of the areas). */
      renderControl() {
        const layers = this.layers;
        if (!layers || !this.map) return;
        if (this.control) this.map.removeControl(this.control);
        const overlays = {};
        [[t('区界', 'District outline'), layers.outline],
          [t('镇街范围（估算）', 'Town areas (estimated)'), layers.areas],
          [t('镇街中心', 'Town centres'), layers.towns],
          [t('村社（示意位置）', 'Villages (schematic)'), layers.villages]]
          .filter(([, group]) => group.getLayers().length)
          .forEach(([name, group]) => { overlays[name] = group; });
        (this.overlays || []).forEach(({ def, layer }) => { overlays[t(def.title[0], def.title[1])] = layer; });
        this.control = L.control.layers(null, overlays, { collapsed: window.innerWidth < 800 }).addTo(this.map);
      },
    },
    template: `
      <div class="map-page">
        <div id="map" ref="map" class="map-box"></div>
        <div class="map-tools" id="map-tools">
          <area-select id="map-area" level="TOWN" v-model="area"></area-select>
          <button type="button" id="near-mode" class="btn btn-small" :class="{ 'btn-primary': nearMode }" @click="nearMode = !nearMode">
            {{ nearMode ? $t('点击地图上的位置…', 'Click a point on the map…') : $t('这里附近有什么', 'What is near here') }}
          </button>
        </div>
        <div class="near-panel" id="near-panel" v-if="near">
          <div class="near-head">
            <strong>{{ $t('附近资源', 'Nearby resources') }}</strong>
            <span class="muted">{{ near.lon.toFixed(4) }}, {{ near.lat.toFixed(4) }}</span>
            <button type="button" class="btn-link near-close" @click="closeNear" :title="$t('关闭', 'Close')">&times;</button>
          </div>
          <div v-if="nearLoading" class="muted">{{ $t('查询中…', 'Searching…') }}</div>
          <div v-for="g in near.groups" :key="g.kind" class="near-group" :data-kind="g.kind">
            <h4><span class="near-sw" :style="{ background: g.colour }"></span>{{ $t(g.title[0], g.title[1]) }}</h4>
            <div v-if="g.error" class="muted">{{ g.error }}</div>
            <div v-else-if="!g.rows.length" class="muted">{{ $t('范围内没有', 'None in your scope') }}</div>
            <ol v-else>
              <li v-for="r in g.rows" :key="r.id" class="near-item">
                <a :href="rowLink(g, r)">{{ r.name }}</a>
                <span class="near-distance">{{ distance(r.distanceMetres) }}</span>
                <span v-if="g.kind === 'shelter'" class="muted"> · {{ $t('空余', 'free') }} {{ r.free }}</span>
              </li>
            </ol>
          </div>
          <div class="muted near-hint">{{ $t('直线距离；右键或“这里附近有什么”按钮再查。', 'Straight-line distance; right-click or use the button to ask again.') }}</div>
        </div>
        <div class="map-note" v-if="problem"><problem-box :problem="problem"></problem-box></div>
      </div>`,
  };

  Anlan.register({ path: '/map', group: 'map', title: ['地图', 'Map'], order: 10, component: MapPage });
})();
