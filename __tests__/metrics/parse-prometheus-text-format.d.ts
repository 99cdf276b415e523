// The npm package ships no types: what the metrics tests read of its result.
declare module 'parse-prometheus-text-format' {
  export default function parsePrometheusTextFormat(text: string): unknown[];
}
