// Registers the 16 alcaldías (product data copied from shared/data/cdmx-alcaldias.geojson, INEGI
// keys in `cvegeo`) with the server's ECharts, so the report renders the choropleth offline.
import fs from 'node:fs';
import * as echarts from 'echarts';
import { ALCALDIAS_MAP } from '../../../common/monitoring.charts.js';

const geojson = JSON.parse(fs.readFileSync(new URL('./alcaldias.geojson', import.meta.url), 'utf8'));

let registered = false;
export function registerAlcaldiasMap(): void {
  if (registered) return;
  echarts.registerMap(ALCALDIAS_MAP, geojson);
  registered = true;
}
registerAlcaldiasMap();
