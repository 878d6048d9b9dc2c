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

  Anlan.areaMap = { draw, fit, baseMap, popup };

  const MapPage = {
    fullBleed: true,
    props: ['params', 'query'],
    data: () => ({ problem: null, counts: null }),
    mounted() {
      this.map = baseMap(this.$refs.map);
      this.overlays = [];
      this.load();
      this.loadModuleLayers();
      this.stopLang = Vue.watch(() => Anlan.lang, () => this.render());
    },
    beforeUnmount() {
      if (this.stopLang) this.stopLang();
      if (this.map) this.map.remove();
      window.__anlanMap = undefined;
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
      /** Layers other modules registered with Anlan.registerMapLayer; one failing does not stop the rest. */
      async loadModuleLayers() {
        for (const def of Anlan.mapLayers) {
          try {
            const layer = await def.load(this.map);
            if (layer && this.map) {
              layer.addTo(this.map);
              this.overlays.push({ def, layer });
              this.refreshControl();
            }
          } catch (e) {
            this.problem = e.problem || { title: e.message };
          }
        }
      },
      /** Lists the area layers and the module layers loaded so far; draws nothing, so markers stay put. */
      refreshControl() {
        if (!this.map) return;
        if (this.control) this.map.removeControl(this.control);
        const overlays = {};
        if (this.layers) {
          [[t('区界', 'District outline'), this.layers.outline],
            [t('镇街范围（估算）', 'Town areas (estimated)'), this.layers.areas],
            [t('镇街中心', 'Town centres'), this.layers.towns],
            [t('村社（示意位置）', 'Villages (schematic)'), this.layers.villages]]
            .filter(([, group]) => group.getLayers().length)
            .forEach(([name, group]) => { overlays[name] = group; });
        }
        (this.overlays || []).forEach(({ def, layer }) => { overlays[t(def.title[0], def.title[1])] = layer; });
        this.control = L.control.layers(null, overlays, { collapsed: window.innerWidth < 800 }).addTo(this.map);
      },
      render(first) {
        if (!this.geojson || !this.map) return;
        if (this.layers) ['outline', 'areas', 'towns', 'villages'].forEach((k) => this.map.removeLayer(this.layers[k]));
        if (this.legend) this.map.removeControl(this.legend);
        const layers = draw(this.map, this.geojson);
        this.layers = layers;
        this.refreshControl();
        this.legend = legend(layers).addTo(this.map);
        if (first) fit(this.map, layers);
        this.counts = { towns: layers.townCount, villages: layers.villageCount };
        window.__anlanMap = { outlineLoaded: layers.hasOutline, towns: layers.townCount, villages: layers.villageCount };
        this.$refs.map.dataset.testid = 'district-outline';
        this.$refs.map.dataset.towns = String(layers.townCount);
      },
    },
    template: `
      <div class="map-page">
        <div id="map" ref="map" class="map-box"></div>
        <div class="map-note" v-if="problem"><problem-box :problem="problem"></problem-box></div>
      </div>`,
  };

  Anlan.register({ path: '/map', group: 'map', title: ['地图', 'Map'], order: 10, component: MapPage });
})();
