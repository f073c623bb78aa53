// Events per day per type, stacked (data from /api/timeline).
fetch("/api/timeline").then(r => r.json()).then(data => {
  if (!data.days.length) { document.getElementById("timeline-empty").hidden = false; return; }
  const datasets = Object.entries(data.series).map(([type, counts]) => ({
    label: type, data: counts, backgroundColor: data.colours[type], stack: "events",
  }));
  new Chart(document.getElementById("timeline"), {
    type: "bar",
    data: { labels: data.days, datasets },
    options: { maintainAspectRatio: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
  });
});
