// The map of /<archive>/karte (pipeline/site/karte.py): the bundled outline of NRW and its
// Kreise, tiles only where the site configures them, each place a circle sized by its number
// of articles. Popups are built as elements with text: nothing from the data becomes markup.

const box = document.getElementById("karte");
const places = JSON.parse(document.getElementById("karte-orte").textContent);
const settings = JSON.parse(document.getElementById("karte-einstellungen").textContent);
const L = await import(box.dataset.leaflet);

const NRW = L.latLngBounds([50.32, 5.86], [52.53, 9.46]);
// No fading: a popup is there at once, for the reader and for a screenshot.
const map = L.map(box, {
  maxBounds: NRW.pad(0.6), minZoom: 6, maxZoom: 16, zoomSnap: 0.25, fadeAnimation: false,
});
map.fitBounds(NRW);
// The outline lies above any tiles and below the places.
map.createPane("grundkarte").style.zIndex = 350;

if (settings.kacheln) {
  // If the tile server cannot be reached, the outline remains.
  L.tileLayer(settings.kacheln.url, {
    attribution: settings.kacheln.namensnennung, maxZoom: 16,
  }).addTo(map);
}

fetch(settings.grundkarte)
  .then((response) => response.json())
  .then((outline) => {
    L.geoJSON(outline, {
      pane: "grundkarte",
      interactive: false,
      style: (feature) => feature.properties.ebene === "land"
        ? { color: "#2f3e4e", weight: 2, fill: !settings.kacheln, fillColor: "#f6f4ee",
            fillOpacity: 1, className: "grundkarte-land" }
        : { color: "#8795a3", weight: 1, fill: false, className: "grundkarte-kreis" },
    }).addTo(map);
    map.attributionControl.addAttribution(
      "Grundkarte schematisch, aus Gemeindemittelpunkten (Destatis, dl-de/by-2-0)");
  });

function popup(place) {
  const content = document.createElement("div");
  content.className = "ort-popup";
  const name = document.createElement("strong");
  name.textContent = place.name;
  const count = document.createElement("p");
  count.className = "ort-meldungen";
  count.textContent = place.meldungen === 1
    ? "1 Meldung" : `${place.meldungen.toLocaleString("de-DE")} Meldungen`;
  const link = document.createElement("a");
  link.href = place.link;
  link.textContent = "Meldungen ansehen";
  content.append(name, count, link);
  return content;
}

// The busiest places last, so that they lie on top.
for (const place of [...places].sort((a, b) => a.meldungen - b.meldungen)) {
  L.circleMarker([place.lat, place.lon], {
    radius: Math.min(5 + 2 * Math.sqrt(place.meldungen), 20),
    color: "#1d4f91", weight: 1, fillColor: "#3b6fb6", fillOpacity: 0.75, className: "ort",
  }).bindPopup(() => popup(place)).addTo(map);
}
