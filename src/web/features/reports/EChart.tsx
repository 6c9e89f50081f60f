// An ECharts chart in the browser, from the same option builders the server renders to SVG.
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { useEffect, useRef } from 'react';

export function EChart({ option, height, label }: { option: EChartsOption; height: number; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, null, { renderer: 'svg' });
    chart.setOption(option);
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option]);
  // The chart is an image for assistive technology; its numbers are in the tables and the text.
  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', maxWidth: 640, height }} />;
}
