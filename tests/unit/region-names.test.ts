import { describe, expect, it } from 'vitest';
import { regionShortNames } from '../../model/region-names.ts';

describe('regionShortNames', () => {
  it.each([
    ['湘西土家族苗族自治州', ['湘西州', '湘西']],
    ['麻阳苗族自治县', ['麻阳县', '麻阳']],
    ['怀化市', ['怀化']],
    ['鹤城区', ['鹤城']],
    ['湖南省', ['湖南']],
    // Province-level autonomous regions, with or without 族 after the people's name.
    ['广西壮族自治区', ['广西']],
    ['新疆维吾尔自治区', ['新疆']],
    ['内蒙古自治区', ['内蒙古']],
    // A district named a new area.
    ['浦东新区', ['浦东']],
  ])('%s is also called %j', (name, expected) => {
    expect(regionShortNames(name)).toEqual(expected);
  });

  it('does not shorten a name to a single character', () => {
    expect(regionShortNames('沅县')).toEqual([]);
  });
});
