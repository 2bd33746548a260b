import { describe, expect, it } from 'vitest';
import { checkedProps } from '../lib/component-props.ts';
import { chartSpecSchema, papiChartPropsSchema } from './chart.ts';
import { mapPropsSchema } from './map.ts';

describe('chart spec', () => {
  const valid = { id: 'c', type: 'line', labels: ['2020', '2021'], series: [{ label: 'A', data: [1, null] }], decimals: 2 };
  it('accepts one value or null per label', () => {
    expect(chartSpecSchema.safeParse(valid).success).toBe(true);
  });
  it('refuses a series with too few values, naming it', () => {
    expect(() => checkedProps(chartSpecSchema, { ...valid, series: [{ label: 'A', data: [1] }] }, 'chart "c"')).toThrow(
      /chart "c": invalid props[\s\S]*series\[0\]\.data: has 1 values for 2 labels/,
    );
  });
  it('refuses a variant with too few values', () => {
    expect(chartSpecSchema.safeParse({ ...valid, variants: { '2024': [{ label: 'A', data: [1] }] } }).success).toBe(false);
  });
});

describe('the MDX PapiChart props', () => {
  it('accept a dimension chart', () => {
    expect(papiChartPropsSchema.parse({ id: 'papi-1', kind: 'dimension', dimension: 1 })).toEqual({ id: 'papi-1', kind: 'dimension', dimension: 1 });
  });
  it('refuse a dimension chart without its dimension, naming the prop', () => {
    expect(() => checkedProps(papiChartPropsSchema, { id: 'papi-1', kind: 'dimension' }, 'PapiChart "papi-1"')).toThrow(
      /PapiChart "papi-1": invalid props[\s\S]*dimension: kind="dimension" needs dimension/,
    );
  });
  it('refuse a dimension 9 and an unknown kind', () => {
    expect(() => checkedProps(papiChartPropsSchema, { id: 'p', kind: 'dimension', dimension: 9 }, 'PapiChart "p"')).toThrow(
      /dimension: PAPI dimensions are numbered 1 to 8/,
    );
    expect(() => checkedProps(papiChartPropsSchema, { id: 'p', kind: 'pie' }, 'PapiChart "p"')).toThrow(/kind: kind must be "totals" or "dimension"/);
  });
});

describe('the MDX map props', () => {
  it('default the height', () => {
    expect(mapPropsSchema.parse({ id: 'map-1' })).toEqual({ id: 'map-1', height: 360 });
  });
  it('refuse a map too small to use, naming the prop', () => {
    expect(() => checkedProps(mapPropsSchema, { id: 'map-1', height: 100 }, 'map "map-1"')).toThrow(
      /map "map-1": invalid props[\s\S]*height: a map under 200 px high is unusable/,
    );
  });
});
