// Leaflet with marker clustering. leaflet.markercluster is a plain script that extends the global
// `L`, so Leaflet is made global first (this module is evaluated before the plugin's import below).
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';

(window as unknown as { L: typeof L }).L = L;

export default L;
