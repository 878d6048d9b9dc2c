/*
 * Map layer 监测站 (stations) for 一张图: every station in the caller's scope (and the map's area
 * filter) as a round marker in the colour of its current level (the highest of its active alarms;
 * green when none, grey when in maintenance or retired) with the kind's letter. Not clustered, so an
 * alarm is never hidden in a count bubble; a station of a danger zone or an enterprise is drawn beside
 * that object's own marker, not on it. While the layer is on the map it listens to the alarm
 * stream and recolours the station an alarm belongs to (GET /api/v1/stations/{code}); at every
 * (re)connection of the stream it reloads all stations. Markers carry `.station-marker` with
 * `data-station` and `data-level` (NORMAL, BLUE, YELLOW, ORANGE, RED).
 */
(function () {
  'use strict';
  const A = window.Anlan;
  if (!A || !A.monitoring) return;
  const M = A.monitoring;

  function esc(value) {
    return String(value == null ? '' : value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  function icon(s) {
    const level = s.level || 'NORMAL';
    const idle = s.status !== 'ACTIVE';
    const size = s.level === 'RED' || s.level === 'ORANGE' ? 22 : 18;
    // a station watching a risk object stands at that object's point: drawn beside it (up and right),
    // so the zone's or enterprise's own marker stays visible and clickable
    const beside = s.riskType ? 9 : 0;
    return L.divIcon({
      className: 'station-marker-wrap',
      iconSize: [size, size],
      iconAnchor: beside ? [-beside, size + beside] : [size / 2, size / 2],
      popupAnchor: beside ? [beside + size / 2, -size - beside] : [0, -size / 2],
      html: `<span class="station-marker${idle ? ' idle' : ''}${s.level ? ' alarm' : ''}" data-station="${esc(s.code)}" data-level="${level}"`
        + ` data-kind="${esc(s.kind)}" style="background:${idle && !s.level ? '#9aa3ad' : M.levelColour(s.level)}">${esc(M.kindLetter(s.kind))}</span>`,
    });
  }

  function popup(s) {
    return `<div class="station-popup" data-station="${esc(s.code)}"><strong>${esc(s.name)}</strong> <code>${esc(s.code)}</code><br>`
      + `${A.t('类型', 'Kind')}: ${esc(M.kindName(s.kind))}<br>`
      + `${A.t('当前等级', 'Level')}: <span class="badge" style="background:${M.levelColour(s.level)};color:#fff">${esc(M.levelName(s.level))}</span>`
      + (s.status !== 'ACTIVE' ? ` <span class="badge">${esc(M.stationStatusName(s.status))}</span>` : '') + '<br>'
      + `${A.t('最近数据', 'Last reading')}: ${s.lastReadingAt ? esc(A.formatTime(s.lastReadingAt)) : A.t('从未上报', 'never')}<br>`
      + `<a href="#/monitoring/stations/${encodeURIComponent(s.code)}">${A.t('打开监测站页面', 'Open the station page')} &rarr;</a></div>`;
  }

  A.registerMapLayer({
    id: 'stations', title: ['监测站', 'Monitoring stations'], order: 30,
    async load(map, options) {
      const area = (options || {}).area;
      const stations = await A.api.get('/api/v1/stations', { area });
      const group = L.layerGroup();
      const markers = new Map();
      const items = [];

      function show(s) {
        if (s.lat == null || s.lon == null) return;
        let m = markers.get(s.code);
        if (!m) {
          m = L.marker([s.lat, s.lon], { icon: icon(s), title: s.name, riseOnHover: true });
          m.bindPopup('');
          markers.set(s.code, m);
          group.addLayer(m);
          items.push({ id: s.code, name: s.name, areaCode: s.areaCode, level: s.level });
        } else {
          m.setIcon(icon(s));
          const item = items.find((i) => i.id === s.code);
          if (item) item.level = s.level;
        }
        m.station = s;
        m.setPopupContent(popup(s));
        m.setZIndexOffset(s.level === 'RED' ? 400 : s.level === 'ORANGE' ? 300 : s.level ? 200 : 0);
      }
      stations.forEach(show);
      group.anlanItems = items;

      const pending = new Set();
      async function refresh(code) {
        if (pending.has(code)) return;
        pending.add(code);
        try {
          const s = await A.api.get('/api/v1/stations/' + encodeURIComponent(code));
          if (M.within(s.areaCode, area)) show(s);
        } catch (e) { /* gone or out of scope: leave the marker as it is */ }
        pending.delete(code);
      }
      async function reloadAll() {
        try { (await A.api.get('/api/v1/stations', { area })).forEach(show); } catch (e) { /* the next event tries again */ }
      }

      let stop = null;
      group.on('add', () => {
        if (stop) return;
        stop = M.onAlarm((alarm) => { if (M.within(alarm.areaCode, area)) refresh(alarm.stationCode); }, {
          // at every (re)connection: what changed while nobody listened (also between the first read and the first hello)
          onOpen: reloadAll,
        });
      });
      group.on('remove', () => {
        if (stop) stop();
        stop = null;
      });
      return group;
    },
  });
})();
