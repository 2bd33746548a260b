import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../__tests__/real-import.ts';
import { mapPoints, pointsInArea } from './points.ts';

const { plans, localities } = realCorpus;
const points = mapPoints(
  plans,
  localities,
  { locality: (id) => `/dia-phuong/${id}/`, plan: (id) => `/ke-hoach/${id}/` },
  { modelUnits: (place) => `Đơn vị kiểu mẫu ở ${place}` },
);

describe('map points', () => {
  it("has one marker per plan and one per district holding Sóc Trăng's model units", () => {
    expect(
      points
        .filter((point) => point.kind === 'issuer')
        .map((point) => point.plan)
        .sort(),
    ).toEqual(plans.map((plan) => plan.id).sort());
    expect(
      points
        .filter((point) => point.kind === 'model-units')
        .map((point) => point.id)
        .sort(),
    ).toEqual(['model-my-xuyen', 'model-tp-soc-trang', 'model-vinh-chau']);
  });
  it('lists the 12 model units, each linking to its page, under the plan that named them', () => {
    const units = points.filter((point) => point.kind === 'model-units');
    expect(units.every((point) => point.plan === 'soc-trang-2023')).toBe(true);
    expect(units.flatMap((point) => point.links).filter((link) => link.href.startsWith('/dia-phuong/'))).toHaveLength(12);
  });
  it('links a plan marker to its plan and its locality', () => {
    expect(points.find((point) => point.id === 'plan-nga-nam-2021')?.links.map((link) => link.href)).toEqual([
      '/ke-hoach/nga-nam-2021/',
      '/dia-phuong/nga-nam/',
    ]);
  });
  it('uses the approximate coordinates of the content', () => {
    const ngaNam = localities.find((locality) => locality.id === 'nga-nam');
    expect(points.find((point) => point.id === 'plan-nga-nam-2021')).toMatchObject({ lat: ngaNam?.coordinates?.lat, lng: ngaNam?.coordinates?.lng });
  });
  it('selects the points of an area, old or new', () => {
    expect(pointsInArea(points, 'nga-nam', plans, localities).map((point) => point.id)).toEqual(['plan-nga-nam-2021']);
    expect(pointsInArea(points, 'can-tho', plans, localities)).toHaveLength(5);
    expect(pointsInArea(points, 'vinh-chau', plans, localities).map((point) => point.id)).toEqual(['model-vinh-chau']);
    expect(pointsInArea(points, 'lang-son', plans, localities).map((point) => point.id)).toEqual(['plan-chi-lang-2024']);
  });
});
