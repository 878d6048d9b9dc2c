/*
 * Map layer 避难场所 (shelters) for 一张图: one circle marker per shelter in the caller's scope
 * (and the map's area filter), green with free places, amber when nearly full (under 10% free),
 * grey when closed or unavailable; grid-clustered into count bubbles below zoom 12.
 */
(function () {
  'use strict';
  const A = window.Anlan;

  function colour(s) {
    if (s.status === 'CLOSED' || s.status === 'UNAVAILABLE') return '#8a8f98';
    if (s.free <= 0) return '#c0392b';
    return s.free < s.capacity * 0.1 ? '#e6a23c' : '#2e9d5b';
  }

  A.registerMapLayer({
    id: 'shelters', title: ['避难场所', 'Shelters'], order: 50,
    async load(map, options) {
      const shelters = await A.api.get('/api/v1/shelters', { area: (options || {}).area });
      const markers = [];
      shelters.forEach((s) => {
        const marker = L.circleMarker([s.lat, s.lon], {
          radius: 5, weight: 1, color: '#ffffff', fillColor: colour(s), fillOpacity: 0.9, className: 'shelter-marker'
        });
        const div = document.createElement('div');
        const title = document.createElement('strong');
        title.textContent = s.name;
        const line = document.createElement('div');
        line.textContent = A.t('容纳 ', 'Capacity ') + s.capacity + A.t('，空余 ', ', free ') + s.free;
        div.append(title, line);
        marker.bindPopup(div);
        markers.push(marker);
      });
      const group = A.areaMap.gridCluster(markers, { maxZoom: 12, className: 'shelter-cluster' });
      group.anlanItems = shelters.map((s) => ({ id: s.id, name: s.name, areaCode: s.areaCode }));
      return group;
    }
  });
})();
