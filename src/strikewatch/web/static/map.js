// Events as circles sized by participants and coloured by type, over an offline base map of
// country outlines (world-atlas); the slider shows the spread day by day.
const map = L.map("map", { worldCopyJump: true }).setView([20, 10], 2);
const colours = {};
document.querySelectorAll(".legend .tag").forEach(t => { colours[t.textContent] = getComputedStyle(t).backgroundColor; });
const markers = L.layerGroup().addTo(map);

fetch("/static/vendor/countries-110m.json").then(r => r.json()).then(topology => {
  const land = topojson.feature(topology, topology.objects.countries);
  L.geoJSON(land, { style: { color: "#999", weight: 0.6, fillColor: "#f7f5ef", fillOpacity: 1 } }).addTo(map);
  markers.bringToFront && markers.eachLayer(m => m.bringToFront());
});

function radius(e) { return e.participants ? Math.min(30, 4 + 3 * Math.log10(e.participants)) : 6; }
function escapeHtml(s) { return String(s ?? "").replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c])); }

// the page's own filters (?country=KZ, ?doc=…, ?type=strike) pass on to the API
// one page of up to 5,000 events (the API's largest); X-Total-Count says how many match in all
const query = new URLSearchParams(window.location.search);
query.set("limit", "5000");
let total = 0;
fetch("/api/events?" + query).then(r => { total = Number(r.headers.get("X-Total-Count")) || 0; return r.json(); }).then(events => {
  const located = events.filter(e => e.latitude !== null && e.longitude !== null);
  const days = [...new Set(located.map(e => e.date_start).filter(Boolean))].sort();
  const slider = document.getElementById("day-slider"), label = document.getElementById("day-label");
  slider.max = days.length; slider.value = days.length;
  function draw() {
    const upTo = Number(slider.value) >= days.length ? null : days[Number(slider.value)];
    label.textContent = upTo || "all";
    markers.clearLayers();
    const shown = located.filter(e => !upTo || (e.date_start && e.date_start <= upTo));
    shown.forEach(e => {
      L.circleMarker([e.latitude, e.longitude], {
        radius: radius(e), color: colours[e.type] || "#333", fillOpacity: 0.6, weight: 1, className: "event-marker",
      }).bindPopup(`<b>${escapeHtml(e.type)}</b> ${escapeHtml(e.date_start || "")} ${escapeHtml(e.location || e.country || "")}<br>` +
                   `${escapeHtml(e.evidence.slice(0, 200))}<br><a href="${escapeHtml("/documents/" + encodeURIComponent(e.doc_id) + "#at-" + encodeURIComponent(e.event_id))}">document</a>`)
       .addTo(markers);
    });
    document.getElementById("map-count").textContent = `${shown.length} of ${Math.max(total, events.length)} events on the map`;
  }
  slider.addEventListener("input", draw);
  draw();
  if (located.length) map.fitBounds(L.latLngBounds(located.map(e => [e.latitude, e.longitude])).pad(0.2));
});
