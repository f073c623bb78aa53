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
// the mark on the document page: a canonical event's quoted report, else the event itself
function anchor(e) { return ((e.reports || []).find(r => r.doc_id === e.doc_id && r.evidence_start === e.evidence_start) || e).event_id; }
function escapeHtml(s) { return String(s ?? "").replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c])); }

// the page's own filters (?country=KZ, ?doc=…, ?type=strike, ?per_document=true) pass on to the API;
// by default one marker per happening (canonical event), however many documents tell it.
// One page of up to 5,000 events (the API's largest); X-Total-Count says how many match in all
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
                   `${escapeHtml(e.evidence.slice(0, 200))}<br>` +
                   (e.source_count ? `${escapeHtml(e.source_count)} source${e.source_count > 1 ? "s" : ""} · ` : "") +
                   `<a href="${escapeHtml("/documents/" + encodeURIComponent(e.doc_id) + "#at-" + encodeURIComponent(anchor(e)))}">document</a>`)
       .addTo(markers);
    });
    document.getElementById("map-count").textContent = `${shown.length} of ${Math.max(total, events.length)} events on the map`;
  }
  slider.addEventListener("input", draw);
  draw();
  // play the spread: one day after the other, from the first
  let timer = null;
  document.getElementById("play").addEventListener("click", () => {
    if (timer) { clearInterval(timer); timer = null; return; }
    slider.value = 0; draw();
    timer = setInterval(() => {
      if (Number(slider.value) >= days.length) { clearInterval(timer); timer = null; return; }
      slider.value = Number(slider.value) + 1; draw();
    }, 700);
  });
  if (located.length) map.fitBounds(L.latLngBounds(located.map(e => [e.latitude, e.longitude])).pad(0.2));
});
